# crollup tasks. Run `just` (or `npx just` after `npm install rust-just`) to list them.
# CI does not use just: .ci/run is the CI entry point and runs the same checks as `lint` and `test`.

set shell := ["bash", "-euo", "pipefail", "-c"]

# List the recipes.
default:
    @{{ just_executable() }} --list --unsorted

# Run every test; this is exactly what CI runs.
test:
    go test ./...

# Run the tests, skipping the slow cases (testing.Short).
test-short:
    go test -short ./...

# Run the chaos test for `time`: every process killed, L1 reorged and unreachable, under load (docs/reliability.md).
soak time="10m":
    go test ./e2e/chaos -count=1 -v -timeout 40m -chaos {{ time }}

# Run the fraudvm benchmarks (no tests).
bench:
    go test -run '^$' -bench . ./fraudvm/...

# Run the MATMUL throughput comparison.
bench-matmul *args:
    bash bench/matmul/run.sh {{ args }}

# The OpenCL backend beside the CPU backend and OpenBLAS: build time, MATMUL, the example jobs.
bench-opencl:
    bash bench/opencl/run.sh

# go vet, and fail if any Go file is not gofmt-formatted.
lint:
    go vet ./...
    unformatted="$(find . -type d \( -name .git -o -name node_modules -o -name testdata \) -prune \
        -o -type f -name '*.go' -print0 | xargs -0 -r gofmt -l)"; \
    if [ -n "$unformatted" ]; then echo "not gofmt-formatted:"; echo "$unformatted"; exit 1; fi

# Regenerate the generated Go and assembly (the keccak kernels: fraudvm/keccak/gen.go).
generate:
    cd fraudvm/keccak && go run gen.go

# Build the crollup binary into bin/.
build:
    go build -o bin/crollup ./cmd/crollup

# Run each fuzz target for `time` (a go test -fuzztime value), one after another (CI: 5s each).
fuzz time="10s":
    .ci/fuzz {{ time }}

# Run a local devnet in this process (Ctrl-C stops it).
devnet *args:
    go run ./cmd/crollup devnet {{ args }}

# Rebuild the contract artifacts and Go bindings (pinned solc via npm, abigen v2).
contracts:
    cd contracts && npm ci --no-audit --no-fund && node build.js

# Measure gas per step kind on the EVM and rewrite docs/gas.md.
gas:
    go test ./fraudvm/tests/ -run '^TestGas$' -gas

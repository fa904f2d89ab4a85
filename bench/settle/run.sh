#!/usr/bin/env bash
# Time from a withdrawal sent on the devnet to its payment on L1: the devnet (2 s L1 blocks, a
# 30-block challenge period, its proposer asserting every 4 batches or 10 s) runs in the
# background; the demo key withdraws 0.001 ETH, then `crollup withdraw finalize` is retried every
# 3 s until the Bridge pays. Prints the seconds and the devnet's [settle] lines.
#
#   bench/settle/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(mktemp -d)/crollup
go build -o "$bin" ./cmd/crollup
log=$(mktemp)
"$bin" devnet --sequencer-port 0 --executor-port 0 --sequencer-metrics-port -1 --executor-metrics-port -1 \
  --l1-executor-metrics-port -1 --batcher-metrics-port -1 >"$log" 2>&1 &
devnet=$!
trap 'kill $devnet 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do grep -q "devnet running" "$log" && break; sleep 2; done
grep -q "devnet running" "$log" || { cat "$log"; exit 1; }
field() { grep -o "$1 *http://[0-9.:]*" "$log" | grep -o "http.*" | head -1; }
l1=$(field "L1 JSON-RPC"); exe=$(field "executor JSON-RPC"); seq=$(field "sequencer JSON-RPC")
bridge=$(grep -o "Bridge 0x[0-9a-fA-F]*" "$log" | head -1 | awk '{print $2}')
key=$(grep -o "demo key.*: [0-9a-f]*" "$log" | awk '{print $NF}')
t0=$(date +%s)
"$bin" withdraw send --to 0x00000000000000000000000000000000000a11ce --amount 1000000000000000 --key "$key" \
  --sequencer "$seq" --executor "$exe" --wait 1m
tries=0
until "$bin" withdraw finalize --index 0 --key "$key" --l1-rpc "$l1" --l1-bridge "$bridge" --executor "$exe"; do
  tries=$((tries + 1))
  [ "$tries" -gt 100 ] && { echo "not paid after $tries tries"; exit 1; }
  sleep 3
done 2>/dev/null
echo "withdrawal sent → paid on L1: $(( $(date +%s) - t0 )) s"
grep "\[settle\]" "$log"

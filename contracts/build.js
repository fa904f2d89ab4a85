#!/usr/bin/env node
// Builds crollup's contracts with the pinned solc (package.json) and writes, deterministically:
//
//   artifacts/<Contract>.json   abi, bytecode, deployedBytecode, compiler version and settings
//   bindings/<contract>.go      Go bindings (abigen v2, package bindings)
//
// for every non-library contract under src/. Keys are sorted and the formatting is fixed, so a
// rebuild from the same sources is byte-identical.
//
//   node build.js           build into artifacts/ and bindings/
//   node build.js --check   build into a temporary directory and exit 1, listing the files, if
//                           any committed artifact or binding differs, is missing or is stale
//
// abigen runs as `go tool abigen` from the repository root (the tool is pinned in go.mod).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const solc = require('solc');

const CONTRACTS = __dirname;
const REPO = path.resolve(CONTRACTS, '..');
const SRC = path.join(CONTRACTS, 'src');

// Compiler settings: part of every artifact, so a change here shows up in --check.
// viaIR: the step code keeps many operands live at once (tensors, cursors, the witness cursor);
// the legacy pipeline runs out of stack slots where the IR pipeline spills to memory.
// runs = 200, measured against other values on the MLP and one random program (FraudVM:
// median execution gas of a MATMUL chunk step / deployed bytes): runs 1: 29164 / 12588;
// 200: 29152 / 12763; 10000: 28492 / 14047; 1000000: 28474 / 15092. Transaction gas is the same
// for all of them, as every step is bound by the EIP-7623 calldata floor (docs/gas.md); runs 1
// would save 175 bytes for 12 gas, so solc's default stays.
const SETTINGS = {
  evmVersion: 'osaka',
  optimizer: { enabled: true, runs: 200 },
  viaIR: true,
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: {
    '*': {
      '': ['ast'],
      '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'],
    },
  },
};

function listSources(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...listSources(p));
    else if (ent.name.endsWith('.sol')) out.push(p);
  }
  return out.sort();
}

// sortKeys returns a deep copy of v with every object's keys in sorted order.
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

function stableJSON(v) {
  return JSON.stringify(sortKeys(v), null, 2) + '\n';
}

function compile() {
  const sources = {};
  for (const file of listSources(SRC)) {
    // Source names are relative to contracts/ ("src/FraudVM.sol"): they enter the metadata
    // hash, so they must not depend on where the repository is checked out.
    const name = path.relative(CONTRACTS, file).split(path.sep).join('/');
    sources[name] = { content: fs.readFileSync(file, 'utf8') };
  }
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const e of output.errors || []) process.stderr.write(e.formattedMessage + '\n');
  if (errors.length > 0) throw new Error(`solc: ${errors.length} error(s)`);

  const contracts = [];
  for (const name of Object.keys(output.contracts).sort()) {
    const ast = output.sources[name].ast;
    for (const cname of Object.keys(output.contracts[name]).sort()) {
      const def = ast.nodes.find((n) => n.nodeType === 'ContractDefinition' && n.name === cname);
      if (!def || def.contractKind !== 'contract' || def.abstract) continue; // libraries, interfaces
      const c = output.contracts[name][cname];
      contracts.push({
        name: cname,
        artifact: {
          contractName: cname,
          sourceName: name,
          abi: c.abi,
          bytecode: '0x' + c.evm.bytecode.object,
          deployedBytecode: '0x' + c.evm.deployedBytecode.object,
          compiler: { name: 'solc', version: solc.version() },
          settings: {
            evmVersion: SETTINGS.evmVersion,
            optimizer: SETTINGS.optimizer,
            viaIR: SETTINGS.viaIR,
            metadata: SETTINGS.metadata,
          },
        },
      });
    }
  }
  return contracts;
}

// NO_BINDINGS are contracts built for their artifact only: ToyMachine (the dispute tests' toy
// state machine) has the same functions as ChainMachine, and abigen names multi-value results
// after the function (LinkOutput, StepOutput), which would collide in package bindings; its tests
// call it through the artifact's ABI.
const NO_BINDINGS = new Set(['ToyMachine']);

// build writes artifacts/ and bindings/ under outDir and returns the written paths relative to it.
function build(outDir) {
  const contracts = compile();
  const artifacts = path.join(outDir, 'artifacts');
  const bindings = path.join(outDir, 'bindings');
  fs.mkdirSync(artifacts, { recursive: true });
  fs.mkdirSync(bindings, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crollup-abigen-'));
  const written = [];
  try {
    for (const { name, artifact } of contracts) {
      const rel = path.join('artifacts', name + '.json');
      fs.writeFileSync(path.join(outDir, rel), stableJSON(artifact), { mode: 0o644 });
      written.push(rel);
      if (NO_BINDINGS.has(name)) continue;

      const abiFile = path.join(tmp, name + '.abi');
      const binFile = path.join(tmp, name + '.bin');
      fs.writeFileSync(abiFile, JSON.stringify(artifact.abi));
      fs.writeFileSync(binFile, artifact.bytecode.slice(2));
      const goRel = path.join('bindings', name.toLowerCase() + '.go');
      execFileSync(
        'go',
        ['tool', 'abigen', '--v2', '--abi', abiFile, '--bin', binFile, '--pkg', 'bindings', '--type', name,
          '--out', path.join(outDir, goRel)],
        { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] },
      );
      fs.chmodSync(path.join(outDir, goRel), 0o644); // abigen writes 0600
      written.push(goRel);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return written;
}

// generatedFiles lists the files build owns under dir: every artifact JSON and every binding
// that carries the generated-code header (hand-written files in bindings/ are not ours).
function generatedFiles(dir) {
  const out = [];
  const art = path.join(dir, 'artifacts');
  if (fs.existsSync(art)) {
    for (const f of fs.readdirSync(art).sort()) if (f.endsWith('.json')) out.push(path.join('artifacts', f));
  }
  const bind = path.join(dir, 'bindings');
  if (fs.existsSync(bind)) {
    for (const f of fs.readdirSync(bind).sort()) {
      if (!f.endsWith('.go')) continue;
      const head = fs.readFileSync(path.join(bind, f), 'utf8').slice(0, 512);
      if (/^\/\/ Code generated .* DO NOT EDIT\.$/m.test(head)) out.push(path.join('bindings', f));
    }
  }
  return out;
}

function check() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crollup-contracts-'));
  try {
    const fresh = build(tmp);
    const problems = [];
    for (const rel of fresh) {
      const committed = path.join(CONTRACTS, rel);
      if (!fs.existsSync(committed)) problems.push(`missing: contracts/${rel}`);
      else if (!fs.readFileSync(committed).equals(fs.readFileSync(path.join(tmp, rel)))) {
        problems.push(`differs: contracts/${rel}`);
      }
    }
    for (const rel of generatedFiles(CONTRACTS)) {
      if (!fresh.includes(rel)) problems.push(`stale (no longer generated): contracts/${rel}`);
    }
    if (problems.length > 0) {
      process.stderr.write('contracts: committed build output is out of date (run `node build.js` in contracts/):\n');
      for (const p of problems) process.stderr.write('  ' + p + '\n');
      process.exit(1);
    }
    process.stdout.write(`contracts: ${fresh.length} artifact and binding files are up to date\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main() {
  const args = process.argv.slice(2);
  if (args.length === 1 && args[0] === '--check') return check();
  if (args.length !== 0) {
    process.stderr.write('usage: node build.js [--check]\n');
    process.exit(2);
  }
  // Build into a temporary directory first: a failed compile leaves the committed files alone.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crollup-contracts-'));
  try {
    const fresh = build(tmp);
    // Remove what a previous build generated, so renamed or deleted contracts leave nothing behind.
    for (const rel of generatedFiles(CONTRACTS)) fs.rmSync(path.join(CONTRACTS, rel));
    for (const rel of fresh) {
      fs.mkdirSync(path.dirname(path.join(CONTRACTS, rel)), { recursive: true });
      fs.copyFileSync(path.join(tmp, rel), path.join(CONTRACTS, rel));
      process.stdout.write(`wrote contracts/${rel}\n`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();

#!/usr/bin/env node
// Test-only: compiles contracts/src/lib/BlobWord.sol with BlobWordHarness.sol (next to this file)
// using the pinned solc in contracts/node_modules and the compiler settings of contracts/build.js
// (keep them in step), and prints the harness's {abi, bytecode, deployedBytecode} as JSON.
// Compiler warnings go to stderr; errors exit 1.
//
//   node compile.js <contracts dir>
'use strict';

const fs = require('fs');
const path = require('path');

const contracts = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', '..', 'contracts'));
const solc = require(path.join(contracts, 'node_modules', 'solc'));

const input = {
  language: 'Solidity',
  sources: {
    // The same source unit name as in the main build, so the library compiles identically.
    'src/lib/BlobWord.sol': { content: fs.readFileSync(path.join(contracts, 'src', 'lib', 'BlobWord.sol'), 'utf8') },
    'test/BlobWordHarness.sol': { content: fs.readFileSync(path.join(__dirname, 'BlobWordHarness.sol'), 'utf8') },
  },
  settings: {
    evmVersion: 'osaka',
    optimizer: { enabled: true, runs: 200 },
    viaIR: true,
    metadata: { bytecodeHash: 'ipfs' },
    outputSelection: {
      'test/BlobWordHarness.sol': { BlobWordHarness: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
    },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);
const c = output.contracts['test/BlobWordHarness.sol'].BlobWordHarness;
process.stdout.write(JSON.stringify({
  compiler: solc.version(),
  abi: c.abi,
  bytecode: '0x' + c.evm.bytecode.object,
  deployedBytecode: '0x' + c.evm.deployedBytecode.object,
}) + '\n');

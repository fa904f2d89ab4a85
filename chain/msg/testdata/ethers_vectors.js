#!/usr/bin/env node
// Test-only: computes crollup's EIP-712 known-answer vectors with ethers v6, independently of the
// Go code, and prints them as JSON (the recorded copy is ethers_vectors.json next to this file;
// TestEthersVectors in ../msg_test.go checks the Go package against it).
//
// Regenerate:
//   npm install --prefix /tmp/ethersprobe ethers@6.17.0
//   NODE_PATH=/tmp/ethersprobe/node_modules node ethers_vectors.js > ethers_vectors.json
//
// Messages are written in crollup's JSON form (hex quantities), which ethers also accepts for
// uint fields, so the Go test can decode them with the package's own UnmarshalJSON.
'use strict';

const { TypedDataEncoder, Wallet, version } = require('ethers');

// EIP-712 types, exactly as chain/msg/message.go declares them.
const types = {
  Job: [
    { name: 'program', type: 'bytes32' },
    { name: 'input', type: 'bytes32' },
    { name: 'inputSize', type: 'uint64' },
    { name: 'maxSteps', type: 'uint64' },
    { name: 'maxFee', type: 'uint256' },
    { name: 'nonce', type: 'uint64' },
  ],
  Upload: [
    { name: 'program', type: 'bytes32' },
    { name: 'size', type: 'uint64' },
    { name: 'offset', type: 'uint64' },
    { name: 'chunk', type: 'bytes32' },
    { name: 'maxFee', type: 'uint256' },
    { name: 'nonce', type: 'uint64' },
  ],
  Withdraw: [
    { name: 'to', type: 'address' },
    { name: 'amount', type: 'uint256' },
    { name: 'maxFee', type: 'uint256' },
    { name: 'nonce', type: 'uint64' },
  ],
};

// Hardhat/anvil's first development key: public knowledge, never holds value.
const key = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';

const domain = {
  name: 'crollup',
  version: '1',
  chainId: 31337,
  verifyingContract: '0x5fbdb2315678afecb367f032d93f642f64180aa3',
};

const messages = {
  Job: {
    program: '0x' + '11'.repeat(31) + '01',
    input: '0x' + 'a0'.repeat(16) + '0b'.repeat(16),
    inputSize: '0x1000',
    maxSteps: '0xf4240',
    maxFee: '0xde0b6b3a7640000',
    nonce: '0x7',
  },
  Upload: {
    program: '0x' + '22'.repeat(32),
    size: '0x30000',
    offset: '0x10000',
    chunk: '0x' + 'c3'.repeat(32),
    maxFee: '0x2386f26fc10000',
    nonce: '0xffffffffffffffff',
  },
  Withdraw: {
    to: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8',
    amount: '0x8000000000000000000000000000000000000000000000000000000000000001',
    maxFee: '0x0',
    nonce: '0x0',
  },
};

async function main() {
  const wallet = new Wallet(key);
  const out = {
    generator: 'ethers ' + version + ' TypedDataEncoder / Wallet.signTypedData',
    privateKey: key,
    signer: wallet.address,
    domain: { chainId: '0x' + domain.chainId.toString(16), verifyingContract: domain.verifyingContract },
    domainSeparator: TypedDataEncoder.hashDomain(domain),
    vectors: [],
  };
  for (const primaryType of ['Job', 'Upload', 'Withdraw']) {
    const t = { [primaryType]: types[primaryType] };
    const message = messages[primaryType];
    out.vectors.push({
      primaryType,
      message,
      encodeType: TypedDataEncoder.from(t).encodeType(primaryType),
      structHash: TypedDataEncoder.hashStruct(primaryType, t, message),
      digest: TypedDataEncoder.hash(domain, t, message),
      signature: await wallet.signTypedData(domain, t, message),
    });
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

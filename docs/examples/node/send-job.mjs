// Sign a crollup Job with ethers and send it to a sequencer (docs/api.md).
//
//   CROLLUP_RPC=http://127.0.0.1:8645 CROLLUP_KEY=0x… CROLLUP_PROGRAM=0x<program root> \
//   CROLLUP_INPUT=input.bin node send-job.mjs
//
// CROLLUP_NONCE, if set, signs with that nonce instead of the account's next one.
//
// The input file is the job input in memory form (what `crollup program build --sample-input`
// writes). Prints {"hash": …} on success; exits 1 with the server's error otherwise.
//
// The EIP-712 types come from docs/api.md itself (the ```json block after its "eip712-types"
// marker), so the example signs exactly what the reference documents: a change to the documented
// types that the chain does not verify breaks this script's signatures, and e2e/TestNodeSendJob.
// A client of your own can copy that block instead.
import { readFileSync } from 'node:fs';
import { Wallet, keccak256, concat, getBytes, hexlify } from 'ethers';

const rpcURL = process.env.CROLLUP_RPC ?? 'http://127.0.0.1:8645';
const wallet = new Wallet(process.env.CROLLUP_KEY);
const programRoot = process.env.CROLLUP_PROGRAM;
const input = readFileSync(process.env.CROLLUP_INPUT);

let id = 0;
async function rpc(method, ...params) {
  const res = await fetch(rpcURL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message} (code ${body.error.code})`);
  return body.result;
}

// The root of a data piece as the chain sees it: 32-byte leaves (the last zero-padded), padded
// with zero leaves to a power of two, inner nodes keccak256(left ‖ right).
function dataRoot(bytes) {
  let n = 1;
  while (n * 32 < bytes.length) n *= 2;
  const padded = new Uint8Array(n * 32);
  padded.set(bytes);
  let level = [];
  for (let i = 0; i < n; i++) level.push(padded.slice(i * 32, i * 32 + 32));
  while (level.length > 1) {
    const next = [];
    for (let i = 0; i < level.length; i += 2) next.push(getBytes(keccak256(concat([level[i], level[i + 1]]))));
    level = next;
  }
  return hexlify(level[0]);
}

// The EIP-712 types documented in docs/api.md: {Job: [...], Upload: [...], Withdraw: [...]}.
function documentedTypes() {
  const doc = readFileSync(new URL('../../api.md', import.meta.url), 'utf8');
  const block = doc.match(/<!-- eip712-types[^>]*-->\s*```json\n([\s\S]*?)\n```/);
  if (!block) throw new Error('docs/api.md: no ```json block after the eip712-types marker');
  return JSON.parse(block[1]);
}

const config = await rpc('compute_chainConfig');
const account = await rpc('compute_getAccount', wallet.address);
const program = await rpc('compute_getProgram', programRoot);
if (program.state !== 'ready') throw new Error(`program ${programRoot} is ${program.state}`);

const fee = BigInt(program.steps) * BigInt(config.stepPrice) + BigInt(input.length) * BigInt(config.bytePrice);
const domain = {
  name: config.domainName,
  version: config.domainVersion,
  chainId: BigInt(config.chainId),
  verifyingContract: config.verifyingContract,
};
// Job(bytes32 program,bytes32 input,uint64 inputSize,uint64 maxSteps,uint256 maxFee,uint64 nonce)
const types = { Job: documentedTypes().Job };
const job = {
  program: programRoot,
  input: dataRoot(input),
  inputSize: BigInt(input.length),
  maxSteps: BigInt(program.steps),
  maxFee: fee,
  nonce: BigInt(process.env.CROLLUP_NONCE ?? account.nonce),
};
const signature = await wallet.signTypedData(domain, types, job);

// The signed message in crollup's JSON form: quantities as hex without leading zeros.
const q = (n) => '0x' + n.toString(16);
const message = {
  kind: 'Job',
  message: {
    program: job.program,
    input: job.input,
    inputSize: q(job.inputSize),
    maxSteps: q(job.maxSteps),
    maxFee: q(job.maxFee),
    nonce: q(job.nonce),
  },
  signature,
  accountHint: account.index,
};
try {
  const res = await rpc('compute_sendJob', { message, program: program.index, data: hexlify(input) });
  console.log(JSON.stringify(res));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

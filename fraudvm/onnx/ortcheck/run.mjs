// Runs ONNX models in ONNX Runtime (CPU) for fraudvm/onnx's tests (ort_test.go).
//
// Reads one JSON request from stdin:
//
//   {"runs": [{"model": "/abs/path.onnx",
//              "inputs": [{"name": "x", "type": "int8", "dims": [1, 4], "data": "<base64>"}]}],
//    "optimization": "all"}
//
// and writes one JSON object to stdout:
//
//   {"ortVersion": "1.30.0",
//    "results": [{"outputs": [{"name": "y", "type": "int32", "dims": [1, 4], "data": "<base64>"}]},
//                {"error": "message"}]}
//
// with one result per run, in order. data is the tensor's dense little-endian bytes. optimization
// ("disabled", "basic", "extended" or "all"; default "all") is the sessions' graph optimization
// level. Sessions run on the CPU execution provider with one thread each, so results are
// deterministic; one session per model path is created and reused within a request. A run that
// fails (model unreadable, wrong input, …) gets an error result; a malformed request makes the
// script exit non-zero with a message on stderr.

import { Buffer } from 'node:buffer';
import os from 'node:os';
import process from 'node:process';

import ort from 'onnxruntime-node';

// Element types: the request's type string (ONNX Runtime's own name) and its typed array.
const types = {
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  int64: BigInt64Array,
  uint64: BigUint64Array,
  float32: Float32Array,
  float64: Float64Array,
  bool: Uint8Array,
};

const optimizationLevels = new Set(['disabled', 'basic', 'extended', 'all']);

class RequestError extends Error {}

function fail(message) {
  throw new RequestError(message);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// parseRequest checks the request's shape; it does not decode tensor data (a bad tensor is an
// error of its run, not of the request).
function parseRequest(text) {
  let req;
  try {
    req = JSON.parse(text);
  } catch (e) {
    fail(`request is not JSON: ${e.message}`);
  }
  if (!isObject(req)) {
    fail('request is not a JSON object');
  }
  const optimization = req.optimization ?? 'all';
  if (!optimizationLevels.has(optimization)) {
    fail(`optimization ${JSON.stringify(optimization)} is not one of ${[...optimizationLevels].join(', ')}`);
  }
  if (!Array.isArray(req.runs)) {
    fail('request has no "runs" array');
  }
  req.runs.forEach((run, i) => {
    if (!isObject(run)) {
      fail(`runs[${i}] is not an object`);
    }
    if (typeof run.model !== 'string' || run.model === '') {
      fail(`runs[${i}].model is not a non-empty string`);
    }
    if (!Array.isArray(run.inputs)) {
      fail(`runs[${i}].inputs is not an array`);
    }
    run.inputs.forEach((input, j) => {
      const where = `runs[${i}].inputs[${j}]`;
      if (!isObject(input)) {
        fail(`${where} is not an object`);
      }
      if (typeof input.name !== 'string') {
        fail(`${where}.name is not a string`);
      }
      if (!Object.hasOwn(types, input.type)) {
        fail(`${where}.type ${JSON.stringify(input.type)} is not one of ${Object.keys(types).join(', ')}`);
      }
      if (!Array.isArray(input.dims) || !input.dims.every((d) => Number.isSafeInteger(d) && d >= 0)) {
        fail(`${where}.dims is not an array of non-negative integers`);
      }
      if (typeof input.data !== 'string') {
        fail(`${where}.data is not a base64 string`);
      }
    });
  });
  return { runs: req.runs, optimization };
}

function toTensor(input) {
  const Array_ = types[input.type];
  const count = input.dims.reduce((a, b) => a * b, 1);
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length !== count * Array_.BYTES_PER_ELEMENT) {
    throw new Error(
      `input ${JSON.stringify(input.name)}: ${bytes.length} data bytes, but ${input.type} ` +
        `[${input.dims.join(',')}] needs ${count * Array_.BYTES_PER_ELEMENT}`,
    );
  }
  // Copy into a fresh, aligned buffer: a decoded Buffer may sit at any offset of Node's pool.
  const data = new Array_(count);
  new Uint8Array(data.buffer).set(bytes);
  return new ort.Tensor(input.type, data, input.dims);
}

function fromTensor(name, tensor) {
  const data = tensor.data;
  if (!ArrayBuffer.isView(data)) {
    throw new Error(`output ${JSON.stringify(name)} has type ${tensor.type}, which has no dense bytes`);
  }
  return {
    name,
    type: tensor.type,
    dims: Array.from(tensor.dims, Number),
    data: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64'),
  };
}

function message(e) {
  return e instanceof Error ? e.message : String(e);
}

async function main() {
  if (os.endianness() !== 'LE') {
    fail('this machine is big-endian; tensor data is little-endian');
  }
  const { runs, optimization } = parseRequest(await readStdin());
  const options = {
    executionProviders: ['cpu'],
    graphOptimizationLevel: optimization,
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    logSeverityLevel: 3, // errors only: warnings would clutter the test's stderr
  };
  const sessions = new Map(); // model path → Promise<InferenceSession>
  const results = [];
  for (const run of runs) {
    try {
      if (!sessions.has(run.model)) {
        sessions.set(run.model, ort.InferenceSession.create(run.model, options));
      }
      const session = await sessions.get(run.model);
      const feeds = {};
      for (const input of run.inputs) {
        if (Object.hasOwn(feeds, input.name)) {
          throw new Error(`input ${JSON.stringify(input.name)} is given twice`);
        }
        feeds[input.name] = toTensor(input);
      }
      const out = await session.run(feeds);
      results.push({ outputs: session.outputNames.map((name) => fromTensor(name, out[name])) });
    } catch (e) {
      results.push({ error: message(e) });
    }
  }
  for (const p of sessions.values()) {
    try {
      await (await p).release();
    } catch {
      // A session that failed to load has nothing to release.
    }
  }
  const version = ort.env.versions?.node ?? ort.env.versions?.common ?? 'unknown';
  process.stdout.write(JSON.stringify({ ortVersion: version, results }) + '\n');
}

main().catch((e) => {
  if (e instanceof RequestError) {
    process.stderr.write(`ortcheck: malformed request: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`ortcheck: ${e?.stack ?? e}\n`);
    process.exitCode = 1;
  }
});

// In-browser checks of what the executor serves, the same checks as chain/client.VerifyJobResult:
// the job record's node folds with its proof to the state root, the record says the status and
// output root the result claims, and the output bytes hash to that output root.
"use strict";
const Proof = (() => {
  const JOBS_BASE = 0x20_0000_0000n; // chain/layout.JobsBase
  const RECORD_SIZE = 64n;
  const LEAF_BITS = 5n;
  const TREE_DEPTH = 35; // isa.TreeDepth: siblings in a leaf proof
  const REGION_HEIGHT = 31; // isa.RegionBits − isa.LeafBits: the output region's node height

  const hex = (b) => "0x" + Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  function bytes(h) {
    if (typeof h !== "string" || !/^0x([0-9a-fA-F]{2})*$/.test(h)) throw new Error("not hex: " + h);
    const out = new Uint8Array((h.length - 2) / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(2 + 2 * i, 2), 16);
    return out;
  }
  const cat = (a, b) => {
    const c = new Uint8Array(a.length + b.length);
    c.set(a);
    c.set(b, a.length);
    return c;
  };
  const node = (l, r) => Keccak.hash(cat(l, r));
  // zero[h] is the root of an all-zero subtree of height h.
  const zero = [new Uint8Array(32)];
  for (let h = 1; h <= TREE_DEPTH; h++) zero.push(node(zero[h - 1], zero[h - 1]));

  // foldFrom folds node n of height ht at addr with proof up to the root.
  function foldFrom(n, addr, ht, proof) {
    let path = addr >> (LEAF_BITS + BigInt(ht));
    for (let i = 0; i < proof.length; i++) {
      const sib = bytes(proof[i]);
      n = (path & 1n) === 0n ? node(n, sib) : node(sib, n);
      path >>= 1n;
    }
    return n;
  }

  // regionRoot is the root of a region (height 31) holding data at its start, zeros after.
  function regionRoot(data) {
    let level = [];
    for (let i = 0; i < Math.max(1, Math.ceil(data.length / 32)); i++) {
      const leaf = new Uint8Array(32);
      leaf.set(data.subarray(32 * i, 32 * i + 32));
      level.push(leaf);
    }
    for (let h = 0; h < REGION_HEIGHT; h++) {
      const next = [];
      for (let i = 0; i < level.length; i += 2) next.push(node(level[i], i + 1 < level.length ? level[i + 1] : zero[h]));
      level = next;
    }
    return level[0];
  }

  // verifyJobResult returns [] when the result checks out, else the list of what failed.
  function verifyJobResult(r) {
    const errs = [];
    try {
      if (!Array.isArray(r.record) || r.record.length !== 2) return ["the record is not two leaves"];
      const l0 = bytes(r.record[0]), l1 = bytes(r.record[1]);
      if (l0.length !== 32 || l1.length !== 32) return ["the record's leaves are not 32 bytes"];
      if (!Array.isArray(r.proof) || r.proof.length !== TREE_DEPTH - 1) return ["the proof does not have 34 siblings"];
      const addr = JOBS_BASE + (BigInt(r.jobIndex) % (1n << 30n)) * RECORD_SIZE;
      const root = hex(foldFrom(node(l0, l1), addr, 1, r.proof));
      if (root !== r.stateRoot.toLowerCase()) errs.push("the record folds to " + root + ", not the state root");
      const status = { 1: "halted", 2: "faulted" }[l1[8]];
      if (status !== r.status || l1[9] !== Number(r.fault)) errs.push("the record's status is not the result's");
      if (hex(l0) !== r.outputRoot.toLowerCase()) errs.push("the record's output root is not the result's");
      if (hex(regionRoot(bytes(r.output))) !== r.outputRoot.toLowerCase()) errs.push("the output bytes do not hash to the output root");
    } catch (e) {
      errs.push("malformed result: " + e.message);
    }
    return errs;
  }
  return { verifyJobResult, regionRoot, hex, bytes };
})();

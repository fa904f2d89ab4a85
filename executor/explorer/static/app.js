// The explorer's pages, routed by the URL fragment: #/, #/job/0x…, #/batch/N, #/block/N,
// #/account/0x…. Every value shown comes from JSON-RPC through the explorer's read-only proxy;
// an error is shown as a message, never as a blank page.
"use strict";
const main = document.getElementById("main");
let seqAvailable = true;
let settlementAvailable = false;

// settlement is the assertion chain and its disputes as the explorer mirrors them from L1.
async function settlement() {
  const res = await fetch("/api/settlement");
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || "settlement: HTTP " + res.status);
  return body;
}
const short = (h) => (h ? h.slice(0, 10) + "…" : "—");
// timeLeft says how long an unrivaled claim still waits for confirmation by time.
const timeLeft = (c, period) => (c.status !== "pending" ? c.status : c.unrivaled >= period ? "confirmable now" : `${period - c.unrivaled} L1 blocks left`);

async function rpc(service, method, ...params) {
  const res = await fetch("/rpc/" + service, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  if (!res.ok) throw new Error(service + " " + method + ": HTTP " + res.status);
  const body = await res.json();
  if (body.error) {
    const e = new Error(body.error.message || "error " + body.error.code);
    e.code = body.error.code;
    throw e;
  }
  return body.result;
}
// rpcBatch sends calls ([method, ...params]) as one JSON-RPC batch and returns each result, or
// null for a call that failed.
async function rpcBatch(service, calls) {
  if (calls.length === 0) return [];
  const res = await fetch("/rpc/" + service, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(calls.map(([method, ...params], i) => ({ jsonrpc: "2.0", id: i, method, params }))),
  });
  if (!res.ok) throw new Error(service + " batch: HTTP " + res.status);
  const body = await res.json();
  if (!Array.isArray(body)) throw new Error((body.error && body.error.message) || service + " batch refused");
  const out = new Array(calls.length).fill(null);
  for (const r of body) if (r && typeof r.id === "number" && !r.error) out[r.id] = r.result;
  return out;
}
const exe = (m, ...p) => rpc("executor", m, ...p);
const seq = (m, ...p) => (seqAvailable ? rpc("sequencer", m, ...p) : Promise.reject(new Error("no sequencer")));
const num = (h) => (h === undefined || h === null ? undefined : Number(BigInt(h)));
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const link = (href, text) => `<a href="${esc(href)}">${esc(text)}</a>`;
const kv = (rows) => `<table class="kv">${rows.filter(Boolean).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join("")}</table>`;
const error = (msg) => `<p class="error" role="alert">${esc(msg)}</p>`;
const hashRe = /^0x[0-9a-fA-F]{64}$/, addrRe = /^0x[0-9a-fA-F]{40}$/, numRe = /^[0-9]{1,15}$/;

function show(html) { main.innerHTML = html; }

async function home() {
  const [eHead, sHead] = await Promise.all([exe("compute_blockNumber"), seq("compute_blockNumber").catch(() => undefined)]);
  const head = num(eHead);
  let batch = "—";
  const blocks = [];
  if (seqAvailable && sHead !== undefined) {
    const top = num(sHead);
    const nums = [];
    for (let n = top; n >= 0 && n > top - 30; n--) nums.push(n);
    const got = await Promise.all(nums.map((n) => seq("compute_getBlock", "0x" + n.toString(16)).catch(() => null)));
    for (const b of got) if (b) blocks.push(b);
    if (blocks.length) batch = link("#/batch/" + num(blocks[0].batch), num(blocks[0].batch));
  }
  let latest = `<span class="muted">—</span>`;
  if (settlementAvailable) {
    const st = await settlement().catch(() => null);
    const as = st ? st.assertions.filter((a) => a.id !== st.genesis) : [];
    if (as.length) {
      const a = as[as.length - 1];
      latest = link("#/assertions", `${a.status}, batches < ${a.batchEnd}`);
    } else if (st) latest = link("#/assertions", "none yet");
  }
  blocks.reverse();
  const max = Math.max(1, ...blocks.map((b) => (b.hashes || []).length));
  const w = 100 / Math.max(1, blocks.length);
  const bars = blocks.map((b, i) => {
    const h = (70 * (b.hashes || []).length) / max;
    return `<rect x="${i * w}%" y="${75 - h}" width="${w * 0.8}%" height="${h}"><title>block ${num(b.number)}: ${(b.hashes || []).length} messages</title></rect>`;
  }).join("");
  const msgs = blocks.reduce((s, b) => s + (b.hashes || []).length, 0);
  const span = blocks.length > 1 ? num(blocks[blocks.length - 1].timestamp) - num(blocks[0].timestamp) : 0;
  return (`<h1>crollup</h1>
    <div class="cards">
      <div class="card"><div class="muted">executed head block</div><div class="v" id="head">${head === undefined ? "—" : link("#/block/" + head, head)}</div></div>
      <div class="card"><div class="muted">sequencer head</div><div class="v">${sHead === undefined ? "—" : num(sHead)}</div></div>
      <div class="card"><div class="muted">open batch</div><div class="v">${batch}</div></div>
      <div class="card"><div class="muted">latest assertion</div><div class="v" id="latest-assertion">${latest}</div></div>
    </div>
    <h2>Throughput: messages per block, last ${blocks.length} blocks</h2>
    <svg class="chart" role="img" aria-label="messages per block">${bars}</svg>
    <p class="muted">${msgs} messages in ${blocks.length} blocks${span > 0 ? ` over ${span} s (${(msgs / span).toFixed(2)} per second)` : ""}.</p>`);
}

async function jobPage(hash) {
  const [s, e] = await Promise.all([
    seq("compute_getJob", hash).catch((err) => ({ err })),
    exe("compute_getJob", hash).catch((err) => ({ err })),
  ]);
  if (s.err && e.err) {
    // A 32-byte hash may also name an assertion or a claim: search finds those too.
    if (settlementAvailable) {
      const st = await settlement().catch(() => null);
      const a = st && st.assertions.find((x) => x.id === hash);
      const c = st && st.claims.find((x) => x.id === hash);
      if (a) return `<h1>Assertion <span class="mono">${esc(hash)}</span></h1>` + kv([
        ["status", esc(a.status)], ["batches", "&lt; " + esc(a.batchEnd)], ["state root", `<span class="mono">${esc(a.stateRoot)}</span>`],
        ["staker", `<span class="mono">${esc(a.staker)}</span>`], ["dispute", a.top ? link("#/dispute/" + a.top, "its top claim") : "—"],
      ]);
      if (c) {
        // Walk up to the dispute's top claim: a child's parent lists it among its children, a
        // level-1 top claim's origin is the mutual of the one-batch claim it refines.
        let top = c;
        for (let guard = 0; guard < 64; guard++) {
          const up = st.claims.find((x) => (x.children || []).includes(top.id)) ||
            (top.level > 0 && st.claims.find((x) => x.mutual === top.origin));
          if (!up) break;
          top = up;
        }
        return `<h1>Claim <span class="mono">${esc(hash)}</span></h1>` + kv([["level", esc(c.level)], ["status", esc(c.status)],
          ["range", `[${c.pos}, ${c.pos + Math.pow(st.k, c.height)})`], ["dispute", link("#/dispute/" + top.id, "the dispute it belongs to")]]);
      }
    }
    return (`<h1>Job ${esc(hash)}</h1>` + error("No such message: neither the sequencer nor the executor knows " + hash + "."));
  }
  const status = s.status || (e.err ? undefined : "sequenced");
  const executed = !e.err && e.status === "executed";
  // Asserted: an assertion covers the job's batch (batchEnd is the batch count after it);
  // confirmed: a confirmed one does.
  let asserted = false, confirmed = false;
  if (settlementAvailable && s.batch !== undefined) {
    const st = await settlement().catch(() => null);
    for (const a of st ? st.assertions : []) {
      if (a.id === st.genesis || a.batchEnd <= num(s.batch) || a.status === "rejected") continue;
      asserted = true;
      confirmed = confirmed || a.status === "confirmed";
    }
  }
  const stages = [
    ["pending", true],
    ["sequenced", status === "sequenced" || status === "batched" || executed],
    ["executed", executed],
    ["batched", status === "batched"],
    ["asserted", asserted],
    ["confirmed", confirmed],
  ];
  const timeline = `<ol class="timeline" id="timeline">${stages.map(([n, d]) => `<li class="${d ? "done" : ""}" data-stage="${n}">${n}</li>`).join("")}</ol>`;
  const block = num(s.block !== undefined ? s.block : e.block);
  const batch = num(s.batch);
  let rows = [
    ["kind", esc(s.kind || e.kind || "—")],
    ["account", s.account !== undefined ? esc(num(s.account)) : "—"],
    ["block", block !== undefined ? link("#/block/" + block, block) + (s.index !== undefined ? ` (position ${num(s.index)})` : "") : "—"],
    ["batch", batch !== undefined ? link("#/batch/" + batch, batch) : "—"],
    s.l1Tx && ["L1 transaction", `<span class="mono">${esc(s.l1Tx)}</span> in L1 block ${num(s.l1Block)}`],
    s.blobHashes && ["blobs", s.blobHashes.map((b) => `<span class="mono">${esc(b)}</span>`).join("<br>")],
    executed && e.receipt && ["receipt", esc(e.receipt.skip === "applied" ? "applied" : "skipped: " + e.receipt.skip)],
  ];
  let result = "";
  if (executed && e.jobIndex !== undefined) {
    const r = await exe("compute_getJobResult", e.jobIndex);
    const errs = Proof.verifyJobResult(r);
    const mark = errs.length === 0
      ? `<span class="mark ok" id="proof-mark" data-ok="true">✓ proof verified in your browser against state root <span class="mono">${esc(r.stateRoot.slice(0, 18))}…</span></span>`
      : `<span class="mark bad" id="proof-mark" data-ok="false">✗ proof FAILED: ${esc(errs.join("; "))}</span>`;
    const out = Proof.bytes(r.output);
    const i8 = Array.from(out.slice(0, 64), (b) => (b << 24) >> 24);
    const i32 = [];
    for (let i = 0; i + 4 <= Math.min(out.length, 64); i += 4) i32.push(out[i] | (out[i + 1] << 8) | (out[i + 2] << 16) | (out[i + 3] << 24));
    const cls = out.length <= 4 && r.status === "halted" ? (out[0] | (out[1] << 8) | (out[2] << 16) | (out[3] << 24)) : undefined;
    const rec = Proof.bytes(r.record[1]);
    const be = (b) => b.reduce((v, x) => (v << 8n) | BigInt(x), 0n);
    result = `<h2>Result</h2>${mark}` + kv([
      ["job index", esc(num(r.jobIndex))],
      ["program", `index ${esc(be(rec.subarray(0, 4)))}, root <span class="mono">${esc(short(r.programRoot))}</span>, ${esc(num(r.steps))} steps`],
      ["sender", `account ${esc(be(rec.subarray(4, 8)))}`],
      ["fee", `${esc(be(rec.subarray(16, 32)))} wei`],
      ["status", esc(r.status) + (r.status === "faulted" ? ` (fault ${r.fault})` : "")],
      ["state root", `<span class="mono">${esc(r.stateRoot)}</span> (block ${num(r.block)})`],
      ["output root", `<span class="mono">${esc(r.outputRoot)}</span>`],
      ["output (int8)", `<span class="mono" id="output">${esc(i8.join(" "))}${out.length > 64 ? " …" : ""}</span>`],
      ["output (int32)", `<span class="mono">${esc(i32.join(" "))}</span>`],
      cls !== undefined && ["class", `<span id="class">${esc(cls)}</span>`],
    ]);
  }
  return (`<h1>Job <span class="mono">${esc(hash)}</span></h1>${timeline}` + kv(rows) + result);
}

async function batchPage(n) {
  const b = await seq("compute_getBatch", "0x" + n.toString(16));
  const first = num(b.first), last = b.last !== undefined ? num(b.last) : undefined;
  const nums = [];
  for (let i = first; last !== undefined ? i <= last : i <= first; i++) nums.push(i);
  const blocks = await Promise.all(nums.map((i) => seq("compute_getBlock", "0x" + i.toString(16)).catch(() => null)));
  const bytes = blocks.reduce((s, x) => s + (x ? (Proof.bytes(x.payload).length) : 0), 0);
  const msgs = blocks.flatMap((x) => (x ? x.hashes || [] : []));
  return (`<h1>Batch ${n}</h1>` + kv([
    ["state", b.sealed ? (b.posted ? "posted to L1" : "sealed, not yet on L1") : "open"],
    ["blocks", last !== undefined ? `${link("#/block/" + first, first)} – ${link("#/block/" + last, last)}` : `${link("#/block/" + first, first)} onward`],
    b.posted && ["L1 transaction", `<span class="mono" id="l1tx">${esc(b.posted.l1Tx)}</span> in L1 block ${num(b.posted.l1Block)}`],
    b.posted && ["blobs", (b.posted.blobHashes || []).map((h) => `<span class="mono">${esc(h)}</span>`).join("<br>")],
    ["payload", `${bytes} bytes in ${blocks.length} block(s); a blob holds 126,976`],
  ]) + `<h2>Messages (${msgs.length})</h2><ul id="messages">${msgs.map((h) => `<li>${link("#/job/" + h, h)}</li>`).join("")}</ul>`);
}

async function blockPage(n) {
  const [b, root] = await Promise.all([
    seq("compute_getBlock", "0x" + n.toString(16)).catch((err) => ({ err })),
    exe("compute_getStateRoot", "0x" + n.toString(16)).catch(() => null),
  ]);
  if (b.err) {
    return (`<h1>Block ${n}</h1>` + error(b.err.message));
  }
  return (`<h1>Block ${n}</h1>` + kv([
    ["timestamp", esc(new Date(num(b.timestamp) * 1000).toISOString())],
    ["batch", link("#/batch/" + num(b.batch), num(b.batch))],
    ["hash", `<span class="mono">${esc(b.hash)}</span>`],
    ["parent", n > 0 ? link("#/block/" + (n - 1), b.parentHash) : `<span class="mono">${esc(b.parentHash)}</span>`],
    ["state root", root ? `<span class="mono">${esc(root.stateRoot)}</span>` : "not executed yet"],
    ["deposits", esc((b.delayedMessages || []).length)],
  ]) + `<h2>Messages (${(b.hashes || []).length})</h2><ul>${(b.hashes || []).map((h) => `<li>${link("#/job/" + h, h)}</li>`).join("")}</ul>`);
}

// RECENT is how many of the latest blocks an account page searches for the account's messages:
// the services keep no index by sender, so the page reads the blocks (in batches of 100 calls,
// the services' batch limit).
const RECENT = 200;

async function accountPage(addr) {
  const a = await seq("compute_getAccount", addr);
  const index = num(a.index);
  const top = num(await seq("compute_blockNumber"));
  const nums = [];
  for (let n = top; n >= 0 && n > top - RECENT; n--) nums.push(n);
  let hashes = [];
  for (let i = 0; i < nums.length; i += 100) {
    const blocks = await rpcBatch("sequencer", nums.slice(i, i + 100).map((n) => ["compute_getBlock", "0x" + n.toString(16)]));
    for (const b of blocks) if (b) hashes.push(...(b.hashes || []));
  }
  const mine = [];
  for (let i = 0; i < hashes.length; i += 100) {
    const jobs = await rpcBatch("sequencer", hashes.slice(i, i + 100).map((h) => ["compute_getJob", h]));
    for (const j of jobs) if (j && num(j.account) === index) mine.push(j);
  }
  const rows = mine.map((j) => `<tr><td>${link("#/job/" + j.hash, short(j.hash))}</td><td>${esc(j.kind)}</td><td>${esc(j.status)}</td>` +
    `<td>${j.block !== undefined ? link("#/block/" + num(j.block), num(j.block)) : "—"}</td></tr>`).join("");
  return `<h1>Account <span class="mono">${esc(addr)}</span></h1>` + kv([
    ["index", esc(index)],
    ["nonce", esc(num(a.nonce))],
    ["balance", esc(BigInt(a.balance).toString()) + " wei"],
  ]) + `<p class="muted">Balance and nonce in the sequencer's pending state (admitted messages included).</p>` +
    `<h2>Messages in the last ${nums.length} blocks (${mine.length})</h2><table class="kv" id="account-messages"><tr><th>hash</th><th>kind</th><th>status</th><th>block</th></tr>${rows}</table>`;
}


async function assertionsPage() {
  const st = await settlement();
  const rows = st.assertions.filter((a) => a.id !== st.genesis).reverse().map((a) => {
    const top = st.claims.find((c) => c.id === a.top);
    const disputed = a.rivals > 0 || (top && top.dissected);
    return `<tr data-status="${esc(a.status)}"><td class="mono" title="${esc(a.id)}">${esc(short(a.id))}</td><td>${esc(a.batchEnd)}</td><td>${esc(a.status)}</td>` +
      `<td class="mono">${esc(short(a.staker))}</td><td>${esc(top ? timeLeft({ ...top, status: a.status }, st.challengePeriod) : "—")}</td>` +
      `<td>${disputed ? link("#/dispute/" + a.top, "dispute") : "unrivaled"}</td></tr>`;
  }).join("");
  return `<h1>Assertions</h1>
    <p class="muted">The Rollup as mirrored from L1 at block ${st.l1Block}; each assertion is bonded with ${esc(st.bond)} wei; an unrivaled assertion is confirmed after ${st.challengePeriod} L1 blocks.</p>
    <table class="kv" id="assertions"><tr><th>id</th><th>batches</th><th>status</th><th>staker</th><th>time</th><th>dispute</th></tr>${rows || `<tr><td colspan="6" class="muted">no assertion yet</td></tr>`}</table>`;
}

async function disputePage(top) {
  const st = await settlement();
  const byID = new Map(st.claims.map((c) => [c.id, c]));
  const root = byID.get(top);
  if (!root) return `<h1>Dispute</h1>` + error("No claim " + top + " on the Rollup (mirrored at L1 block " + st.l1Block + ").");
  // The dispute is the top claim's mutual: every rival top claim, and everything below them.
  const tops = st.claims.filter((c) => c.mutual === root.mutual);
  const seen = new Set();
  const render = (c, depth) => {
    if (seen.has(c.id)) return "";
    seen.add(c.id);
    const span = Math.pow(st.k, c.height);
    const kind = c.height === 0 ? " one-step" + (c.status === "pending" ? "" : c.status === "confirmed" ? ", proven on L1" : ", refuted by the one-step proof") : "";
    let html = `<li class="claim" data-status="${esc(c.status)}" data-level="${c.level}" style="margin-left:${depth}rem">` +
      `<span class="mono">${esc(short(c.id))}</span> level ${c.level} [${c.pos}, ${c.pos + span}) ` +
      `<b>${esc(c.status)}</b>${esc(kind)} · staker <span class="mono">${esc(short(c.staker))}</span> · ` +
      `clock ${c.unrivaled}/${st.challengePeriod} (${esc(timeLeft(c, st.challengePeriod))})` +
      (c.rivals && c.rivals.length ? ` · ${c.rivals.length} rival(s)` : "") + `</li>`;
    for (const ch of c.children || []) if (byID.has(ch)) html += render(byID.get(ch), depth + 1);
    // A level-1 top claim refines a one-batch level-0 claim: its origin is that claim's mutual.
    for (const l1 of st.claims.filter((x) => x.level === c.level + 1 && x.origin === c.mutual && c.height === 0)) html += render(l1, depth + 1);
    return html;
  };
  const tree = tops.map((c) => render(c, 0)).join("");
  const assertions = st.assertions.filter((a) => tops.some((c) => c.id === a.top));
  // The moves on this dispute's claims and assertions, as L1 applied them, with their gas.
  const ids = new Set([...seen, ...assertions.map((a) => a.id)]);
  const moves = (st.moves || []).filter((m) => ids.has(m.id));
  const moveRows = moves.map((m) => `<tr><td>${esc(m.l1Block)}</td><td>${esc(m.kind)}${m.step ? " " + esc(m.step) : ""}</td>` +
    `<td class="mono">${esc(short(m.id))}</td><td class="mono">${esc(short(m.from))}</td><td>${esc(m.gas.toLocaleString("en"))}</td>` +
    `<td class="mono">${esc(short(m.tx))}</td></tr>`).join("");
  return `<h1>Dispute over batches &lt; ${assertions.length ? assertions[0].batchEnd : "?"}</h1>` + kv([
    ["assertions", assertions.map((a) => `<span class="mono">${esc(short(a.id))}</span> ${esc(a.status)} (staker <span class="mono">${esc(short(a.staker))}</span>)`).join("<br>")],
    ["L1 block", esc(st.l1Block)],
    ["rules", `arity ${st.k}; level 0 spans ${st.k}^${st.heights[0]} batch boundaries, level 1 ${st.k}^${st.heights[1]} steps; a claim unrivaled for ${st.challengePeriod} L1 blocks is confirmed by time`],
  ]) + `<h2>Claims (${seen.size})</h2><ul class="tree" id="claims">${tree}</ul>` +
    `<h2>Moves (${moves.length})</h2><table class="kv" id="moves"><tr><th>L1 block</th><th>move</th><th>on</th><th>from</th><th>gas</th><th>tx</th></tr>${moveRows}</table>`;
}

async function route() {
  // Only the latest navigation renders: an earlier page whose calls answer late is dropped.
  const my = ++routeGen;
  if (location.hash !== shownHash) show(`<p class="muted">Loading…</p>`); // a refresh keeps the page until it has the new one
  shownHash = location.hash;
  const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const [page, arg] = parts;
  let html;
  try {
    if (!page) html = await home();
    else if (page === "job" && hashRe.test(arg || "")) html = await jobPage(arg.toLowerCase());
    else if (page === "batch" && numRe.test(arg || "")) html = await batchPage(Number(arg));
    else if (page === "block" && numRe.test(arg || "")) html = await blockPage(Number(arg));
    else if (page === "account" && addrRe.test(arg || "")) html = await accountPage(arg);
    else if (page === "assertions" && settlementAvailable) html = await assertionsPage();
    else if (page === "dispute" && settlementAvailable && hashRe.test(arg || "")) html = await disputePage(arg.toLowerCase());
    else html = `<h1>Not found</h1>` + error(`"${location.hash}" is not a page here. Search for a job hash (0x + 64 hex digits), an account address (0x + 40 hex digits), or a batch or block number.`);
  } catch (e) {
    html = `<h1>Could not load this page</h1>` + error(e.message);
  }
  if (my === routeGen) show(html);
}
let routeGen = 0;
let shownHash = null;
// The settlement pages follow L1 live: their clocks move with every L1 block.
setInterval(() => {
  if (/^#\/(dispute|assertions)/.test(location.hash)) route();
}, 4000);

document.getElementById("search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = document.getElementById("q").value.trim();
  if (hashRe.test(q)) location.hash = "#/job/" + q;
  else if (addrRe.test(q)) location.hash = "#/account/" + q;
  else if (numRe.test(q)) location.hash = "#/batch/" + q;
  else if (/^block\s*[0-9]+$/i.test(q)) location.hash = "#/block/" + q.replace(/\D/g, "");
  else { routeGen++; show(`<h1>Search</h1>` + error(`"${q}" is not a job hash, an account address, a batch number or "block N".`)); }
});
window.addEventListener("hashchange", route);
fetch("config.json").then((r) => r.json()).then((c) => {
  seqAvailable = !!c.sequencer;
  settlementAvailable = !!c.settlement;
  if (settlementAvailable) document.getElementById("nav").innerHTML = link("#/assertions", "assertions");
}).catch(() => {}).finally(route);

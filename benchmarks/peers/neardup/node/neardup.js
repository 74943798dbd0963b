// Runs the npm package minhash on the texts SdgMap exports (benchmarks/peers/neardup): character
// 2-gram shingles, the package's Minhash and LshIndex with SdgMap's bands × rows, every candidate
// verified by exact Jaccard.
//
// Usage: node neardup.js FOLDER   (reads texts.txt and params.txt, writes npm-pairs.tsv and npm.ms)
'use strict';

const fs = require('fs');
const path = require('path');
const { Minhash, LshIndex } = require('minhash');

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node neardup.js FOLDER');
  process.exit(2);
}

const params = Object.fromEntries(fs.readFileSync(path.join(folder, 'params.txt'), 'utf8').trim().split(' ').map((kv) => kv.split('=')));
const hashes = Number(params.hashes);
const bands = Number(params.bands);
const rows = Number(params.rows);
const threshold = Number(params.threshold);
const text = fs.readFileSync(path.join(folder, 'texts.txt'), 'utf8');
const texts = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');

// The distinct 2-grams of an already normalised text, sorted; a one-character text has itself as its
// one shingle, as in SdgMap. Array.from splits by code point, so a surrogate pair stays one character.
function shingles(t) {
  const chars = Array.from(t);
  if (chars.length === 1) return [t];
  const seen = new Set();
  for (let i = 0; i + 1 < chars.length; i++) seen.add(chars[i] + chars[i + 1]);
  return Array.from(seen).sort();
}

function jaccard(a, b) {
  let shared = 0, i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { shared++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return shared === 0 ? 0 : shared / (a.length + b.length - shared);
}

// Processor time too: on a shared machine wall time also counts waiting for a core.
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
const sets = texts.map(shingles);

// The index cuts a signature into numPerm / bandSize bands, so numPerm = bands × rows gives SdgMap's banding.
const index = new LshIndex({ bandSize: rows });
const signatures = sets.map((set, i) => {
  if (set.length === 0) return null;
  const m = new Minhash({ numPerm: bands * rows, seed: 2026 });
  for (const s of set) m.update(s);
  index.insert(i, m);
  return m;
});

const pairs = [];
signatures.forEach((m, i) => {
  if (m === null) return;
  const partners = index.query(m).map(Number).filter((j) => j > i).sort((x, y) => x - y);
  for (const j of partners) {
    if (jaccard(sets[i], sets[j]) >= threshold) pairs.push(`${i}\t${j}`);
  }
});
const ms = Number((process.hrtime.bigint() - start) / 1000000n);
const cpu = process.cpuUsage(cpuStart);
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);

fs.writeFileSync(path.join(folder, 'npm-pairs.tsv'), pairs.length ? pairs.join('\n') + '\n' : '');
fs.writeFileSync(path.join(folder, 'npm.ms'), String(ms));
console.log(`tool=npm texts=${texts.length} pairs=${pairs.length} ms=${ms} cpu_ms=${cpuMs} banding=${bands}x${rows} hashes=${hashes}`);

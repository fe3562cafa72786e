// The browser build's budgets, measured side by side with the bare eframe web app
// (examples/minimal_window.rs) built the same way (scripts/build-web.sh and --bare):
// the .wasm's size raw and gzipped, the time to the first drawn frame in headless Chromium
// (median of alternating runs, each in a fresh browser), frames drawn while idle, and the time
// to open the shipped Ukraine case from a link that carries it (made by `skenario link`) beside
// opening it by its shipped id.
//
//   bash scripts/build-web.sh && bash scripts/build-web.sh --bare
//   node web/tests/budgets.mjs [runs]

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

import { open, settle, withBrowser } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sites = { skenario: path.join(root, 'target', 'web'), bare: path.join(root, 'target', 'web-bare') };
const runs = Number(process.argv[2] ?? 7);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

function sizes(dir) {
  const wasm = fs.readFileSync(path.join(dir, 'skenario_bg.wasm'));
  return { raw: wasm.length, gzip: zlib.gzipSync(wasm, { level: 9 }).length };
}

async function firstFrame(url) {
  return withBrowser({}, async (context) => {
    const page = await open(context, url);
    return page.evaluate(() => window.__firstDraw);
  });
}

async function idleDraws(url, seconds) {
  return withBrowser({}, async (context) => {
    const page = await open(context, url);
    await settle(page);
    const before = await page.evaluate(() => window.__draws);
    await page.waitForTimeout(seconds * 1000);
    return (await page.evaluate(() => window.__draws)) - before;
  });
}

/** When the window drew the last frame of opening `url`: the case it names, drawn and settled. */
async function opened(url) {
  return withBrowser({}, async (context) => {
    const page = await open(context, url);
    return page.evaluate(() => window.__lastDraw);
  });
}

const ownLink = (file) =>
  execFileSync('cargo', ['run', '--quiet', '--locked', '--', 'link', file], { cwd: root, encoding: 'utf8' }).trim();
const ukraineOwn = ownLink(path.join('scenarios', 'ukraine-reassurance-force.case.ron'));
const marreniaOwn = ownLink(path.join('scenarios', 'marrenia-election.case.ron'));

const servers = {};
for (const [name, dir] of Object.entries(sites)) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`no site in ${dir}: run scripts/build-web.sh${name === 'bare' ? ' --bare' : ''}`);
    process.exit(1);
  }
  servers[name] = await serve(dir);
}
const size = { skenario: sizes(sites.skenario), bare: sizes(sites.bare) };
const times = { skenario: [], bare: [] };
for (let run = 0; run < runs; run += 1) {
  // Alternating, so that the machine's drift falls on both alike.
  for (const name of run % 2 ? ['bare', 'skenario'] : ['skenario', 'bare']) {
    times[name].push(await firstFrame(servers[name].url));
  }
}
const idle = {
  skenario: await idleDraws(servers.skenario.url, 5),
  bare: await idleDraws(servers.bare.url, 5),
};
const openings = { own: [], shipped: [] };
const fragments = { own: `#${ukraineOwn.split('#')[1]}`, shipped: '#case=ukraine-reassurance-force' };
for (let run = 0; run < runs; run += 1) {
  for (const name of run % 2 ? ['shipped', 'own'] : ['own', 'shipped']) {
    openings[name].push(await opened(servers.skenario.url + fragments[name]));
  }
}
for (const server of Object.values(servers)) await server.close();

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`| | Skenario | bare eframe app | ratio | budget |`);
console.log(`|---|---|---|---|---|`);
console.log(`| .wasm, raw | ${mib(size.skenario.raw)} | ${mib(size.bare.raw)} | ${ratio(size.skenario.raw, size.bare.raw)} | ≤ 3× |`);
console.log(`| .wasm, gzip -9 | ${mib(size.skenario.gzip)} | ${mib(size.bare.gzip)} | ${ratio(size.skenario.gzip, size.bare.gzip)} | ≤ 3× |`);
const [s, b] = [median(times.skenario), median(times.bare)];
console.log(`| first drawn frame, median of ${runs} (ms after navigation) | ${s.toFixed(0)} | ${b.toFixed(0)} | ${ratio(s, b)} | ≤ 1.5× |`);
console.log(`| frames drawn in 5 s idle | ${idle.skenario} | ${idle.bare} | | 0 |`);
const [own, shipped] = [median(openings.own), median(openings.shipped)];
console.log(`\n| opening the Ukraine case, median of ${runs} (ms after navigation) | from a link carrying it | by its shipped id | ratio | budget |`);
console.log(`|---|---|---|---|---|`);
console.log(`| last frame drawn before the window settles | ${own.toFixed(0)} | ${shipped.toFixed(0)} | ${ratio(own, shipped)} | ≤ 1.2× |`);
const length = (link) => link.split('#')[1].length + 1;
console.log(`\nlinks carrying the shipped cases (characters of the fragment, with #): Ukraine ${length(ukraineOwn)}, Marrenia ${length(marreniaOwn)}`);
console.log(`\nfirst frames, ms: Skenario ${times.skenario.map((t) => t.toFixed(0)).join(' ')}; bare ${times.bare.map((t) => t.toFixed(0)).join(' ')}`);

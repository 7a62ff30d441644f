// Reports the budgets of the release bundle (not a test: figures go in BENCHMARKS.md).
//   - first load: gzip -9 size of each file the page loads (HTML, JS, wasm, CSS), against the 175 KB budget;
//   - first render: median, over 10 cold loads in headless Chromium, of the time from navigation
//     to the first screen's heading in the DOM (performance.now() in the page).
// Run after `trunk build --release`: node tests/e2e/budget.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, DIST } from './helpers.mjs';

// embed.js is the host page's script, not the widget's; salle.* is the room bundle, loaded only
// for « mettre en commun », the facilitator's view and the kiosk's QR code (reported apart).
const room = (f) => f.startsWith('salle');
// offline.js (the service worker's registration) and sw.js load after the first screen.
const afterwards = (f) => f === 'offline.js' || f === 'sw.js';
const snippets = fs.existsSync(path.join(DIST, 'snippets'))
  ? fs.readdirSync(path.join(DIST, 'snippets'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => path.join('snippets', f))
  : [];
const all = fs.readdirSync(DIST).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'embed.js').concat(snippets).sort();
const files = all.filter((f) => !room(f) && !afterwards(f));
let total = 0;
console.log('file                                         bytes     gzip -9');
for (const f of files) {
  const raw = fs.readFileSync(path.join(DIST, f));
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(42)} ${String(raw.length).padStart(8)} ${String(gz).padStart(10)}`);
}
console.log(`first load, gzip -9: ${(total / 1024).toFixed(1)} KB (budget 175 KB)`);
let later = 0;
for (const f of all.filter(room)) {
  const raw = fs.readFileSync(path.join(DIST, f));
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  later += gz;
  console.log(`${f.padEnd(42)} ${String(raw.length).padStart(8)} ${String(gz).padStart(10)}`);
}
console.log(`room bundle, loaded later, gzip -9: ${(later / 1024).toFixed(1)} KB`);
for (const f of all.filter(afterwards)) {
  const raw = fs.readFileSync(path.join(DIST, f));
  console.log(`${f.padEnd(42)} ${String(raw.length).padStart(8)} ${String(zlib.gzipSync(raw, { level: 9 }).length).padStart(10)}  (after the first screen)`);
}

const server = await serve();
const browser = await launch();
const times = [];
for (let i = 0; i < 10; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + '/', { waitUntil: 'commit' });
  // Checked on every animation frame: the time is taken in the page, at the first frame where the
  // app has drawn itself over the first screen painted at build time.
  const handle = await page.waitForFunction(() => document.querySelector('#app:not([data-prerendu]) main h1') && performance.now(), null, { polling: 'raf' });
  times.push(await handle.jsonValue());
  await context.close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
const median = (times[4] + times[5]) / 2;
console.log(`app drawn (navigation -> the app running its welcome page, kept or drawn), 10 cold loads: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[9].toFixed(0)} ms`);

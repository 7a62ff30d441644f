// A day-long kiosk: 1,000 respondents in one page session, without a reload (reports, not a test:
// figures go in BENCHMARKS.md). Each respondent is a parent answering the nine questions of the
// parent path, sees the result with its QR code, and presses « Terminer ». Reported: the room
// bundle's wasm memory and the JS heap (CDP) every 100 respondents, the DOM nodes and listeners,
// and for each click on an answer and on « Suivant » (the next question drawn): the time from the
// click to the DOM's last change (the work; a MutationObserver), whether that change was in the
// DOM before the next animation frame (so painted in the next frame). One respondent in ten
// answers with real input instead (the keyboard chooses, the mouse presses « Suivant »: trusted
// events, which Event Timing alone measures; clicks made by a script are not), and Event Timing
// gives, for each of those interactions, by kind (an answer chosen, the next question drawn, the
// result drawn): the work done in the event (its handlers and the render they start) and the
// time from input to the next paint. (On this machine's headless Chromium, without a GPU, the
// next paint comes 15–30 ms after the work, whatever the work; Event Timing rounds that duration
// to 8 ms and reports only interactions of 16 ms or more.)
// Run after `trunk build --release`: node tests/e2e/kiosk-bench.mjs [respondents] [--json file]
// (scripts/bench reads the figures from the JSON file).
import fs from 'node:fs';
import { serve, launch, ready } from './helpers.mjs';

const N = Number(process.argv[2] ?? 1000);
const jsonAt = process.argv.indexOf('--json');
const JSON_FILE = jsonAt > 0 ? process.argv[jsonAt + 1] : null;
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(`${server.origin}/?mode=kiosk`);
await ready(page);
// The first sample once the page has settled: the offline cache's registration waits for the page
// to be idle (2 s at most) and adds its listeners then; sampled before, it counts as growth.
await page.waitForTimeout(3000);
await page.evaluate(() => {
  // Each interaction (a click is pointerdown, pointerup and click), by id: when it began, its
  // longest duration and its longest work; only those of 16 ms or more are reported (the
  // smallest threshold Event Timing allows). What the respondent did is marked before each
  // action (`window.doing`: the kind, and the number of the mark, whose place — the respondent
  // and the question — is kept by the bench, outside the page's heap it measures), the kind of
  // an interaction being the last mark before it.
  window.interactions = new Map();
  window.doing = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      const seen = window.interactions.get(e.interactionId) ?? { start: e.startTime, duration: 0, work: 0 };
      seen.duration = Math.max(seen.duration, e.duration);
      seen.work = Math.max(seen.work, e.processingEnd - e.processingStart);
      window.interactions.set(e.interactionId, seen);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});

async function metrics() {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(async () => (await (await import(new URL('salle.js', document.baseURI))).default()).memory.buffer.byteLength);
  return { wasm, heap: m.JSHeapUsedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
}

// One respondent, inside the page (no round trip per click): returns the latencies of its answers.
const respondent = () => page.evaluate(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const until = async (test) => { for (let i = 0; i < 500 && !test(); i++) await frame(); if (!test()) throw new Error('stuck'); };
  const screen = () => document.querySelector('.page')?.dataset.screen;
  const times = [];
  document.querySelector('#commencer').click();
  await until(() => screen() === 'profil');
  document.querySelector('#role-parent').click();
  document.querySelector('#suivant').click();
  await until(() => screen() === 'question');
  // Clicks `el` and resolves to [work in ms, changed before the next frame].
  const timed = async (el) => {
    let last;
    const watch = new MutationObserver(() => { last = performance.now(); });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    el.click();
    await frame();
    watch.disconnect();
    return [last === undefined ? 0 : last - t0, last !== undefined];
  };
  for (let q = 0; q < 40 && screen() === 'question'; q++) {
    const id = document.querySelector('fieldset.question[id]').id;
    times.push(await timed(document.querySelector('fieldset.question input')));
    times.push(await timed(document.querySelector('#suivant')));
    await until(() => document.querySelector('fieldset.question[id]')?.id !== id);
  }
  await until(() => screen() === 'verification');
  document.querySelector('#suivant').click();
  await until(() => document.querySelector('#qr svg'));
  document.querySelector('#terminer').click();
  await until(() => screen() === 'accueil');
  return times;
});

// One respondent with real input, from outside the page: the keyboard chooses each answer (a
// keyboard choice does not move on by itself), the mouse presses « Suivant »; returns the number
// of interactions made.
// (Waits by locator: `waitForSelector` returns a handle that keeps its element alive, which
// counted as leaked DOM nodes.)
async function trustedRespondent(n) {
  const screen = () => page.getAttribute('.page', 'data-screen');
  const doing = (kind, where = '') => {
    places.push(`respondent ${n}${where}`);
    return page.evaluate(([k, at]) => window.doing.push([k, performance.now(), at]), [kind, places.length - 1]);
  };
  let made = 0;
  await doing('other');
  await page.click('#commencer');
  await page.locator('.page[data-screen=profil]').waitFor();
  await page.click('label[for=role-parent]');
  await page.click('#suivant');
  made += 3;
  await page.locator('.page[data-screen=question]').waitFor();
  for (let q = 0; q < 40 && (await screen()) === 'question'; q++) {
    const id = await page.getAttribute('fieldset.question[id]', 'id');
    await page.focus('fieldset.question input');
    await doing('answer', `, ${id}`);
    await page.keyboard.press('Space');
    await doing('next', `, after ${id}`);
    await page.click('#suivant');
    made += 2;
    await page.waitForFunction((before) => document.querySelector('fieldset.question[id]')?.id !== before, id);
  }
  await page.locator('.page[data-screen=verification]').waitFor();
  await doing('result');
  await page.click('#suivant');
  await page.locator('#qr svg').waitFor();
  await doing('other');
  await page.click('#terminer');
  made += 2;
  await page.locator('.page[data-screen=accueil]').waitFor();
  return made;
}

const samples = [];
let trusted = 0;
// Where each mark of `window.doing` was made (by its number).
const places = [];
const start = await metrics();
console.log(`respondents  wasm memory  JS heap      DOM nodes  listeners`);
const line = (n, m) => console.log(`${String(n).padStart(11)}  ${(m.wasm / 1048576).toFixed(2).padStart(8)} MB  ${(m.heap / 1048576).toFixed(2).padStart(7)} MB  ${String(m.nodes).padStart(9)}  ${String(m.listeners).padStart(9)}`);
line(0, start);
let last = start;
const t = Date.now();
for (let i = 1; i <= N; i++) {
  if (i % 10 === 0) trusted += await trustedRespondent(i);
  else samples.push(...await respondent());
  if (i % 100 === 0 || i === N) {
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    last = await metrics();
    line(i, last);
  }
}
const tally = await page.evaluate(() => (localStorage.getItem('partenariat:kiosque:releve') ?? '').split('\n').filter(Boolean).length);
const late = samples.filter(([, inFrame]) => !inFrame).length;
const work = samples.map(([ms]) => ms).sort((a, b) => a - b);
const pct = (p) => work[Math.min(work.length - 1, Math.floor(p * work.length))].toFixed(1);
// Each reported interaction with its kind; by kind: how many were reported (16 ms or more), and
// the work and the input-to-paint durations of those (the interactions not reported took less).
const reported = (await page.evaluate(() => [...window.interactions.values()].map((i) => {
  const [kind, , at] = window.doing.filter(([, t]) => t <= i.start).at(-1) ?? ['other'];
  return { ...i, kind, at };
}))).map((i) => ({ ...i, where: places[i.at] ?? '' }));
const kinds = {};
for (const kind of ['answer', 'next', 'result']) {
  const of = reported.filter((i) => i.kind === kind);
  const sorted = (xs) => xs.sort((a, b) => a - b);
  const work = sorted(of.map((i) => i.work));
  const at = (xs, p) => (xs.length ? +xs[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(1) : 0);
  const slowest = of.reduce((a, i) => (a && a.work >= i.work ? a : i), null);
  kinds[kind] = { reported: of.length, workMedian: at(work, 0.5), workP95: at(work, 0.95), workMax: at(work, 1), slowestAt: slowest?.where ?? '', paintMax: of.length ? Math.max(...of.map((i) => i.duration)) : 0 };
}
console.log(`${N} respondents in ${((Date.now() - t) / 1000).toFixed(0)} s; tally: ${tally} entries`);
console.log(`growth: wasm memory ${((last.wasm - start.wasm) / 1048576).toFixed(2)} MB, JS heap ${((last.heap - start.heap) / 1048576).toFixed(2)} MB, DOM nodes ${last.nodes - start.nodes}, listeners ${last.listeners - start.listeners}`);
console.log(`click to the DOM's last change, ${work.length} clicks (answers and « Suivant »): median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, max ${work[work.length - 1].toFixed(1)} ms (budget 16 ms); not in the next frame: ${late}`);
console.log(`Event Timing, ${trusted} interactions with real input, those of 16 ms or more by kind: ${Object.entries(kinds).map(([k, v]) => `${k}: ${v.reported}, work median ${v.workMedian} ms, p95 ${v.workP95} ms, max ${v.workMax} ms (${v.slowestAt}), input to paint max ${v.paintMax} ms`).join('; ')}`);
if (JSON_FILE) {
  fs.writeFileSync(JSON_FILE, JSON.stringify({
    respondents: N, seconds: (Date.now() - t) / 1000, tally, start, last,
    clicks: { count: work.length, median: +pct(0.5), p95: +pct(0.95), p99: +pct(0.99), max: work[work.length - 1], late },
    trusted, kinds,
  }, null, 2));
}
await browser.close();
await server.close();

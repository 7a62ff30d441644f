// The measuring half of scripts/bench (which builds first): the first load's bytes, Lighthouse mobile (median of 3), time to first screen and to interactive beside the bare Yew app over cold loads, and the figures of the kiosk and scoring benches; written into BENCHMARKS.md between its « bench » markers, each against its budget.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, serve, ROOT, DIST } from '../tests/e2e/helpers.mjs';
import { firstLoad, total as sumOf } from './first-load.mjs';

const BENCH = path.join(ROOT, 'target', 'bench');
const BARE = path.join(BENCH, 'bare');
const LOADS = Number(process.env.BENCH_LOADS ?? 12);
const BUDGET = { firstLoad: 175, ttiRatio: 1.3, clickToPaint: 16, lighthouse: 100 };
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const met = (ok) => (ok ? 'met' : '**not met**');

// 1. The first load: what the page asks for before its first screen is interactive (scripts/first-load.mjs).
const sizes = firstLoad(DIST);
const total = sumOf(sizes);
console.log(`first load: ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzip, ${kb(total.brotli)} KB brotli`);

// 2. Time to first screen and to interactive, the widget and the bare app alternately, each load
// in a new context (cold), the CPU slowed 4× as Lighthouse's mobile setting does. Both served as
// a site would serve them: gzip (level 6, nginx's usual setting) for a browser that accepts it.
const widget = await serve({ gzip: true });
const bare = await serve({ root: BARE, gzip: true });
const browser = await launch();
async function coldLoad(url, interactive) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Taken by a script the page runs before its own (Playwright's `waitForFunction` would compile
  // its own large script in the page during the very load it measures: 100 to 240 ms at CPU 4×),
  // once the frame that shows the app drawn has been painted: at the first animation frame with
  // the app's heading in the page, then in a task queued from that frame, which runs after the
  // frame's layout and paint on the main thread (FCP is the time the frame reaches the screen,
  // a little later). The same for both apps: the bare app's heading is not on the screen
  // before that paint either.
  await context.addInitScript((sel) => {
    const look = () => {
      if (!document.querySelector(sel)) return requestAnimationFrame(look);
      // (Kept on the window, so that it cannot be collected before its message.)
      const after = (window.benchChannel = new MessageChannel());
      after.port1.onmessage = () => { window.benchInteractive = performance.now(); };
      after.port2.postMessage(null);
    };
    requestAnimationFrame(look);
  }, interactive);
  await page.goto(url, { waitUntil: 'commit' });
  // Read through the DevTools protocol, a few words evaluated every 250 ms (the figures are taken in the page).
  const read = async (expression) => {
    for (let waited = 0; waited < 60000; waited += 250) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      if (typeof result.value === 'number') return result.value;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${url}: never ${expression}`);
  };
  const tti = await read('window.benchInteractive');
  const fcp = await read("performance.getEntriesByName('first-contentful-paint')[0]?.startTime");
  await context.close();
  return { fcp, tti };
}
const runs = { widget: [], bare: [] };
for (let i = 0; i < LOADS; i++) {
  runs.widget.push(await coldLoad(widget.url, '#app:not([data-prerendu]) .page main h1'));
  runs.bare.push(await coldLoad(bare.url, 'main h1'));
}
await browser.close();
const load = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, { fcp: median(r.map((x) => x.fcp)), tti: median(r.map((x) => x.tti)) }]));
const ratio = load.widget.tti / load.bare.tti;
console.log(`cold loads ×${LOADS} (CPU 4×): widget first screen ${load.widget.fcp.toFixed(0)} ms, interactive ${load.widget.tti.toFixed(0)} ms; bare Yew ${load.bare.fcp.toFixed(0)} / ${load.bare.tti.toFixed(0)} ms; ratio ${ratio.toFixed(2)}`);

// 3. Lighthouse, mobile (its default), three runs of the welcome screen; the median run.
const lighthouse = path.join(ROOT, 'target', 'bench-tools', 'node_modules', '.bin', 'lighthouse');
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';
const reports = [];
for (let i = 0, tries = 0; i < 3; tries++) {
  let out;
  try {
    // Not execFileSync: the pages are served by this very process, which must go on answering.
    ({ stdout: out } = await promisify(execFile)(lighthouse, [widget.url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20, encoding: 'utf8' }));
  } catch (e) {
    // A browser that closed under Lighthouse (seen here once in a while): the run is made again.
    if (tries >= 5) throw e;
    console.log(`lighthouse: ${String(e.stderr ?? e).trim().split('\n').pop()}; again`);
    continue;
  }
  i += 1;
  const r = JSON.parse(out);
  const score = (c) => Math.round(r.categories[c].score * 100);
  const audit = (a) => r.audits[a].numericValue;
  const failing = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
  reports.push({ performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), failing });
  console.log(`lighthouse run ${i}: ${JSON.stringify(reports[i - 1])}`);
}
await widget.close();
await bare.close();
reports.sort((a, b) => a.performance - b.performance || a.lcp - b.lcp);
const lh = reports[1];

// 4. The kiosk and scoring benches' own figures (written by scripts/bench before this).
const kiosk = JSON.parse(fs.readFileSync(path.join(BENCH, 'kiosk.json'), 'utf8'));
const scoring = fs.readFileSync(path.join(BENCH, 'scoring.txt'), 'utf8').split('\n').filter((l) => /^(scoring|result views):/.test(l));

// BENCHMARKS.md, between the markers.
const mb = (n) => (n / 1048576).toFixed(2);
const cpu = os.cpus();
const chromium = execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const rustc = execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim();
const section = `<!-- bench:start (written by scripts/bench: do not edit by hand) -->
## Where we stand (\`scripts/bench\`)

${new Date().toISOString().slice(0, 10)}, on ${cpu.length} × ${cpu[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${rustc}, ${chromium}, Lighthouse ${JSON.parse(fs.readFileSync(path.join(ROOT, 'target', 'bench-tools', 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version}.

| figure | measured | budget | |
|---|---|---|---|
| first load, gzip -9 | **${kb(total.gzip)} KB** (raw ${kb(total.raw)} KB, brotli ${kb(total.brotli)} KB) | ${BUDGET.firstLoad} KB | ${met(total.gzip / 1024 <= BUDGET.firstLoad)} |
| Lighthouse mobile, welcome screen (median of 3) | performance **${lh.performance}**, accessibility **${lh.accessibility}**, best practices **${lh.bestPractices}** | 100 / 100 / 100 | ${met(lh.performance >= 100 && lh.accessibility >= 100 && lh.bestPractices >= 100)} |
| time to interactive, ÷ bare Yew app (median of ${LOADS} cold loads each, same run) | **${ratio.toFixed(2)}×** (${load.widget.tti.toFixed(0)} ms ÷ ${load.bare.tti.toFixed(0)} ms) | ${BUDGET.ttiRatio}× | ${met(ratio <= BUDGET.ttiRatio)} |
| answer to next paint, a kiosk's day (${kiosk.respondents} respondents) | with real input (one respondent in ten, ${kiosk.trusted} interactions), Event Timing: the work of an answer chosen at most **${kiosk.kinds.answer.workMax} ms**, of the next question drawn p95 ${kiosk.kinds.next.workP95} ms, at most **${kiosk.kinds.next.workMax} ms**${kiosk.kinds.next.slowestAt ? ` (${kiosk.kinds.next.slowestAt})` : ''}, of the result drawn at most ${kiosk.kinds.result.workMax} ms; input to the next paint at most ${Math.max(kiosk.kinds.answer.paintMax, kiosk.kinds.next.paintMax)} ms (on this headless Chromium without a GPU the paint comes 15–30 ms after the work, whatever the work); with clicks made by a script (${kiosk.clicks.count}): ${kiosk.clicks.late} changes not in the next frame, click to the DOM's last change median ${kiosk.clicks.median} ms, p99 ${kiosk.clicks.p99} ms, max ${kiosk.clicks.max.toFixed(1)} ms | 16 ms (the work of an answer and of the next question) | ${met(kiosk.kinds.answer.workMax <= BUDGET.clickToPaint && kiosk.kinds.next.workMax <= BUDGET.clickToPaint && kiosk.clicks.late === 0)} |
| kiosk, ${kiosk.respondents} respondents in one session | wasm memory ${mb(kiosk.start.wasm)} → ${mb(kiosk.last.wasm)} MB, JS heap ${mb(kiosk.start.heap)} → ${mb(kiosk.last.heap)} MB, DOM nodes ${kiosk.start.nodes} → ${kiosk.last.nodes}, listeners ${kiosk.start.listeners} → ${kiosk.last.listeners} (${kiosk.seconds.toFixed(0)} s) | flat | ${met(kiosk.last.nodes <= kiosk.start.nodes + 20 && kiosk.last.listeners <= kiosk.start.listeners + 5)} |
| native scoring, one core | ${scoring.map((l) => l.replace(/\(best of 3\), /, '')).join('; ')} | 10,000 in 1 s | ${met(/in (\d+\.\d+) s/.test(scoring[0] ?? '') && Number(/in (\d+\.\d+) s/.exec(scoring[0])[1]) < 1)} |

Lighthouse, median run: first contentful paint ${(lh.fcp / 1000).toFixed(2)} s, largest contentful paint ${(lh.lcp / 1000).toFixed(2)} s, total blocking time ${lh.tbt.toFixed(0)} ms, cumulative layout shift ${lh.cls.toFixed(3)}${lh.failing.length ? `; audits not passed: ${lh.failing.join(', ')}` : ''}. The three runs' performance scores: ${reports.map((r) => r.performance).join(', ')}.

Cold loads (a new browser context each, no cache, no service worker, CPU slowed 4×, from a local server), medians: the widget paints its first screen at **${load.widget.fcp.toFixed(0)} ms** (the welcome screen rendered at build time) and is interactive at **${load.widget.tti.toFixed(0)} ms** (the app runs and answers the page's controls, which it keeps on a first visit, and the next frame is painted); the bare Yew app (\`tests/fixtures/bare-yew\`: a heading and a button, the same Yew and profile) paints at ${load.bare.fcp.toFixed(0)} ms and is interactive at ${load.bare.tti.toFixed(0)} ms (its first frame painted). Both taken in the page, by a script it runs before its own, without the test driver's script in the load.

| file of the first load | raw | gzip -9 | brotli 11 |
|---|---|---|---|
${sizes.map((s) => `| \`${s.file.replace(/-[0-9a-f]{16}/, '-…')}\` | ${kb(s.raw)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB |`).join('\n')}
| **total** | ${kb(total.raw)} KB | **${kb(total.gzip)} KB** | ${kb(total.brotli)} KB |
<!-- bench:end -->`;
const file = path.join(ROOT, 'BENCHMARKS.md');
const doc = fs.readFileSync(file, 'utf8');
const start = doc.indexOf('<!-- bench:start');
const end = doc.indexOf('<!-- bench:end -->');
const next = start >= 0 && end > start
  ? doc.slice(0, start) + section + doc.slice(end + '<!-- bench:end -->'.length)
  : doc.replace(/\n## /, `\n${section}\n\n## `);
fs.writeFileSync(file, next);
console.log(section);

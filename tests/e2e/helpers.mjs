// Shared by the end-to-end tests and the screenshot script: a static server for dist/, and the system Chromium.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.bin': 'application/octet-stream' };

/**
 * Serves `root` (dist/ unless said) on 127.0.0.1 on a free port, under `base` (a sub-path such as
 * '/outils/partenariat/'; anything outside it is not found), with `headers` added to each
 * response; with `gzip`, compressed (level 6, nginx's usual setting) for a browser that accepts
 * it, as a site serves it. Resolves to { origin, url (origin + base), close }.
 */
export function serve({ root = DIST, base = '/', headers = {}, gzip = false } = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run \`trunk build --release\` first`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(base)) { res.writeHead(404).end('not found'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(base.length - 1)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const type = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers };
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
      return;
    }
    res.writeHead(200, type);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const origin = `http://127.0.0.1:${port}`;
    resolve({ origin, url: origin + base, close: () => new Promise((r) => server.close(r)) });
  }));
}

/**
 * Serves `pages` ({ '/path': { body, type?, headers? } }) on a free port of 127.0.0.1. Resolves
 * to { origin, sameSite, close }: `origin` reaches it as `localhost`, another site than
 * 127.0.0.1, as a partner's site is (a browser may then refuse the widget its storage);
 * `sameSite` as 127.0.0.1, another origin of the same site.
 */
export function serveHost(pages) {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (!page) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...(page.headers ?? {}) });
    res.end(page.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ origin: `http://localhost:${port}`, sameSite: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
  }));
}

/** The Debian Chromium, headless, with the flags this machine needs (never a downloaded browser). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * Waits until the widget runs a screen (the wasm is loaded and running): `#app` loses its
 * `data-prerendu` as the app starts, and its first render (which keeps or replaces the page
 * painted at build time, and wires what it keeps) comes before the next frame, when this looks.
 */
export async function ready(page) {
  await page.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1', { timeout: 20000 });
}

export async function screen(page) {
  return page.getAttribute('.page', 'data-screen');
}

/** The id of the question shown (its fieldset's id), or null on another screen. */
export async function questionId(page) {
  return page.evaluate(() => document.querySelector('fieldset.question[id]')?.id ?? null);
}

/**
 * Answers the question shown, with the pointer, as a person would: `k` is the index of the
 * answer (0 to n - 1), 'dk' for « je ne sais pas », 'na' for « ne s'applique pas », or null to
 * move on without answering. A one-answer question moves on by itself; where several answers
 * may be chosen (checkboxes), one is ticked and « Suivant » pressed. Resolves, once the next
 * screen is shown, to [itemId, answer] as the answers file writes it (answer null if none).
 */
export async function answerQuestion(page, k) {
  const id = await questionId(page);
  const inputs = await page.$$('fieldset.question input');
  const n = inputs.length - 2; // the last two are « je ne sais pas » and « ne s'applique pas »
  let answer = null;
  if (k === null) {
    await page.click('#suivant');
  } else {
    const input = k === 'dk' ? inputs[n] : k === 'na' ? inputs[n + 1] : inputs[k];
    await input.click();
    const value = await input.getAttribute('value');
    const several = (await input.getAttribute('type')) === 'checkbox';
    answer = several && k !== 'dk' && k !== 'na' ? [value] : value;
    if (several) await page.click('#suivant');
    // A press lost to the page moving under the pointer: an embedded widget's host page scrolls
    // it into view on a new screen, from another process, and the press may land as it does (seen
    // once on a loaded machine). Then nothing is chosen, and it is pressed again; an answer chosen
    // that does not move on still fails below.
    const moved = () => page.waitForFunction((before) => document.querySelector('fieldset.question[id]')?.id !== before, id, { timeout: 5000 }).then(() => true, () => false);
    if (!several && !(await moved()) && !(await input.isChecked())) await input.click();
  }
  await page.waitForFunction((before) => document.querySelector('fieldset.question[id]')?.id !== before, id);
  await settled(page);
  return [id, answer];
}

/**
 * Waits until the address names the screen shown: the app writes the history entry (and saves,
 * and names the tab) once the new screen is painted, so Back right after a press may find the
 * entry not yet there, as no person pressing it would. (The saved state first, then the entry,
 * then the tab's title: src/ui/app.rs.) Fails, saying both, if they still differ after `timeout`.
 */
export async function settled(page, timeout = 30000) {
  // Whether they agree, or (`tell`) what each says.
  const where = (tell) => {
    const shown = document.querySelector('fieldset.question[id]')?.id ?? document.querySelector('.page')?.dataset.screen;
    const same = location.hash === `#/${shown}` || (shown === 'accueil' && location.hash === '');
    return tell ? { shown, hash: location.hash, same } : same;
  };
  await page.waitForFunction(where, false, { timeout }).catch(() => {});
  const { shown, hash, same } = await page.evaluate(where, true);
  if (!same) throw new Error(`the address ${hash || '(none)'} does not name the screen shown, ${shown}`);
}

/**
 * Answers every question of the path up to the review: `pick(index, answerCount)` gives `k` for
 * the index-th question (from 0) as in answerQuestion. Returns { itemId: answer } as the answers
 * file writes it.
 */
export async function answerAll(page, pick) {
  const chosen = {};
  for (let i = 0; i < 40; i++) {
    if (await screen(page) === 'verification') return chosen;
    const n = (await page.$$('fieldset.question input')).length - 2;
    const [id, answer] = await answerQuestion(page, pick(i, n));
    if (answer !== null) chosen[id] = answer;
  }
  throw new Error('the review never came');
}

/** Goes from the welcome screen to the first question, as `role` (an id) or with no role. */
export async function startQuestionnaire(page, role = null) {
  await page.click('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  if (role) await page.click(`#role-${role}`);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  await settled(page);
}

/** Scores an answers file with the native command (built by `cargo build --example score`) and returns its JSON report. */
export function score(answers, role = null) {
  const file = path.join(os.tmpdir(), `e2e-answers-${process.pid}-${Date.now()}-${Math.random()}.json`);
  fs.writeFileSync(file, JSON.stringify({ format: 'partenariat-reponses', version: 2, profile: role ? { role } : undefined, answers }));
  const bin = path.join(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'), 'debug', 'examples', 'score');
  return JSON.parse(execFileSync(bin, [file], { encoding: 'utf8' }));
}

export const DIMENSIONS = ['coordination', 'autorite', 'parents', 'methode'];

/**
 * A new page in its own context (nothing saved), at `viewport` (touch below 500 px wide), on
 * `url`, once the widget is running. Collects page errors and console errors in `errors`.
 */
export async function openPage(browser, origin, { viewport = { width: 1280, height: 900 }, url = '/' } = {}) {
  const context = await browser.newContext({ viewport, hasTouch: viewport.width < 500, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(origin + url);
  await ready(page);
  return { context, page, errors };
}

/** An answers file with every scale answer at its maximal practice but the parents' at the minimal one: the mean is maximal, the level retained intermédiaire. */
export function cappedFile(profile = { role: 'coordonnateur' }) {
  return {
    format: 'partenariat-reponses', version: 2, profile,
    answers: {
      'coordination-reponse': 'co-construction', 'coordination-actions': 'concue-ensemble', 'coordination-lien': 'coordination-relie',
      'coordination-culture': 'presupposes-ecrits', 'coordination-ressources': 'circulent',
      'autorite-decision': 'ensemble-terrain', 'autorite-portage': 'soutien-durable', 'autorite-information': 'regles-ecrites', 'autorite-competences': 'reparties',
      'parents-accompagnement': 'accord', 'parents-actions': 'invites', 'parents-regles': 'presentees',
      'methode-difficultes': 'reponse-inventee', 'methode-appreciation': 'chemin-parcouru', 'methode-institutions': 'nouvelles-reponses',
    },
  };
}

// Shared by the end-to-end tests and the screenshot script: a static server for dist/, and the system Chromium.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };

/** Serves dist/ on 127.0.0.1 on a free port. Resolves to { origin, close }. */
export function serve() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `trunk build --release` first');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
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

/** Waits until the widget has rendered a screen (the wasm is loaded and running). */
export async function ready(page) {
  await page.waitForSelector('.page[data-screen] main h1', { timeout: 20000 });
}

export async function screen(page) {
  return page.getAttribute('.page', 'data-screen');
}

/**
 * Answers every question of the current step by clicking: `pick(itemIndex, answerCount)` returns
 * the index of the radio to choose in each fieldset (the last radio is « je ne sais pas »).
 * A null pick leaves that question unanswered. Returns { itemId: answerId }.
 */
export async function answerStep(page, pick) {
  const chosen = {};
  const fieldsets = await page.$$('fieldset.question');
  for (const [i, fs] of fieldsets.entries()) {
    const radios = await fs.$$('input[type=radio]');
    const k = pick(i, radios.length);
    if (k === null) continue;
    await radios[k].click();
    chosen[await radios[k].getAttribute('name')] = await radios[k].getAttribute('value');
  }
  return chosen;
}

/** Goes from the welcome screen to the first step. */
export async function startQuestionnaire(page) {
  await page.click('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=coordination]');
}

export const STEPS = ['coordination', 'autorite', 'parents', 'methode'];

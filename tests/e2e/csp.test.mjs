// The built page under the strict Content-Security-Policy the build writes (scripts/csp.mjs): no violation from load to result, export, copy and English, alone, embedded, as a kiosk and in the room's screens; frame-ancestors keeps other sites out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, serveHost, launch, ready, startQuestionnaire, answerAll, DIST, ROOT } from './helpers.mjs';

const TIMEOUT = { timeout: 180000 };
let widget, host, browser, policy;
const pages = {};

/** The policy scripts/csp.mjs writes for the built index.html, framed by `ancestors`. */
function builtPolicy(ancestors) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
  fs.copyFileSync(path.join(DIST, 'index.html'), path.join(dir, 'index.html'));
  execFileSync('node', [path.join(ROOT, 'scripts', 'csp.mjs'), dir], { env: { ...process.env, PARTENARIAT_FRAME_ANCESTORS: ancestors, TRUNK_STAGING_DIR: '' } });
  return fs.readFileSync(path.join(dir, 'csp.txt'), 'utf8').trim();
}

before(async () => {
  host = await serveHost(pages);
  policy = builtPolicy(`'self' ${host.origin}`);
  widget = await serve({ headers: { 'content-security-policy': policy } });
  pages['/'] = { get body() { return `<!doctype html><html lang="fr"><title>Hôte</title><main><h1>Article</h1><div data-partenariat></div></main><script src="${widget.origin}/embed.js" defer></script>`; } };
  browser = await launch();
});
after(async () => { await browser?.close(); await widget?.close(); await host?.close(); });

/** A context whose every frame records the CSP violations it sees, in `window.violations`. */
async function watched() {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

test('the build writes the policy, with the hash of the one inline loader', () => {
  const written = fs.readFileSync(path.join(DIST, 'csp.txt'), 'utf8');
  assert.match(written, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'\n$/);
  assert.match(fs.readFileSync(path.join(DIST, 'nginx-csp.conf'), 'utf8'), /add_header Content-Security-Policy ".*" always;/);
  assert.match(fs.readFileSync(path.join(DIST, '.htaccess'), 'utf8'), /Header always set Content-Security-Policy ".*"/);
});

test('alone, under the policy: no violation from the welcome screen to the result, export, copy and English', TIMEOUT, async () => {
  const context = await watched();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(widget.origin + '/');
  await ready(page);
  await startQuestionnaire(page, 'parent');
  await answerAll(page, (i, n) => i % n);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  await Promise.all([page.waitForEvent('download'), page.click('#exporter')]);
  await page.click('#copier');
  await page.waitForSelector('#avis[data-notice^=lien]');
  await page.click('header button[lang=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded on a site that frame-ancestors lists: no violation; on another, the browser refuses the frame', TIMEOUT, async () => {
  const context = await watched();
  const page = await context.newPage();
  await page.goto(host.origin + '/');
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1', { timeout: 20000 });
  await startQuestionnaire(frame, 'parent');
  await answerAll(frame, (i, n) => i % n);
  await frame.click('#suivant');
  await frame.waitForSelector('.page[data-screen=resultat]');
  assert.deepEqual(await frame.evaluate(() => window.violations), []);
  // The same page on another origin (127.0.0.1 instead of localhost): not listed.
  const other = await context.newPage();
  await other.goto(host.sameSite + '/');
  const refused = await (await other.waitForSelector('iframe')).contentFrame();
  await other.waitForTimeout(1500);
  assert.equal(await refused.$('.page[data-screen]').catch(() => null), null, 'the widget is not shown in a frame of an unlisted site');
  await context.close();
});

test('as a kiosk and in the room\'s screens, under the policy: no violation from the welcome screen to the QR code, the facilitator\'s view and « mettre en commun »', TIMEOUT, async () => {
  const context = await watched();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(widget.origin + '/?mode=kiosk');
  await ready(page);
  await startQuestionnaire(page, 'parent');
  await answerAll(page, (i, n) => i % n);
  await page.click('#suivant');
  await page.waitForSelector('#qr svg');
  const link = await page.getAttribute('#qr', 'data-link');
  await page.click('#terminer');
  await page.waitForSelector('.page[data-screen=accueil]');
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'kiosk');
  await page.click('#espace-animateur');
  await page.waitForSelector('#code-encore');
  await page.fill('#code', '2468');
  await page.fill('#code-encore', '2468');
  await page.click('#ouvrir');
  await page.waitForSelector('#combien');
  await Promise.all([page.waitForEvent('download'), page.click('#exporter-csv')]);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'facilitator');
  await page.goto(widget.origin + '/?vue=ensemble');
  await page.waitForSelector('#liens');
  await page.fill('#liens', `${link}\n${link.replace(widget.origin, widget.origin)}`);
  await page.click('#ajouter-liens');
  await page.waitForSelector('.brought li');
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'mettre en commun');
  assert.deepEqual(errors, []);
  await context.close();
});

// Offline after the first load (the service worker scripts/sw.mjs writes): the widget and the kiosk work with the network cut; a new deploy replaces the cache cleanly and the page offers to reload; nothing of another origin is cached; off in a partner's page unless the host asks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serve, ready, startQuestionnaire, answerQuestion, answerAll, serveHost, DIST } from './helpers.mjs';

const TIMEOUT = { timeout: 180000 };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A copy of dist/ served on 127.0.0.1, so that a test can deploy a new version into it. */
async function deployment() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-'));
  fs.cpSync(DIST, root, { recursive: true });
  const { origin, close } = await serve({ root, headers: { 'cache-control': 'no-cache' } });
  return { root, origin, close };
}

/** Opens `url` and waits until the service worker controls the page (a second load). */
async function controlled(page, url) {
  await page.goto(url);
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the page is controlled');
}

test('with the network cut after the first load, the questionnaire and the kiosk still work', TIMEOUT, async () => {
  const site = await deployment();
  const context = await browser.newContext();
  const page = await context.newPage();
  await controlled(page, `${site.origin}/?mode=kiosk`);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'accueil');
  await startQuestionnaire(page, 'parent');
  await answerAll(page, (i, n) => i % n);
  await page.click('#suivant');
  await page.waitForSelector('#qr svg');
  await page.goto(`${site.origin}/`);
  await ready(page);
  await startQuestionnaire(page, 'ecole');
  await answerQuestion(page, 0);
  const keys = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat());
  assert.ok(keys.length > 4 && keys.every((u) => u.startsWith(site.origin)), `only this origin's files: ${keys.join(' ')}`);
  await context.close();
  await site.close();
});

test('a new deploy is offered as a reload (or put off until the next load), and replaces the cache cleanly', TIMEOUT, async () => {
  const site = await deployment();
  const context = await browser.newContext();
  const page = await context.newPage();
  await controlled(page, `${site.origin}/`);
  const before = await page.evaluate(async () => caches.keys());
  // A deploy: new contents, so a new worker (sw.mjs names the cache after the files' hash).
  const sw = path.join(site.root, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = "partenariat-[0-9a-f]{16}"/, 'const VERSION = "partenariat-0000000000000001"'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('#mise-a-jour[role=status]', { timeout: 20000 });
  assert.match(await page.textContent('#mise-a-jour'), /nouvelle version/);
  // « Plus tard » puts it away; the next load offers it again.
  await page.click('#plus-tard');
  assert.equal(await page.$('#mise-a-jour'), null);
  await page.reload();
  await ready(page);
  await page.waitForSelector('#mise-a-jour[role=status]', { timeout: 20000 });
  await Promise.all([page.waitForEvent('load'), page.click('#recharger')]);
  await ready(page);
  const after = await page.evaluate(async () => caches.keys());
  assert.deepEqual(after, ['partenariat-0000000000000001'], `the old cache is gone (${before} → ${after})`);
  await context.close();
  await site.close();
});

test('in a partner\'s page, no offline cache unless the host asks for it', TIMEOUT, async () => {
  // The widget in another site's frame: whether the browser then allows a worker at all is its
  // own choice (this Chromium refuses); what the widget decides is whether it asks.
  const site = await deployment();
  const pages = {};
  const host = await serveHost(pages);
  pages['/'] = { body: `<!doctype html><html lang="fr"><title>Hôte</title><div data-partenariat></div><script src="${site.origin}/embed.js" defer></script>` };
  pages['/hors-ligne'] = { body: `<!doctype html><html lang="fr"><title>Hôte</title><div data-partenariat data-hors-ligne="oui"></div><script src="${site.origin}/embed.js" defer></script>` };
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [url, asks] of [['/', false], ['/hors-ligne', true]]) {
    const registering = [];
    context.on('request', (r) => { if (/\/offline\.js$/.test(r.url())) registering.push(url); });
    await page.goto(host.origin + url);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1', { timeout: 20000 });
    // The registration waits for the page to be idle, 2 s at most.
    await page.waitForTimeout(3000);
    assert.equal(registering.includes(url), asks, `${url}: the widget ${asks ? 'asks' : 'does not ask'} for a worker`);
  }
  await context.close();
  await host.close();
  await site.close();
});

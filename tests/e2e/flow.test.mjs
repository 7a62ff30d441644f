// End-to-end: the release bundle in headless Chromium, driven like a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, ready, screen, answerStep, startQuestionnaire, STEPS, ROOT } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function fresh(url = '/') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.origin + url);
  await ready(page);
  return { context, page, errors };
}

/** Scores an answers file with the native command and returns its JSON report. */
function score(answers) {
  const file = path.join(os.tmpdir(), `e2e-answers-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify({ format: 'partenariat-reponses', version: 1, answers }));
  const bin = path.join(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'), 'debug', 'examples', 'score');
  return JSON.parse(execFileSync(bin, [file], { encoding: 'utf8' }));
}

test('keyboard only: answer everything, reach the result, and find the level the core gives', async () => {
  const { context, page, errors } = await fresh();
  const chosen = {};
  // Tab until a given element has focus, then press a key.
  async function tabTo(selector, key = 'Enter') {
    for (let n = 0; n < 200; n++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) { await page.keyboard.press(key); return; }
    }
    throw new Error(`could not reach ${selector} with Tab`);
  }
  await tabTo('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  await tabTo('#suivant');
  for (const [s, step] of STEPS.entries()) {
    await page.waitForSelector(`.page[data-screen=${step}]`);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new heading');
    const count = await page.$$eval('fieldset.question', (f) => f.length);
    for (let done = 0; done < count;) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (el?.type !== 'radio') return null;
        return { name: el.name, total: el.closest('fieldset').querySelectorAll('input[type=radio]').length };
      });
      if (!focused || chosen[focused.name]) continue;
      // Arrow keys move the choice within a radio group; a few answers per step are « je ne sais pas ».
      const target = (done + s) % focused.total;
      if (target === 0) await page.keyboard.press('Space');
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      const value = await page.evaluate(() => document.activeElement.value);
      chosen[focused.name] = value;
      done++;
    }
    await tabTo('#suivant');
  }
  await page.waitForSelector('.page[data-screen=verification]');
  await tabTo('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  const level = await page.getAttribute('#niveau', 'data-level');
  const report = score(chosen);
  assert.equal(level, report.overall.placement.level ?? 'insuffisant', 'the page shows the level the core computes');
  for (const d of report.dimensions) {
    const shown = await page.getAttribute(`#dimension-${d.dimension}`, 'data-level');
    assert.equal(shown, d.placement.level ?? 'insuffisant', d.dimension);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('reload half-way and resume where you were, answers intact', async () => {
  const { context, page } = await fresh();
  await startQuestionnaire(page);
  await answerStep(page, (i, n) => i % (n - 1));
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=autorite]');
  const partial = await answerStep(page, (i, n) => (i < 2 ? n - 2 : null));
  const before = await page.textContent('#progression');
  await page.reload();
  await ready(page);
  assert.equal(await screen(page), 'autorite');
  assert.equal(await page.textContent('#progression'), before);
  for (const [item, answer] of Object.entries(partial)) {
    assert.ok(await page.isChecked(`input[name="${item}"][value="${answer}"]`), `${item} is still ${answer}`);
  }
  await context.close();
});

test('?lang=en selects English at load; switching keeps the answers and <html lang> follows', async () => {
  const { context, page } = await fresh('/?lang=en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('#commencer'), /Start/);
  await startQuestionnaire(page);
  const chosen = await answerStep(page, () => 1);
  await page.click('header button[lang=fr]');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.match(await page.textContent('main h1'), /Coordination/);
  for (const [item, answer] of Object.entries(chosen)) {
    assert.ok(await page.isChecked(`input[name="${item}"][value="${answer}"]`));
  }
  assert.match(await page.textContent('#progression'), /Réponses/);
  await context.close();
});

test('a corrupted saved state gives a clear notice, never a crash', async () => {
  const { context, page, errors } = await fresh();
  await page.evaluate(() => localStorage.setItem('partenariat.etat', '{"version":1,"language":"fr","screen":"methode","answers":{"format":"partenariat-reponses","version":1,"answers":{"inconnue":"x"}}}'));
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('.notice'), /n'ont pas pu être relues/);
  assert.equal(await screen(page), 'accueil');
  assert.equal(await page.$('#plantage'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('import a file: a good one lands on the review, a bad one is refused and changes nothing', async () => {
  const { context, page } = await fresh();
  const item = 'coordination-demande';
  await page.setInputFiles('#importer', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"partenariat-reponses","version":99,"answers":{}}') });
  await page.waitForSelector('.notice-warning');
  assert.match(await page.textContent('.notice'), /autre version/);
  assert.equal(await screen(page), 'accueil');
  const good = { format: 'partenariat-reponses', version: 1, profile: { role: 'caf' }, answers: { [item]: 'co-construction' } };
  await page.setInputFiles('#importer', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await page.waitForSelector('.page[data-screen=verification]');
  assert.match(await page.textContent('#progression'), /Réponses : 1 sur/);
  await context.close();
});

test('export gives back a versioned answers file with what was answered', async () => {
  const { context, page } = await fresh();
  await startQuestionnaire(page);
  const chosen = await answerStep(page, (i, n) => n - 2);
  await page.click('#suivant');
  await page.click('#suivant');
  await page.click('#suivant');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=verification]');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exporter')]);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(file.format, 'partenariat-reponses');
  assert.equal(file.version, 1);
  assert.deepEqual(file.answers, chosen);
  await context.close();
});

test('the page asks nothing of any other origin, from load to result', async () => {
  const { context, page } = await fresh();
  const outside = [];
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u); });
  await page.reload();
  await ready(page);
  await startQuestionnaire(page);
  for (const step of STEPS) {
    await page.waitForSelector(`.page[data-screen=${step}]`);
    await answerStep(page, () => 0);
    await page.click('#suivant');
  }
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.deepEqual(outside, []);
  await context.close();
});

test('usable at 320 px wide: no screen scrolls sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await ready(page);
  const wide = async () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(await wide() <= 0, 'welcome');
  await startQuestionnaire(page);
  for (const step of STEPS) {
    await page.waitForSelector(`.page[data-screen=${step}]`);
    assert.ok(await wide() <= 0, step);
    await answerStep(page, (i, n) => i % n);
    await page.click('#suivant');
  }
  assert.ok(await wide() <= 0, 'review');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.ok(await wide() <= 0, 'result');
  await context.close();
});

test('the crash screen\'s fresh-start link (?effacer=1) erases the answers once, then leaves the address clean', async () => {
  const { context, page } = await fresh();
  await startQuestionnaire(page);
  await answerStep(page, () => 0);
  assert.match(await page.textContent('#progression'), /Réponses : [1-9]/);
  await page.goto(server.origin + '/?effacer=1');
  await ready(page);
  assert.match(await page.textContent('.notice'), /effacées/);
  assert.equal(new URL(page.url()).search, '', 'the parameter is dropped, so a reload does not erase again');
  await page.click('#commencer');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=coordination]');
  assert.match(await page.textContent('#progression'), /Réponses : 0 sur/);
  await context.close();
});

test('English is fetched only when chosen; if it cannot be, a notice says so and nothing is lost', async () => {
  const { context, page } = await fresh();
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('.bin')) fetched.push(r.url()); });
  await startQuestionnaire(page);
  const chosen = await answerStep(page, () => 2);
  assert.deepEqual(fetched, [], 'a French visit does not download English');
  await page.route('**/questionnaire-en.bin', (route) => route.abort());
  await page.click('header button[lang=en]');
  await page.waitForSelector('.notice-warning');
  assert.match(await page.textContent('.notice'), /version anglaise/);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.unroute('**/questionnaire-en.bin');
  await page.click('header button[lang=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('main h1'), /Coordination/);
  for (const [item, answer] of Object.entries(chosen)) {
    assert.ok(await page.isChecked(`input[name="${item}"][value="${answer}"]`));
  }
  assert.equal(fetched.length, 2);
  await context.close();
});

test('when the browser refuses to keep the answers, a notice says so and the questionnaire goes on', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.origin + '/');
  await ready(page);
  await page.waitForSelector('.notice-warning');
  assert.match(await page.textContent('.notice'), /ne permet pas de garder vos réponses/);
  await startQuestionnaire(page);
  await answerStep(page, () => 1);
  assert.match(await page.textContent('#progression'), /Réponses : 6 sur/);
  assert.deepEqual(errors, []);
  await context.close();
});

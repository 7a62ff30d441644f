// End-to-end: the release bundle in headless Chromium, driven like a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, ready, screen, questionId, answerQuestion, answerAll, startQuestionnaire, score, openPage, DIMENSIONS, settled } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const TIMEOUT = { timeout: 120000 };

const fresh = (url = '/', viewport = { width: 1280, height: 900 }) => openPage(browser, server.origin, { url, viewport });

/** The levels the page shows: overall and by dimension. */
async function shownLevels(page) {
  const overall = await page.getAttribute('#niveau', 'data-level');
  const dims = {};
  for (const d of DIMENSIONS) dims[d] = await page.getAttribute(`#dimension-${d}`, 'data-level');
  return { overall, dims };
}

/** The same levels from the core's report, in the page's words for « no level ». */
function reportLevels(report) {
  const word = (p) => p.level ?? { 'not-enough': 'pas-assez', 'not-applicable': 'sans-objet', 'not-asked': 'non-demande' }[p.status];
  const dims = {};
  for (const d of report.dimensions) dims[d.dimension] = word(d.placement);
  return { overall: word(report.overall.placement), dims };
}

test('keyboard only: answer every question, reach the result, and find the level the core gives', TIMEOUT, async () => {
  const { context, page, errors } = await fresh();
  // Tab until an element matching `selector` has focus (at most 300 presses), then press `key`.
  async function tabTo(selector, key = 'Enter') {
    for (let n = 0; n < 300; n++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) { await page.keyboard.press(key); return; }
    }
    throw new Error(`could not reach ${selector} with Tab`);
  }
  await tabTo('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  await tabTo('#suivant');
  const chosen = {};
  for (let q = 0; q < 40; q++) {
    await page.waitForFunction(() => ['question', 'verification'].includes(document.querySelector('.page')?.dataset.screen));
    if (await screen(page) === 'verification') break;
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the question, the heading');
    const id = await questionId(page);
    // Tab to the group's first input; arrows move within a radio group (and do not move on:
    // only a pointer choice does), Space ticks a checkbox.
    for (let n = 0; n < 60; n++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => ({ name: document.activeElement?.name, type: document.activeElement?.type }));
      if (at.name !== id) continue;
      const target = q % 3;
      if (at.type === 'radio') {
        await page.keyboard.press('Space');
        for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
        chosen[id] = await page.evaluate(() => document.activeElement.value);
      } else {
        for (let k = 0; k < target; k++) await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        chosen[id] = [await page.evaluate(() => document.activeElement.value)];
      }
      break;
    }
    assert.ok(chosen[id], `${id} was reached with the keyboard`);
    assert.equal(await questionId(page), id, 'a keyboard choice does not move on by itself');
    // Enter on the chosen answer moves on, as « Suivant » does.
    await page.keyboard.press('Enter');
    await page.waitForFunction((before) => document.querySelector('fieldset.question[id]')?.id !== before, id);
  }
  await page.waitForSelector('.page[data-screen=verification]');
  await tabTo('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.deepEqual(await shownLevels(page), reportLevels(score(chosen)), 'the page shows the levels the core computes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a parent goes through the parent path and gets a plain result', TIMEOUT, async () => {
  const { context, page, errors } = await fresh();
  await startQuestionnaire(page, 'parent');
  assert.match(await page.textContent('.progress-step'), /Ensemble autour de votre enfant/);
  assert.match(await page.textContent('#progression'), /Question 1 sur 9/);
  const chosen = await answerAll(page, (i, n) => (i + 1) % n);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.deepEqual(await shownLevels(page), reportLevels(score(chosen, 'parent')));
  assert.notEqual(await page.getAttribute('#niveau', 'data-level'), 'pas-assez', 'a parent who answers gets a level');
  const text = await page.textContent('main');
  assert.match(text, /Il y a trois façons de travailler ensemble/);
  for (const jargon of ['Encadré', 'Cura', 'épreuve', 'dispositif']) assert.ok(!text.includes(jargon), `« ${jargon} » in a parent's result`);
  assert.equal(await page.$('#cas-proche'), null, 'no reference case for a parent');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a professional (a collège) gets a result from the questions of that role only', TIMEOUT, async () => {
  const { context, page, errors } = await fresh();
  await startQuestionnaire(page, 'etablissement-second-degre');
  const chosen = await answerAll(page, (i, n) => (i === 2 ? 'dk' : i % n));
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  const report = score(chosen, 'etablissement-second-degre');
  assert.deepEqual(await shownLevels(page), reportLevels(report));
  assert.notEqual(report.overall.placement.level, null);
  assert.match(await page.textContent('main'), /Réponses données en tant que\s:\sCollège ou lycée/);
  assert.ok(await page.$('#inconnu'), '« je ne sais pas » is reported as a finding');
  assert.deepEqual(errors, []);
  await context.close();
});

test('?lang=en selects English at load; switching keeps the answers and <html lang> follows', TIMEOUT, async () => {
  const { context, page } = await fresh('/?lang=en');
  // The French welcome stays until the English file has arrived (tests/e2e/prerender.test.mjs).
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('#commencer'), /Start/);
  await startQuestionnaire(page);
  const [item, answer] = await answerQuestion(page, 1);
  await page.goBack();
  await page.waitForSelector(`fieldset#${item}`);
  await page.click('header button[lang=fr]');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.match(await page.textContent('.progress-step'), /Coordination/);
  assert.ok(await page.isChecked(`input[name="${item}"][value="${answer}"]`), 'the answer is kept');
  assert.match(await page.textContent('#progression'), /Question 1 sur/);
  await context.close();
});

/**
 * A fresh page on its first question, its first answer chosen, and no frame to come any more: the
 * save that waits for the next frame (src/ui/app.rs, `after_paint`) is left to the page's leaving
 * or hiding. Returns the page and the question's id.
 */
async function answeredWithoutAFrame() {
  const opened = await fresh();
  await startQuestionnaire(opened.page);
  const first = await questionId(opened.page);
  await opened.page.evaluate(() => { window.requestAnimationFrame = () => 0; });
  await opened.page.click('fieldset.question input');
  return { ...opened, first };
}

test('an answer chosen just before the page is left is kept, though it is saved after the next frame', TIMEOUT, async () => {
  const { context, page, errors, first } = await answeredWithoutAFrame();
  await page.reload();
  await ready(page);
  assert.notEqual(await questionId(page), first, 'the reload resumes after the answered question');
  assert.equal(await page.getAttribute('#avis', 'data-notice'), 'reprise');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer chosen just before the page is hidden is saved as it hides (a phone may then discard it without pagehide)', TIMEOUT, async () => {
  const { context, page, errors, first } = await answeredWithoutAFrame();
  const saved = () => page.evaluate((id) => JSON.parse(localStorage.getItem('partenariat.etat')).answers.answers[id] ?? null, first);
  assert.equal(await saved(), null, 'not saved yet: no frame has come');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.notEqual(await saved(), null, 'saved as the page hides');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupted saved state gives a clear notice, never a crash', TIMEOUT, async () => {
  const { context, page, errors } = await fresh();
  await page.evaluate(() => localStorage.setItem('partenariat.etat', '{"version":2,"language":"fr","screen":"methode","answers":{"format":"partenariat-reponses","version":2,"answers":{"inconnue":"x"}}}'));
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('.notice'), /n'ont pas pu être relues/);
  assert.equal(await screen(page), 'accueil');
  assert.equal(await page.$('#plantage'), null);
  assert.equal(await page.evaluate(() => document.querySelector('h1').nextElementSibling?.id), 'avis', 'the notice is read right after the heading');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved state of the first version is carried over and says what to answer again', TIMEOUT, async () => {
  const { context, page, errors } = await fresh();
  const v1 = fs.readFileSync(new URL('../fixtures/v1/etat-enregistre.json', import.meta.url), 'utf8');
  await page.evaluate((s) => localStorage.setItem('partenariat.etat', s), v1);
  await page.reload();
  await ready(page);
  assert.equal(await screen(page), 'verification');
  assert.match(await page.textContent('.notice'), /Le questionnaire a changé depuis vos dernières réponses\. 3 réponses ont été reprises/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('import a file: a good one lands on the review, a bad one is refused and changes nothing', TIMEOUT, async () => {
  const { context, page } = await fresh();
  await page.setInputFiles('#importer', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"partenariat-reponses","version":99,"answers":{}}') });
  await page.waitForSelector('.notice-warning');
  assert.match(await page.textContent('.notice'), /autre version/);
  assert.equal(await screen(page), 'accueil');
  assert.ok(await page.$('.import #avis'), 'the refusal is shown next to the import');
  await page.setInputFiles('#importer', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(300 * 1024, 32) });
  await page.waitForFunction(() => /plus de \d+ octets/.test(document.querySelector('#avis')?.textContent ?? ''));
  await page.setInputFiles('#importer', { name: 'utf16.json', mimeType: 'application/json', buffer: Buffer.from('\ufeff{"format":"partenariat-reponses"}', 'utf16le') });
  await page.waitForFunction(() => /UTF-16/.test(document.querySelector('#avis')?.textContent ?? ''));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'avis', 'and takes focus');
  const good = { format: 'partenariat-reponses', version: 2, profile: { role: 'caf' }, answers: { 'coordination-actions': 'concue-ensemble', 'parents-soin': ['veiller', 'traiter'] } };
  await page.setInputFiles('#importer', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from('\ufeff' + JSON.stringify(good)) });
  await page.waitForSelector('.page[data-screen=verification]');
  assert.match(await page.textContent('#verif-bilan'), /Questions avec une réponse \(«\sje ne sais pas\s» compris\)\s:\s2 sur/);
  assert.equal(await page.$$eval('.summary-row[data-answer=pratique]', (r) => r.length), 2);
  await context.close();
});

test('export gives back a versioned answers file with what was answered', TIMEOUT, async () => {
  const { context, page } = await fresh();
  await page.click('#commencer');
  await page.click('#role-association');
  await page.click('#preciser summary');
  await page.fill('#partenariat', 'PRE de Longuenesse');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  const chosen = await answerAll(page, (i, n) => (i === 1 ? 'na' : n - 1));
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exporter')]);
  assert.match(download.suggestedFilename(), /^partenariat-reponses-pre-de-longuenesse-\d{4}-\d\d-\d\d\.json$/);
  await page.waitForSelector('#avis[data-notice=enregistre]');
  assert.ok((await page.textContent('#avis')).includes(download.suggestedFilename()), 'the file is named where the button is');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'avis');
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(file.format, 'partenariat-reponses');
  assert.equal(file.version, 2);
  assert.equal(file.profile.role, 'association');
  assert.deepEqual(file.answers, chosen);
  assert.equal(file.profile.partnership, 'PRE de Longuenesse');
  await context.close();
});

test('the page asks nothing of any other origin, from load to result', TIMEOUT, async () => {
  const { context, page } = await fresh();
  const outside = [];
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u); });
  await page.reload();
  await ready(page);
  await startQuestionnaire(page);
  await answerAll(page, () => 0);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.deepEqual(outside, []);
  await context.close();
});

test('usable at 320 px wide: no screen scrolls sideways', TIMEOUT, async () => {
  const { context, page } = await fresh('/', { width: 320, height: 640 });
  const wide = async () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(await wide() <= 0, 'welcome');
  await startQuestionnaire(page);
  for (let i = 0; i < 40 && await screen(page) === 'question'; i++) {
    assert.ok(await wide() <= 0, await questionId(page));
    const n = (await page.$$('fieldset.question input')).length - 2;
    await answerQuestion(page, i % n);
  }
  assert.ok(await wide() <= 0, 'review');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.ok(await wide() <= 0, 'result');
  await context.close();
});

test('a result without enough answers links to exactly the questions it needs, and each opens and comes back', TIMEOUT, async () => {
  const { context, page } = await fresh();
  await startQuestionnaire(page, 'caf');
  await answerAll(page, () => null);
  await page.click('#suivant');
  await page.waitForSelector('#niveau[data-level=pas-assez]');
  const links = await page.$$eval('#contenu .item-links button', (b) => b.map((x) => x.dataset.item));
  assert.ok(links.length > 0, 'the questions are listed');
  await page.click(`.item-links button[data-item="${links[0]}"]`);
  await page.waitForSelector(`fieldset#${links[0]}`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'titre-ecran', 'the question, its heading, has focus');
  assert.equal(await page.textContent('#suivant'), 'Revenir au résultat');
  // A keyboard choice stays; the way back is one button.
  await page.focus(`fieldset#${links[0]} input[id$="je-ne-sais-pas"]`);
  await page.keyboard.press('Space');
  await page.waitForFunction((id) => document.querySelector(`fieldset#${id} input:checked`), links[0]);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  // Back on the result, the keyboard is at that question's link, or on the heading when the
  // question is now only named among those to ask about (« je ne sais pas »): never dropped.
  await settled(page);
  const at = await page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement.dataset.item ?? document.activeElement.id));
  assert.ok([links[0], 'titre-ecran'].includes(at), `the keyboard on the question's link or the heading, not on ${at}`);
  await context.close();
});

test('the crash screen\'s fresh-start link (?effacer=1) erases the answers once, then leaves the address clean', TIMEOUT, async () => {
  const { context, page } = await fresh();
  await startQuestionnaire(page);
  await answerQuestion(page, 0);
  assert.match(await page.textContent('#progression'), /Question 2 sur/);
  await page.goto(server.origin + '/?effacer=1');
  await ready(page);
  assert.match(await page.textContent('.notice'), /effacées/);
  assert.equal(new URL(page.url()).search, '', 'the parameter is dropped, so a reload does not erase again');
  await startQuestionnaire(page);
  assert.equal(await page.$$eval('input:checked', (c) => c.length), 0, 'nothing answered any more');
  await context.close();
});

test('?effacer=1 keeps the address\'s fragment: « Commencer » pressed before the app ran still opens the profile', TIMEOUT, async () => {
  const { context, page } = await fresh();
  await startQuestionnaire(page);
  await answerQuestion(page, 0);
  await page.goto(server.origin + '/?effacer=1#/profil');
  await ready(page);
  await page.waitForSelector('.page[data-screen=profil]');
  assert.equal(new URL(page.url()).search, '', 'the parameter is dropped');
  assert.equal(new URL(page.url()).hash, '#/profil');
  assert.equal(await page.$$eval('input:checked', (c) => c.length), 0, 'nothing answered any more');
  await context.close();
});

test('English is fetched only when chosen; if it cannot be, a notice says so and nothing is lost', TIMEOUT, async () => {
  const { context, page } = await fresh();
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('.bin')) fetched.push(r.url()); });
  await startQuestionnaire(page);
  const [item, answer] = await answerQuestion(page, 2);
  await page.goBack();
  await page.waitForSelector(`fieldset#${item}`);
  assert.deepEqual(fetched, [], 'a French visit does not download English');
  await page.route('**/questionnaire-en.bin', (route) => route.abort());
  await page.click('header button[lang=en]');
  await page.waitForSelector('.notice-warning');
  assert.match(await page.textContent('.notice'), /version anglaise/);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.unroute('**/questionnaire-en.bin');
  await page.click('header button[lang=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('.progress-step'), /Coordination/);
  assert.ok(await page.isChecked(`input[name="${item}"][value="${answer}"]`));
  assert.equal(fetched.length, 2);
  await context.close();
});

test('when the browser refuses to keep the answers, a notice says so and the questionnaire goes on', TIMEOUT, async () => {
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
  assert.match(await page.textContent('.notice'), /ne peut pas garder vos réponses/);
  await startQuestionnaire(page);
  await answerQuestion(page, 1);
  assert.match(await page.textContent('.notice'), /ne peut pas garder vos réponses/, 'said on every screen');
  assert.match(await page.textContent('#progression'), /Question 2 sur/);
  assert.deepEqual(errors, []);
  await context.close();
});

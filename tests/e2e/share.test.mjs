// Share links: a result travels in the address's fragment, opens read-only on another device, can be taken over, and a damaged link changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, launch, ready, openPage, startQuestionnaire, answerQuestion, cappedFile } from './helpers.mjs';

const TIMEOUT = { timeout: 120000 };
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page showing the result of the capped answers file, imported. */
async function resultOf(file, options = {}) {
  const opened = await openPage(browser, server.origin, options);
  await opened.page.setInputFiles('#importer', { name: 'reponses.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await opened.page.waitForSelector('.page[data-screen=verification]');
  await opened.page.click('#suivant');
  await opened.page.waitForSelector('.page[data-screen=resultat]');
  return opened;
}

test('a result shared by its link opens read-only on another device, survives a reload, and can be taken over', TIMEOUT, async () => {
  const file = cappedFile({ role: 'coordonnateur', partnership: 'PRE des Hauts' });
  const mine = await resultOf(file);
  const link = await mine.page.inputValue('#lien');
  assert.ok(link.startsWith(`${server.origin}/#/partage/`), link);
  assert.ok(link.length < 160, `short enough for a QR code: ${link.length}`);
  const level = await mine.page.getAttribute('#niveau', 'data-level');
  await mine.context.close();

  // Another device: nothing saved there.
  const other = await browser.newContext();
  const page = await other.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(link);
  await ready(page);
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'partage');
  assert.match(await page.textContent('h1'), /reçu par un lien/);
  assert.equal(await page.getAttribute('#niveau', 'data-level'), level, 'the same level as the sender\'s');
  assert.match(await page.textContent('.result-body'), /PRE des Hauts/);
  assert.equal(await page.$('#modifier'), null, 'read only: no « Modifier »');
  assert.equal(await page.$('.result-body button'), null, 'no question to open');
  assert.equal(await page.$('#partage-remplace'), null, 'nothing of the reader\'s own to replace');
  assert.ok(requested.every((u) => !u.includes('partage')), 'the fragment is never sent');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'partage', 'a reload shows it again');
  await page.click('#reprendre-partage');
  await page.waitForSelector('.page[data-screen=verification]');
  assert.equal(await page.evaluate(() => location.hash), '#/verification', 'the address no longer carries the link');
  assert.equal(await page.getAttribute('#avis', 'data-notice'), 'lien-repris', 'said as taken from a link, not as a file imported');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.equal(await page.getAttribute('#niveau', 'data-level'), level);
  await other.close();
});

test('closing a shared result goes back to one\'s own answers, untouched', TIMEOUT, async () => {
  const sender = await resultOf(cappedFile());
  const link = await sender.page.inputValue('#lien');
  await sender.context.close();
  const { context, page } = await openPage(browser, server.origin);
  await startQuestionnaire(page, 'parent');
  const [id, answer] = await answerQuestion(page, 0);
  await page.goto(link);
  await ready(page);
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'partage');
  assert.ok(await page.$('#partage-remplace'), 'says that taking it over replaces the reader\'s answers');
  await page.click('#fermer-partage');
  await page.waitForFunction(() => document.querySelector('.page')?.dataset.screen !== 'partage');
  // The keyboard goes to the heading once the screen is drawn, in a task of its own.
  await page.waitForFunction(() => document.activeElement?.id === 'titre-ecran', null, { timeout: 2000 });
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('partenariat.etat')));
  assert.equal(saved.answers.answers[id], answer, 'the reader\'s own answer is still there');
  assert.equal(saved.answers.profile.role, 'parent');
  await context.close();
});

test('Back from a share link pasted into the open page goes back to one\'s own question', TIMEOUT, async () => {
  const sender = await resultOf(cappedFile());
  const link = await sender.page.inputValue('#lien');
  await sender.context.close();
  const { context, page, errors } = await openPage(browser, server.origin);
  await startQuestionnaire(page, 'parent');
  await answerQuestion(page, 0);
  const mine = await page.getAttribute('fieldset.question[id]', 'id');
  await page.goto(link);
  await page.waitForSelector('.page[data-screen=partage]');
  await page.goBack();
  await page.waitForSelector(`.page[data-screen=question] fieldset#${mine}`);
  await page.waitForFunction(() => document.activeElement?.id === 'titre-ecran');
  assert.equal(await page.evaluate(() => location.hash), `#/${mine}`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [label, fragment, notice] of [
  ['a damaged link', '#/partage/AQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'lien-refuse'],
  ['a link cut short', '#/partage/AQ', 'lien-refuse'],
  ['a link that is not base64', '#/partage/<script>', 'lien-refuse'],
]) {
  test(`${label} gives a notice and changes nothing`, TIMEOUT, async () => {
    const { context, page, errors } = await openPage(browser, server.origin);
    await startQuestionnaire(page, 'parent');
    const [id, answer] = await answerQuestion(page, 1);
    await page.goto(`${server.origin}/${fragment}`);
    await ready(page);
    await page.waitForSelector(`#avis[data-notice=${notice}]`);
    assert.match(await page.textContent('#avis'), /n'a pas pu être lu/);
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('partenariat.etat')));
    assert.equal(saved.answers.answers[id], answer, 'nothing else is lost');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('« Copier le lien » copies it, or selects it when the browser will not', TIMEOUT, async () => {
  const { context, page } = await resultOf(cappedFile());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.click('#copier');
  await page.waitForSelector('#avis[data-notice=lien-copie]');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#lien'));
  // A browser that refuses (a frame without the right, say).
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('no', 'NotAllowedError')); });
  await page.click('#copier');
  await page.waitForSelector('#avis[data-notice=lien-a-copier]');
  const selection = await page.evaluate(() => {
    const input = document.activeElement;
    return { id: input.id, whole: input.selectionStart === 0 && input.selectionEnd === input.value.length };
  });
  assert.deepEqual(selection, { id: 'lien', whole: true });
  await context.close();
});

// « Rassembler les résultats des partenaires »: three partners' results, brought by links and a file, put together on one screen with the combined picture the native command computes; bad links and foreign files are refused with a message and change nothing; free text stays text; an earlier result beside today's says what moved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, launch, ready, openPage, startQuestionnaire, answerAll, cappedFile, ROOT } from './helpers.mjs';

const TIMEOUT = { timeout: 240000 };
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Answers a whole path in the widget as `role`, picking with `pick`; resolves to the result's share link and its answers file. */
async function respondent(role, pick) {
  const { context, page } = await openPage(browser, server.origin);
  await startQuestionnaire(page, role);
  await answerAll(page, pick);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  const link = await page.inputValue('#lien');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exporter')]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-')), `${role}.json`);
  fs.copyFileSync(await download.path(), file);
  await context.close();
  return { link, file };
}

/** A page showing the result of an answers file, imported on the welcome screen. */
async function resultOf(file) {
  const opened = await openPage(browser, server.origin);
  await opened.page.setInputFiles('#importer', { name: 'reponses.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await opened.page.waitForSelector('.page[data-screen=verification]');
  await opened.page.click('#suivant');
  await opened.page.waitForSelector('.page[data-screen=resultat]');
  return opened;
}

/** The combined picture the native command computes for these files (in this order). */
function native(files) {
  const bin = path.join(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'), 'debug', 'examples', 'score');
  return JSON.parse(execFileSync(bin, ['--ensemble', ...files], { encoding: 'utf8' }));
}

const shown = (id) => ({ 'non-su': 'inconnu' }[id] ?? id);

/** The table as drawn: per row, each partner's level id then the « Ensemble » one. */
async function table(page) {
  return page.$$eval('#commun-tableau tbody tr', (rows) => Object.fromEntries(rows.map((r) => [r.dataset.row, [...r.querySelectorAll('td')].map((td) => td.dataset.level)])));
}

test('three partners brought by two links and a file are put together as the native command puts them', TIMEOUT, async () => {
  const coordinator = await (async () => {
    const { context, page } = await resultOf(cappedFile({ role: 'coordonnateur', partnership: 'PRE des Hauts' }));
    const link = await page.inputValue('#lien');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exporter')]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-')), 'coordonnateur.json');
    fs.copyFileSync(await download.path(), file);
    await context.close();
    return { link, file };
  })();
  const school = await respondent('ecole', (i, n) => i % n);
  const parent = await respondent('parent', () => 0);

  const { context, page, errors } = await openPage(browser, server.origin, { url: '/?vue=ensemble' });
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'ensemble');
  assert.equal(await page.$('#commun-tableau'), null, 'no table before two results');
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.fill('#liens', `${coordinator.link}\n${school.link}\n`);
  await page.click('#ajouter-liens');
  await page.waitForSelector('#commun-tableau');
  await page.setInputFiles('#fichiers', parent.file);
  await page.waitForFunction(() => document.querySelectorAll('.brought li').length === 3);
  assert.match(await page.textContent('#avis'), /Résultats ajoutés\s:\s1/);

  const expected = native([coordinator.file, school.file, parent.file]);
  const drawn = await table(page);
  assert.deepEqual(drawn.ensemble, [...expected.partners.map((p) => shown(p.overall)), shown(expected.together.overall)]);
  for (const d of ['coordination', 'autorite', 'parents', 'methode']) {
    assert.deepEqual(drawn[d], [...expected.partners.map((p) => shown(p.dimensions[d])), shown(expected.together.dimensions[d])], d);
  }
  const discussed = await page.$$eval('.discuss > li', (items) => items.map((li) => li.dataset.dimension));
  assert.deepEqual(discussed, expected.to_discuss.map((v) => v.dimension), 'the same points à discuter, in the same order');
  if (expected.nobody_knows.length) assert.equal(await page.$$eval('.nobody li', (l) => l.length), expected.nobody_knows.length);
  assert.equal(await page.$$eval('.one-role li', (l) => l.length), expected.one_role_knows.length);
  assert.match(await page.textContent('#commun-tableau thead'), /PRE des Hauts/);
  assert.ok(requested.every((u) => !u.includes('partage')), 'nothing of the links is sent');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);

  // Removing one partner redraws the picture without it.
  await page.click('.brought li:nth-child(2) button');
  await page.waitForFunction(() => document.querySelectorAll('.brought li').length === 2);
  const two = native([coordinator.file, parent.file]);
  assert.deepEqual((await table(page)).ensemble, [...two.partners.map((p) => shown(p.overall)), shown(two.together.overall)]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged link, a foreign file, a kiosk\'s tally or the same result twice is refused with a message, and the list stays as it was; a name stays text', TIMEOUT, async () => {
  const { context, page, errors } = await openPage(browser, server.origin, { url: '/?vue=ensemble' });
  // A link whose partnership's name is markup.
  const mine = await resultOf(cappedFile({ role: 'coordonnateur', partnership: '<img src=x onerror="window.pwned=1">' }));
  const link = await mine.page.inputValue('#lien');
  await mine.context.close();

  await page.fill('#liens', link);
  await page.click('#ajouter-liens');
  await page.waitForSelector('.brought li');
  assert.match(await page.textContent('.brought li'), /<img src=x/, 'the name is shown as text');
  assert.equal(await page.$('.brought img, #commun-tableau img'), null);
  assert.equal(await page.evaluate(() => window.pwned), undefined);

  const payload = link.split('#/partage/')[1];
  const changed = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
  for (const bad of [link.slice(0, link.length - 12), link.replace(payload, changed), 'https://example.org/#/partage/!!!', link]) {
    await page.fill('#liens', bad);
    await page.click('#ajouter-liens');
    await page.waitForFunction(() => document.querySelector('#avis.notice-warning'));
    assert.equal(await page.$$eval('.brought li', (l) => l.length), 1, `still one result after « ${bad.slice(-20)} »`);
  }
  assert.match(await page.textContent('#avis'), /déjà dans la liste/);
  await page.setInputFiles('#fichiers', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) });
  await page.waitForFunction(() => /photo\.png/.test(document.querySelector('#avis')?.textContent ?? ''));
  assert.match(await page.textContent('#avis'), /n'a pas été ajouté/);
  assert.equal(await page.$$eval('.brought li', (l) => l.length), 1);
  // A kiosk's tally is said to be one, with where to open it (the facilitator's view).
  const tally = { format: 'partenariat-releve', version: 1, repondants: [{ id: '0123456789abcdef', jour: '2026-11-30', reponses: payload }] };
  await page.setInputFiles('#fichiers', { name: 'releve.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tally)) });
  await page.waitForFunction(() => /releve\.json/.test(document.querySelector('#avis')?.textContent ?? ''));
  assert.match(await page.textContent('#avis'), /relevé d'un kiosque.*espace animateur.*«\sAjouter le relevé d'un autre kiosque\s»/);
  assert.equal(await page.$$eval('.brought li', (l) => l.length), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the result leads to « mettre en commun », where one adds one\'s own answers', TIMEOUT, async () => {
  const { context, page } = await resultOf(cappedFile());
  await page.click('#mettre-en-commun');
  await page.waitForSelector('.page[data-screen=ensemble] h1');
  await page.click('#ajouter-miennes');
  await page.waitForSelector('.brought li');
  assert.match(await page.textContent('.brought li'), /vos réponses/);
  await page.click('a.button-tertiary:has-text("Retour au questionnaire")');
  await ready(page);
  assert.notEqual(await page.getAttribute('.page', 'data-screen'), 'ensemble');
  await context.close();
});

test('an earlier result beside today\'s answers: what moved, dimension by dimension; a bad link is refused and changes nothing', TIMEOUT, async () => {
  // Today: the capped answers (coordination at its maximal practices). Last year, in a file
  // saved then: coordination at its minimal practices, the rest the same.
  const today = cappedFile({ role: 'coordonnateur' });
  const lastYear = { ...today, answers: { ...today.answers,
    'coordination-reponse': 'sollicitation', 'coordination-actions': 'un-porteur', 'coordination-lien': 'chacun-directement',
    'coordination-culture': 'chacun-sa-vision', 'coordination-ressources': 'chacun-ses-moyens' } };
  const { context, page, errors } = await resultOf(today);
  await page.click('#mettre-en-commun');
  await page.waitForSelector('#vers-evolution');
  await page.click('#vers-evolution');
  await page.waitForSelector('.page[data-screen=evolution] h1');
  assert.match(await page.textContent('#choisi-maintenant'), /vos réponses/, 'today: the answers on this device');
  assert.equal(await page.$('#evolution-tableau'), null);
  await page.fill('#lien-avant', 'https://example.org/#/partage/AAAA');
  await page.click('#lire-avant');
  await page.waitForSelector('#avis.notice-warning');
  assert.equal(await page.$('#evolution-tableau'), null, 'a bad link changes nothing');
  await page.setInputFiles('#fichier-avant', { name: 'an-dernier.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lastYear)) });
  await page.waitForSelector('#evolution-tableau');
  const rows = await page.$$eval('#evolution-tableau tbody tr', (trs) => Object.fromEntries(trs.map((r) => [r.dataset.row, [r.dataset.moved, ...[...r.querySelectorAll('td[data-level]')].map((td) => td.dataset.level)]])));
  assert.deepEqual(rows.coordination, ['monte', 'minimal', 'maximal']);
  assert.deepEqual(rows.autorite, ['meme', 'maximal', 'maximal']);
  assert.equal(await page.$$eval('.answer-changes > li', (l) => l.length), 5, 'the five coordination answers');
  // A phone: nothing runs off the side (a fieldset keeps its content's width unless told not to).
  await page.setViewportSize({ width: 375, height: 740 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  await page.setViewportSize({ width: 1280, height: 900 });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await context.close();
});

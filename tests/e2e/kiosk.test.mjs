// The kiosk (?mode=kiosk): inactivity asks « Vous êtes toujours là ? » then wipes; nothing of a respondent survives « Terminer », Back or a reload; each result is in the seminar's tally, which survives a reload; the QR code's link reproduces the result; the facilitator's view needs its code, exports JSON and CSV, merges another kiosk's tally without counting anyone twice, and clears it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, launch, ready, startQuestionnaire, answerAll, answerQuestion } from './helpers.mjs';

const TIMEOUT = { timeout: 300000 };
const TALLY = 'partenariat:kiosque:releve';
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], label);
}

/** A kiosk page in a context of its own (its storage is the kiosk's), at a projector's or a tablet's size. */
async function kiosk(query = '', viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.origin}/?mode=kiosk${query}`);
  await ready(page);
  return { context, page, errors };
}

const tally = (page) => page.evaluate((key) => (localStorage.getItem(key) ?? '').split('\n').filter(Boolean), TALLY);
const nothingKept = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('partenariat:kiosque:')));

/** Answers the parent path (nine questions) and opens the result. */
async function completeParent(page, pick = (i, n) => i % n) {
  await startQuestionnaire(page, 'parent');
  await answerAll(page, pick);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat] #qr svg');
}

test('inactivity asks « Vous êtes toujours là ? », a key answers it, and silence wipes the answers', TIMEOUT, async () => {
  const { context, page, errors } = await kiosk('&inactivite=2');
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'accueil');
  assert.match(await page.textContent('#kiosque-accueil'), /2\ssecondes/);
  await axe(page, 'kiosk welcome');
  // Targets of 44 px at least, for fingers.
  const small = await page.$$eval('.page-kiosque button, .page-kiosque a', (els) => els.filter((e) => e.offsetParent && e.getBoundingClientRect().height < 44).map((e) => e.id || e.textContent));
  assert.deepEqual(small, []);
  await startQuestionnaire(page, 'parent');
  await answerQuestion(page, 0);
  await page.waitForSelector('#inactif[role=alertdialog]', { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'toujours-la', 'the dialog takes focus');
  assert.match(await page.textContent('#inactif-texte'), /effacées dans \d secondes?/);
  await page.keyboard.press('Shift');
  await page.waitForSelector('#inactif', { state: 'detached' });
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'question', 'answered: the respondent goes on');
  await page.waitForSelector('#inactif', { timeout: 10000 });
  await page.waitForSelector('.page[data-screen=accueil]', { timeout: 10000 });
  assert.deepEqual(await tally(page), [], 'an abandoned questionnaire is not in the tally');
  assert.deepEqual(await nothingKept(page), [], 'no answers in storage');
  await page.click('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  assert.equal(await page.$$eval('input[name=role]:checked', (l) => l.length), 0, 'no role left from before');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a whole seminar: results in the tally, nothing left for the next person, the QR link, the facilitator\'s view, export, merge and clear', TIMEOUT, async () => {
  const { context, page, errors } = await kiosk();
  await completeParent(page);
  const link = await page.getAttribute('#qr', 'data-link');
  assert.ok(link.startsWith(`${server.origin}/#/partage/`) && !link.includes('mode='), link);
  const level = await page.getAttribute('#niveau', 'data-level');
  assert.equal((await tally(page)).length, 1, 'the result is in the tally');
  assert.equal(await page.$('#exporter'), null, 'no file left on the kiosk');
  await axe(page, 'kiosk result');
  await page.click('#terminer');
  await page.waitForSelector('.page[data-screen=accueil]');
  await page.goBack().catch(() => {});
  await page.waitForTimeout(300);
  assert.notEqual(await page.getAttribute('.page', 'data-screen').catch(() => null), 'resultat', 'Back does not bring the result back');
  await page.goto(`${server.origin}/?mode=kiosk`);
  await ready(page);
  assert.equal(await page.getAttribute('.page', 'data-screen'), 'accueil');
  assert.deepEqual(await nothingKept(page), []);
  assert.equal((await tally(page)).length, 1, 'the tally survives a reload');

  // The QR code's link on a phone: the same result.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const mobile = await phone.newPage();
  await mobile.goto(link);
  await ready(mobile);
  assert.equal(await mobile.getAttribute('#niveau', 'data-level'), level);
  await phone.close();

  await completeParent(page, () => 0);
  assert.equal((await tally(page)).length, 2);
  await page.click('#terminer');
  await page.waitForSelector('.page[data-screen=accueil]');

  // The facilitator's view: a code is chosen once, never kept in clear.
  await page.click('#espace-animateur');
  await page.waitForSelector('.page[data-screen=animation] h1');
  await page.fill('#code', 'salle-b12');
  await page.fill('#code-encore', 'salle-b13');
  await page.click('#ouvrir');
  await page.waitForFunction(() => /pas les mêmes/.test(document.querySelector('#avis')?.textContent ?? ''));
  await page.fill('#code-encore', 'salle-b12');
  await page.click('#ouvrir');
  await page.waitForSelector('#combien');
  assert.equal(await page.getAttribute('#combien', 'data-count'), '2');
  const stored = await page.evaluate(() => localStorage.getItem('partenariat:kiosque:code'));
  assert.ok(stored && !stored.includes('salle-b12'), 'the code is not kept in clear');
  await axe(page, 'facilitator');

  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#exporter-json')]);
  const exported = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(exported.format, 'partenariat-releve');
  assert.equal(exported.repondants.length, 2);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#exporter-csv')]);
  const rows = fs.readFileSync(await csv.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.ok(rows[0].startsWith('\ufeffrepondant;jour;role;'), rows[0]);
  assert.equal(rows.length, 3);
  assert.ok(rows.slice(1).every((r) => r.split(';')[2] === 'parent'));

  // Reopened, it asks for the code again; a wrong one is refused.
  await page.reload();
  await page.waitForSelector('#code');
  assert.equal(await page.$('#code-encore'), null);
  await page.fill('#code', 'pas-le-bon');
  await page.click('#ouvrir');
  await page.waitForFunction(() => /pas le bon code/.test(document.querySelector('#avis')?.textContent ?? ''));
  assert.equal(await page.$('#combien'), null);
  await page.fill('#code', 'salle-b12');
  await page.click('#ouvrir');
  await page.waitForSelector('#combien');

  // Another kiosk's tally: one person already counted here, one new.
  const other = { ...exported, repondants: [exported.repondants[0], { ...exported.repondants[1], id: 'f00dfeedf00dfeed' }] };
  const file = { name: 'kiosque-2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) };
  await page.setInputFiles('#importer-releves', file);
  await page.waitForFunction(() => document.querySelector('#combien')?.dataset.count === '3');
  assert.match(await page.textContent('#avis'), /Nouvelles personnes\s:\s1\.\sDéjà comptées\s:\s1\./);
  await page.setInputFiles('#importer-releves', file);
  await page.waitForFunction(() => /Nouvelles personnes\s:\s0\.\sDéjà comptées\s:\s2\./.test(document.querySelector('#avis')?.textContent ?? ''));
  assert.equal(await page.getAttribute('#combien', 'data-count'), '3', 'the same file twice counts nobody twice');
  await page.setInputFiles('#importer-releves', { name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"partenariat-releve","version":1,"repondants":[{"id":"1","jour":"x","reponses":"y"}]}') });
  await page.waitForFunction(() => /autre\.json/.test(document.querySelector('#avis')?.textContent ?? ''));
  assert.equal(await page.getAttribute('#combien', 'data-count'), '3', 'a bad file adds nothing');

  await page.click('#effacer-releve');
  await page.click('#effacer-releve-oui');
  await page.waitForFunction(() => document.querySelector('#combien')?.dataset.count === '0');
  assert.deepEqual(await tally(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the facilitator\'s view reads from the back of a room at 1920×1080 and 1280×720', TIMEOUT, async () => {
  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    const { context, page } = await kiosk('', viewport);
    await completeParent(page);
    await page.click('#terminer');
    await page.waitForSelector('.page[data-screen=accueil]');
    await page.goto(`${server.origin}/?mode=kiosk&vue=animation`);
    await page.waitForSelector('#code-encore');
    await page.fill('#code', '2468');
    await page.fill('#code-encore', '2468');
    await page.click('#ouvrir');
    await page.waitForSelector('#dimensions-salle');
    const sizes = await page.$$eval('#dimensions-salle td, .spread li, #combien', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    assert.ok(Math.min(...sizes) >= 18, `${viewport.width}: numbers at 18 px or more (${Math.min(...sizes)})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `${viewport.width}: nothing runs off the side`);
    await context.close();
  }
});

test('« Afficher en plein écran » gives the kiosk the whole screen and is then hidden; it is there again for the next person only while the screen is not full', TIMEOUT, async () => {
  const { context, page, errors } = await kiosk();
  assert.equal(await page.isVisible('#plein-ecran'), true, 'offered on the kiosk\'s welcome');
  assert.equal(await page.textContent('#plein-ecran'), 'Afficher en plein écran');
  await page.click('#plein-ecran');
  await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
  assert.equal(await page.isVisible('#plein-ecran'), false, 'hidden once the screen is full');
  // A respondent's whole turn keeps the screen full (the app never leaves the page).
  await completeParent(page);
  await page.click('#terminer');
  await page.waitForSelector('.page[data-screen=accueil] #plein-ecran', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.fullscreenElement === document.documentElement), true, 'still full for the next person');
  assert.equal(await page.isVisible('#plein-ecran'), false);
  await page.evaluate(() => document.exitFullscreen());
  await page.waitForSelector('#plein-ecran', { state: 'visible' });
  await axe(page, 'the kiosk\'s welcome with its button');
  assert.deepEqual(errors, []);
  await context.close();
});

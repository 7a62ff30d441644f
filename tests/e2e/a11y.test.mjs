// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every screen, in French and in English, with zero violations; the keyboard's place: visible, never under the sticky bars on a phone, never dropped when what it was on goes away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, launch, ready, screen, answerQuestion, answerAll, startQuestionnaire } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], found.join('\n'));
  assert.ok(result.passes.length > 10, `${label}: axe ran its rules`);
}

for (const lang of ['fr', 'en']) {
  test(`every screen passes axe in ${lang}`, { timeout: 300000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/?lang=${lang}`);
    await ready(page);
    // With ?lang=en the welcome stays in French until the English file has arrived.
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await axe(page, 'welcome');
    await page.click('#commencer');
    await page.waitForSelector('.page[data-screen=profil]');
    await page.click('#role-coordonnateur');
    await axe(page, 'profile');
    await page.click('#suivant');
    // Every question of the path, each with its terms opened; one left unanswered, some « je ne sais pas ».
    for (let i = 0; i < 40 && await screen(page) === 'question'; i++) {
      await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
      await axe(page, `question ${i + 1}`);
      const n = (await page.$$('fieldset.question input')).length - 2;
      await answerQuestion(page, i === 0 ? null : i % 5 === 4 ? 'dk' : i % n);
    }
    await page.waitForSelector('.page[data-screen=verification]');
    await axe(page, 'review');
    await page.click('#suivant');
    await page.waitForSelector('.page[data-screen=resultat]');
    await axe(page, 'result');
    await page.click('#recommencer');
    await page.waitForSelector('#recommencer-oui');
    await axe(page, 'start-again confirmation');
    // A question opened from the result, and the way back.
    await page.click('#modifier');
    await page.waitForSelector('.page[data-screen=verification]');
    await page.click('.summary-change button');
    await page.waitForSelector('.page[data-screen=question]');
    await axe(page, 'question opened from the review');
    await page.click('#suivant');
    await page.waitForSelector('.page[data-screen=verification]');
    await page.click('#effacer');
    await page.waitForSelector('#effacer-oui');
    await axe(page, 'erase confirmation');
    await context.close();
  });
}

test('the parent path and a result without enough answers pass axe', { timeout: 120000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await ready(page);
  await page.click('#commencer');
  await page.click('#role-parent');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  await axe(page, 'parent question');
  await answerAll(page, () => null);
  await axe(page, 'parent review, nothing answered');
  await page.click('#suivant');
  await page.waitForSelector('#niveau[data-level=pas-assez]');
  await axe(page, 'parent result without enough answers');
  await context.close();
});

test('keyboard focus is visible, and reduced motion turns transitions off', { timeout: 60000 }, async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await ready(page);
  for (let n = 0; n < 30; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'commencer')) break;
  }
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), transition: s.transitionDuration };
  });
  assert.notEqual(style.outline, 'none', 'the focused button shows an outline');
  assert.ok(style.width >= 2, `outline ${style.width}px`);
  assert.equal(style.transition, '0s', 'no transition when reduced motion is asked');
  await context.close();
});

test('the skip link comes first and shows when focused; a notice is read right after the heading', { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await ready(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  assert.ok(await page.isVisible('.skip-link'), 'the skip link shows when focused');
  await page.click('#commencer');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  await answerQuestion(page, 0);
  await page.reload();
  await ready(page);
  // Resumed: focus is not moved at load; the notice follows the heading in reading order.
  const order = await page.evaluate(() => {
    const all = [...document.querySelectorAll('main *')];
    return [all.indexOf(document.querySelector('#titre-ecran')), all.indexOf(document.querySelector('#avis'))];
  });
  assert.ok(order[0] >= 0 && order[0] < order[1], `heading before notice: ${order}`);
  await context.close();
});

for (const width of [320, 375]) test(`${width} px: what the keyboard reaches is never under the sticky bars (the progress, the way on)`, { timeout: 120000 }, async () => {
  const context = await browser.newContext({ viewport: { width, height: 640 } });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await ready(page);
  await startQuestionnaire(page, 'caf');
  // Where the focused control sits, and the free band between the bars (none at the top off a question).
  const place = () => page.evaluate(() => {
    const e = document.activeElement;
    const box = (document.querySelector(`label[for="${e.id}"]`) ?? e).getBoundingClientRect();
    const own = e.getBoundingClientRect();
    return { what: `${e.id || e.textContent.trim().slice(0, 30)}`, top: Math.min(box.top, own.top), bottom: Math.max(box.bottom, own.bottom), from: document.querySelector('.progress')?.getBoundingClientRect().bottom ?? 0, to: document.querySelector('.screen > .nav').getBoundingClientRect().top, inBar: !!e.closest('.nav, .progress') };
  });
  const clear = (p, where) => assert.ok(p.inBar || (p.top >= p.from - 1 && p.bottom <= p.to + 1), `${where}: ${p.what} at ${p.top}–${p.bottom}, the free band ${p.from}–${p.to}`);
  // The answers, chosen with the arrows (each a long text, below the question).
  await page.focus('fieldset.question input');
  await page.keyboard.press('Space');
  for (let k = 0; k < 5; k++) {
    await page.keyboard.press('ArrowDown');
    clear(await place(), `answer ${k + 2}`);
  }
  for (let k = 0; k < 5; k++) {
    await page.keyboard.press('ArrowUp');
    clear(await place(), `answer ${5 - k}, back up`);
  }
  // On every question of the path, the room kept clear (the page's scroll-padding) is at least
  // as tall as each bar, whose height follows its words (a long step's title wraps).
  await page.keyboard.press('Enter');
  for (let q = 0; q < 40 && (await screen(page)) === 'question'; q++) {
    const [id, bars] = await page.evaluate(() => {
      const pad = getComputedStyle(document.documentElement);
      return [document.querySelector('fieldset.question').id, { progress: document.querySelector('.progress').offsetHeight, top: parseFloat(pad.scrollPaddingTop), nav: document.querySelector('.screen > .nav').offsetHeight, bottom: parseFloat(pad.scrollPaddingBottom) }];
    });
    assert.ok(bars.progress <= bars.top && bars.nav <= bars.bottom, `${id}: the bars ${bars.progress} and ${bars.nav} px, the room kept ${bars.top} and ${bars.bottom} px`);
    await answerQuestion(page, 0);
  }
  // The review's « Modifier », one after the other with Tab.
  await page.focus('#titre-ecran');
  for (let k = 0; k < 60; k++) {
    await page.keyboard.press('Tab');
    const p = await place();
    if (p.inBar) break;
    clear(p, `review, Tab ${k + 1}`);
  }
  await context.close();
});

test('the keyboard is never dropped: the first « English », the erase question and its « Annuler » or Escape, « Fermer ce message »', { timeout: 120000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const focused = () => page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement.id || document.activeElement.getAttribute('lang') || document.activeElement.textContent.trim()));
  await page.goto(server.origin + '/');
  await ready(page);
  await startQuestionnaire(page, 'parent');
  await answerQuestion(page, 0);
  // English is fetched at the first press: the button stays where the keyboard is.
  await page.focus('header button[lang=en]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await focused(), 'langue', 'on the language button');
  assert.equal(await page.getAttribute('#langue', 'lang'), 'fr', 'now « Français »');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  // Erasing asks first, the keyboard on « Annuler »; « Annuler » and Escape bring it back.
  for (const how of ['Annuler', 'Escape']) {
    await page.focus('#effacer');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'confirmer-effacement-non');
    assert.match(await focused(), /confirmer-effacement-non/);
    await page.keyboard.press(how === 'Annuler' ? 'Enter' : 'Escape');
    await page.waitForSelector('#confirmer-effacement', { state: 'detached' });
    assert.equal(await focused(), 'effacer', `${how}: back on « Effacer mes réponses »`);
  }
  // A notice closed: the keyboard goes on from the screen's heading.
  await page.reload();
  await ready(page);
  await page.waitForSelector('#avis .notice-close');
  await page.focus('#avis .notice-close');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#avis', { state: 'detached' });
  assert.equal(await focused(), 'titre-ecran');
  // Erased from the welcome screen (which stays): « Oui » goes away, the keyboard goes on from the heading.
  while (await screen(page) !== 'accueil') await page.click('#precedent');
  await page.focus('#effacer');
  await page.keyboard.press('Enter');
  await page.focus('#effacer-oui');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#effacer-oui', { state: 'detached' });
  assert.equal(await focused(), 'titre-ecran', 'erased on the welcome screen');
  // A notice beside the control it answers (the answers saved to a file): closed, back on that control.
  await startQuestionnaire(page, 'parent');
  await answerAll(page, () => 0);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  await Promise.all([page.waitForEvent('download'), page.click('#exporter')]);
  await page.focus('#avis .notice-close');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#avis', { state: 'detached' });
  assert.equal(await focused(), 'exporter', 'back on « Enregistrer »');
  await context.close();
});

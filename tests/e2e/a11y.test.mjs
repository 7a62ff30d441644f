// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every screen, in French and in English, with zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, launch, ready, screen, answerQuestion, answerAll } from './helpers.mjs';

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

// The first screen painted before the wasm runs (src/prerender.rs, inlined into index.html): the same page as the app's own, kept by the app while it would draw it the same (src/ui/painted.rs) and replaced without a shift when it draws another; a « Commencer » clicked early, the keyboard's place and a saved questionnaire are kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, ready, startQuestionnaire, answerQuestion } from './helpers.mjs';

const TIMEOUT = { timeout: 120000 };
let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * A page whose requests for `what` (the respondent wasm unless said) are held back until
 * `release()`: with the wasm held, what it shows meanwhile is the page painted at build time.
 */
async function held(context, what = /partenariat-[0-9a-f]+_bg\.wasm$/) {
  const page = await context.newPage();
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(what, async (route) => { await gate; await route.continue(); });
  return { page, release };
}

/** A first page of `context` on which a parent answers the path's first `count` questions (kept on the device); left open. Returns it and the last question's id. */
async function answered(context, count) {
  const first = await context.newPage();
  await first.goto(server.url);
  await ready(first);
  await startQuestionnaire(first, 'parent');
  let last;
  for (let i = 0; i < count; i++) [last] = await answerQuestion(first, i);
  return { first, last };
}

/** Every element of the page: its tag, attributes, own text and box (a layout shift or a changed word shows). */
function snapshot(page) {
  return page.evaluate(() => [...document.querySelectorAll('#app .page, #app .page *')].map((e) => {
    const box = e.getBoundingClientRect();
    const attributes = [...e.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
    const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    return `${e.tagName} ${attributes} «${text}» ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
  }));
}

for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px, the welcome screen is there before the wasm, and the app keeps it: the same elements, not drawn again, no layout shift`, TIMEOUT, async () => {
    const context = await browser.newContext({ viewport, hasTouch: viewport.width < 500 });
    const { page, release } = await held(context);
    await page.goto(server.url);
    await page.waitForSelector('#app[data-prerendu] h1#titre-ecran');
    assert.match(await page.textContent('h1'), /^Où en est notre partenariat\s\?$/);
    assert.equal(await page.getAttribute('#commencer', 'href'), '#/profil');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    const before = await snapshot(page);
    await page.evaluate(() => {
      window.painted = [...document.querySelectorAll('#app .page *')];
      window.shifts = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
    });
    release();
    await ready(page);
    await page.waitForTimeout(300);
    assert.ok(before.length > 20, `${before.length} elements`);
    assert.deepEqual(await snapshot(page), before, 'the page as painted');
    assert.equal(await page.evaluate(() => {
      const now = [...document.querySelectorAll('#app .page *')];
      return now.length === window.painted.length && now.every((e, i) => e === window.painted[i]);
    }), true, 'the very elements painted at build time, not drawn again');
    assert.equal(await page.evaluate(() => window.shifts), 0, 'no layout shift');
    await context.close();
  });
}

test('the app\'s own French welcome is the page painted at build time, and the keyboard stays on the language button when the app takes the page over', TIMEOUT, async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });
  const { page, release } = await held(context);
  await page.goto(server.url);
  await page.waitForSelector('#app[data-prerendu] h1#titre-ecran');
  const painted = await snapshot(page);
  release();
  await ready(page);
  // « English » on the page painted at build time: the app draws the English page in its place.
  await page.focus('#langue');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#app .page').length), 1, 'one page');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'langue', 'the keyboard on the language button');
  assert.match(await page.textContent('#commencer'), /Start/);
  // « Français »: the app's own French welcome, drawn by the same render functions.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'langue');
  assert.deepEqual(await snapshot(page), painted, 'the app draws exactly the page painted at build time');
  await context.close();
});

test('a file chosen on the painted page before the wasm is ready is read once the app runs: nothing chosen early is lost', TIMEOUT, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await held(context);
  await page.goto(server.url);
  await page.waitForSelector('#app[data-prerendu] #importer');
  const good = { format: 'partenariat-reponses', version: 2, profile: { role: 'caf' }, answers: { 'coordination-actions': 'concue-ensemble' } };
  const file = { name: 'reponses.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) };
  await page.setInputFiles('#importer', file);
  assert.equal(await page.$eval('#importer', (i) => i.files.length), 1);
  release();
  await page.waitForSelector('.page[data-screen=verification]');
  assert.equal(await page.getAttribute('#verif-coordination-actions', 'data-answer'), 'pratique', 'the early file\'s answer (an answer given, not « sans réponse »)');
  await context.close();
});

test('the page\'s largest paint is its first, the page painted at build time', TIMEOUT, async () => {
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await page.waitForTimeout(200);
    const [fcp, lcp] = await page.evaluate(() => new Promise((resolve) => new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve([performance.getEntriesByName('first-contentful-paint')[0]?.startTime, entries[entries.length - 1]?.startTime]);
    }).observe({ type: 'largest-contentful-paint', buffered: true })));
    assert.ok(fcp > 0, 'painted');
    assert.equal(lcp, fcp, 'the largest contentful paint is the page painted at build time, not the app\'s');
    await context.close();
  }
});

test('the wasm is not asked for before the painted page\'s stylesheet is in: on a phone\'s network it would slow the first paint, which does not need it (scripts/preload.mjs)', TIMEOUT, async () => {
  const context = await browser.newContext();
  const { page, release } = await held(context, /widget-[0-9a-f]+\.css$/);
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.waitForTimeout(300);
  release();
  await ready(page);
  const [css, wasm] = await page.evaluate(() => [/widget-[0-9a-f]+\.css$/, /partenariat-[0-9a-f]+_bg\.wasm$/]
    .map((name) => performance.getEntriesByType('resource').find((e) => name.test(e.name))));
  assert.ok(css && wasm, 'both loaded');
  assert.ok(wasm.startTime >= css.responseEnd, `the wasm asked for at ${wasm.startTime.toFixed(0)} ms, the stylesheet in at ${css.responseEnd.toFixed(0)} ms`);
  await context.close();
});

test('« Commencer » clicked before the wasm is ready: the profile opens once the app runs, with focus on its heading, and Back returns to the welcome screen', TIMEOUT, async () => {
  const context = await browser.newContext();
  const { page, release } = await held(context);
  await page.goto(server.url);
  await page.waitForSelector('#app[data-prerendu] #commencer');
  await page.click('#commencer');
  assert.match(page.url(), /#\/profil$/);
  release();
  await page.waitForSelector('#app:not([data-prerendu]) .page[data-screen=profil]');
  await page.waitForFunction(() => document.activeElement?.id === 'titre-ecran');
  await page.goBack();
  await page.waitForSelector('.page[data-screen=accueil]');
  await context.close();
});

test('with answers saved, the app replaces the painted page at once, and the keyboard on « Commencer » before the wasm is ready is on the app\'s « Reprendre »', TIMEOUT, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { first } = await answered(context, 1);
  // Back to the welcome screen, which is then the screen saved, with an answer.
  while ((await first.getAttribute('.page', 'data-screen')) !== 'accueil') {
    await first.goBack();
    await first.waitForTimeout(100);
  }
  await first.waitForTimeout(500);
  await first.close();
  const { page, release } = await held(context);
  await page.goto(server.url);
  await page.waitForSelector('#app[data-prerendu] #commencer');
  await page.focus('#commencer');
  release();
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('.page').length === 1 && !document.querySelector('#app > .page'));
  await page.waitForFunction(() => document.activeElement?.id === 'commencer');
  assert.match(await page.textContent('#commencer'), /Reprendre/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.page[data-screen=question]');
  await context.close();
});

test('with answers saved, « Commencer » clicked before the wasm is ready takes up the questionnaire at the next question without an answer', TIMEOUT, async () => {
  // No service worker: the second page's wasm must come through the held route.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { first, last: second } = await answered(context, 2);
  const next = await first.evaluate(() => document.querySelector('fieldset.question[id]').id);
  assert.notEqual(next, second);
  await first.close();
  const { page, release } = await held(context);
  await page.goto(server.url);
  await page.waitForSelector('#app[data-prerendu] #commencer');
  await page.click('#commencer');
  release();
  await page.waitForSelector('#app:not([data-prerendu]) .page[data-screen=question]');
  assert.equal(await page.evaluate(() => document.querySelector('fieldset.question[id]').id), next);
  await context.close();
});

test('a room screen does not show the questionnaire\'s welcome while its bundle loads', TIMEOUT, async () => {
  const context = await browser.newContext();
  const { page, release } = await held(context, /salle_bg\.wasm$/);
  await page.goto(server.url + '?vue=ensemble');
  await page.waitForSelector('#app:not([data-prerendu]) p.loading[role=status]');
  assert.equal(await page.$('#commencer'), null);
  release();
  await page.waitForSelector('p.loading', { state: 'detached' });
  await context.close();
});

test('with ?lang=en, the French welcome stays, its English button busy, until the English file has arrived, then the page is in English: no « Chargement » page in between', TIMEOUT, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await held(context, /questionnaire-en\.bin$/);
  await page.addInitScript(() => {
    window.sawLoading = false;
    new MutationObserver(() => { window.sawLoading ||= !!document.querySelector('[data-screen=chargement]'); })
      .observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url + '?lang=en');
  await page.waitForSelector('#app:not([data-prerendu]) .page[data-screen=accueil] h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.textContent('#commencer'), /Commencer/);
  assert.equal(await page.getAttribute('header button[lang=en]', 'aria-busy'), 'true');
  release();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('#commencer'), /Start/);
  assert.equal(await page.evaluate(() => window.sawLoading), false, 'no « Chargement » page');
  await context.close();
});

test('with ?lang=en, « Commencer » pressed while the English file is on its way: the profile waits under « Chargement », then opens in English with the keyboard on its heading', TIMEOUT, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await held(context, /questionnaire-en\.bin$/);
  await page.goto(server.url + '?lang=en');
  await page.waitForSelector('#app:not([data-prerendu]) .page[data-screen=accueil] h1');
  await page.focus('#commencer');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.page[data-screen=chargement] p.loading[role=status]');
  release();
  await page.waitForSelector('.page[data-screen=profil]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.waitForFunction(() => document.activeElement?.id === 'titre-ecran');
  await context.close();
});

// The widget embedded in a partner's page on another site, with the snippet README.md documents: height, messages, completion event, keyboard, axe, two embeds, blocked storage, a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, serveHost, launch, answerAll, answerQuestion, startQuestionnaire, cappedFile } from './helpers.mjs';

const TIMEOUT = { timeout: 180000 };
const BASE = '/outils/partenariat/';
let widget, host, browser;
const pages = {};

/**
 * A partner's article with the documented snippet: one placeholder per entry of `embeds` (its
 * data- attributes), the host script from the widget's site, and the host's own CSP. The page
 * records what it receives: `window.received` (every message), `window.completed` (the
 * completion events), `window.violations` (CSP).
 */
function article(embeds, { above = 0 } = {}) {
  const divs = embeds.map((attrs) => `<div data-partenariat ${Object.entries(attrs).map(([k, v]) => `data-${k}="${v}"`).join(' ')}></div>`).join('\n<p>Entre les deux.</p>\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ORIV – Partenariat éducatif</title><link rel="stylesheet" href="/article.css"><script src="/record.js"></script></head>
<body><main class="article"><h1>Le partenariat éducatif du contrat de ville</h1>
<div class="above" data-above="${above}"></div>
${divs}
<p>Suite de l'article.</p></main>
<script src="${widget.url}embed.js" defer></script></body></html>`;
}

before(async () => {
  widget = await serve({ base: BASE });
  host = await serveHost(pages);
  // The CSP lines README.md gives the host (frame-src, script-src for the widget's site).
  const csp = `default-src 'self'; script-src 'self' ${widget.origin}; frame-src ${widget.origin}; style-src 'self'`;
  pages['/article.css'] = { type: 'text/css', body: 'body { margin: 0; font-family: Georgia, serif; } .article { max-width: 48rem; margin: 0 auto; padding: 0 1rem; } .above[data-above="1"] { height: 150vh; }' };
  pages['/record.js'] = {
    type: 'text/javascript',
    body: `window.received = []; window.completed = []; window.violations = [];
      addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(widget.origin)}) received.push(e.data); });
      addEventListener('partenariat:resultat', (e) => completed.push(e.detail));
      addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  };
  for (const [name, embeds, options] of [
    ['/un', [{ fin: 'oui' }], {}],
    ['/deux', [{ fin: 'oui', accent: '#ffd700' }, { titre: 'Deuxième questionnaire' }], {}],
    ['/bas', [{}], { above: 1 }],
  ]) pages[name] = { headers: { 'content-security-policy': csp }, get body() { return article(embeds, options); } };
  browser = await launch();
});
after(async () => { await browser?.close(); await widget?.close(); await host?.close(); });

/**
 * Opens a host page at `viewport` (on another site than the widget's, or with `sameSite` on
 * another origin of the same site); resolves once each embedded widget shows its first screen.
 */
async function openHost(name, viewport = { width: 1280, height: 900 }, init = null, { sameSite = false } = {}) {
  const context = await browser.newContext({ viewport, hasTouch: viewport.width < 500, acceptDownloads: true });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto((sameSite ? host.sameSite : host.origin) + name);
  const count = (pages[name].body.match(/data-partenariat /g) ?? []).length;
  await page.waitForFunction((n) => document.querySelectorAll('iframe').length === n, count);
  const frames = [];
  for (const element of await page.$$('iframe')) {
    await element.scrollIntoViewIfNeeded();
    const frame = await element.contentFrame();
    await frame.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1', { timeout: 20000 });
    // The page painted at build time (the widget's own page, not an embedded one) is replaced at once.
    await frame.waitForFunction(() => document.querySelectorAll('.page').length === 1 && document.querySelector('.app-root > .page-integre'));
    frames.push({ element, frame });
  }
  return { context, page, frames, errors };
}

/** Waits until the iframe is as tall as the widget's content, then says whether the widget scrolls inside. */
async function settled({ element, frame }) {
  let last = null;
  for (let n = 0; n < 100; n++) {
    const content = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
    const height = await element.evaluate((f) => f.getBoundingClientRect().height);
    last = { content, height };
    if (Math.abs(content - height) <= 1) {
      const scrolls = await frame.evaluate(() => {
        const e = document.documentElement;
        return e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth;
      });
      return { ...last, scrolls };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the iframe never took its content's height: ${JSON.stringify(last)}`);
}

for (const viewport of [{ width: 320, height: 640 }, { width: 768, height: 1024 }, { width: 1280, height: 900 }]) {
  test(`${viewport.width} px: the iframe follows its content's height on every step, with no scrollbar inside`, TIMEOUT, async () => {
    const { context, page, frames: [embed], errors } = await openHost('/un', viewport);
    const { frame } = embed;
    const heights = [];
    const check = async (label) => {
      const s = await settled(embed);
      assert.equal(s.scrolls, false, `${label}: no scrollbar inside the widget`);
      heights.push(s.height);
    };
    await check('welcome');
    assert.equal(await frame.$('footer'), null, 'no footer of its own');
    assert.match(await frame.textContent('.source'), /Trépos/, 'the talk is named');
    await startQuestionnaire(frame, 'parent');
    await check('first question');
    await answerAll(frame, (i, n) => i % n);
    await check('review');
    await frame.click('#suivant');
    await frame.waitForSelector('.page[data-screen=resultat]');
    await check('result');
    assert.ok(new Set(heights).size >= 3, `the height changed with the content: ${heights}`);
    assert.ok(heights.at(-1) > heights[1], 'the result is taller than a question');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a new step brings the widget into view, and focus stays inside it', TIMEOUT, async () => {
  const { context, page, frames: [embed] } = await openHost('/bas', { width: 375, height: 700 });
  const { element, frame } = embed;
  await settled(embed);
  // Loaded, with its storage notice shown, it takes no focus from the host page.
  await frame.waitForSelector('.notice-warning');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BODY', 'the host page keeps focus at load');
  await startQuestionnaire(frame, 'parent');
  await settled(embed);
  // The reader scrolls the host page down, past the widget's top, then answers.
  await page.evaluate(() => window.scrollBy(0, document.querySelector('iframe').getBoundingClientRect().top + 600));
  assert.ok(await element.evaluate((f) => f.getBoundingClientRect().top < 0), 'the widget top is off-screen');
  await frame.click('#suivant');
  await page.waitForFunction(() => { const t = document.querySelector('iframe').getBoundingClientRect().top; return t >= 0 && t < innerHeight; });
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME', 'focus is in the widget');
  assert.equal(await frame.evaluate(() => document.activeElement?.id), 'titre-ecran', 'on the new screen\'s heading');
  await context.close();
});

test('the host page accepts messages only from its own widget: another origin or another frame is ignored', TIMEOUT, async () => {
  const { context, page, frames } = await openHost('/deux');
  await Promise.all(frames.map(settled));
  const before = await Promise.all(frames.map((f) => f.element.evaluate((e) => e.style.height)));
  // From the host page itself (another origin than the widget's).
  await page.evaluate(() => window.postMessage({ type: 'partenariat:hauteur', version: 1, hauteur: 5 }, '*'));
  // From a frame of the widget's site that is not one of the page's embeds.
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.title = 'intrus';
    document.body.append(f);
    return new Promise((r) => { f.onload = r; });
  }, `${widget.url}?mode=embed`);
  const intruder = page.frames().find((f) => f.url().startsWith(widget.url) && !frames.some((e) => e.frame === f));
  await intruder.evaluate(() => parent.postMessage({ type: 'partenariat:hauteur', version: 1, hauteur: 7 }, '*'));
  // From the first embed: a message of another version, and a height out of bounds.
  await frames[0].frame.evaluate(() => {
    parent.postMessage({ type: 'partenariat:hauteur', version: 2, hauteur: 9 }, '*');
    parent.postMessage({ type: 'partenariat:hauteur', version: 1, hauteur: 1e9 }, '*');
  });
  await page.waitForTimeout(300);
  assert.deepEqual(await Promise.all(frames.map((f) => f.element.evaluate((e) => e.style.height))), before);
  // Each embed sizes itself alone: the second one's content grows, the first one's height stays.
  await startQuestionnaire(frames[1].frame);
  const second = await settled(frames[1]);
  assert.notEqual(`${second.height}px`, before[1]);
  assert.equal(await frames[0].element.evaluate((e) => e.style.height), before[0]);
  await context.close();
});

test('the completion event is sent only when asked for, and carries the level alone', TIMEOUT, async () => {
  const { context, page, frames } = await openHost('/deux');
  for (const { frame } of frames) {
    await frame.setInputFiles('#importer', { name: 'reponses.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cappedFile())) });
    await frame.waitForSelector('.page[data-screen=verification]');
    await frame.click('#suivant');
    await frame.waitForSelector('.page[data-screen=resultat]');
  }
  await page.waitForFunction(() => window.completed.length > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.completed), [{ niveau: 'intermediaire' }], 'one event, from the embed that asked');
  const messages = await page.evaluate(() => window.received);
  const results = messages.filter((m) => m.type === 'partenariat:resultat');
  assert.deepEqual(results, [{ type: 'partenariat:resultat', version: 1, niveau: 'intermediaire' }], 'the level, nothing of the answers');
  assert.deepEqual([...new Set(messages.map((m) => m.type))].sort(), ['partenariat:ecran', 'partenariat:hauteur', 'partenariat:resultat']);
  for (const m of messages) assert.deepEqual(Object.keys(m).sort(), m.type === 'partenariat:ecran' ? ['type', 'version'] : ['type', 'version', m.type === 'partenariat:hauteur' ? 'hauteur' : 'niveau'].sort());
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'the documented host CSP is enough');
  // Inside the sandboxed frame, the answers can still be saved to a file.
  const [download] = await Promise.all([page.waitForEvent('download'), frames[0].frame.click('#exporter')]);
  assert.match(download.suggestedFilename(), /\.json$/);
  assert.equal(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).format, 'partenariat-reponses');
  await context.close();
});

test('two embeds on one page keep their own answers, apart from the standalone widget', TIMEOUT, async () => {
  // A browser keeps an embed's answers when the host page is on the widget's own site (here:
  // another port); on another site, it may refuse (the storage test below).
  const { context, page, frames } = await openHost('/deux', undefined, null, { sameSite: true });
  assert.equal(await frames[0].frame.$('.notice-warning'), null, 'storage is allowed here');
  await startQuestionnaire(frames[0].frame, 'parent');
  await answerQuestion(frames[0].frame, 0);
  await page.reload();
  const again = [];
  for (const element of await page.$$('iframe')) {
    await element.scrollIntoViewIfNeeded();
    const frame = await element.contentFrame();
    await frame.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1');
    again.push(frame);
  }
  assert.equal(await again[0].getAttribute('.page', 'data-screen'), 'question', 'the first embed resumes its questionnaire');
  assert.equal(await again[1].getAttribute('.page', 'data-screen'), 'accueil', 'the second one has nothing saved');
  // The standalone widget, on the same site, has its own entry: nothing saved there.
  const own = await context.newPage();
  await own.goto(widget.url);
  await own.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1');
  assert.equal(await own.getAttribute('.page', 'data-screen'), 'accueil', 'the standalone widget has nothing saved');
  assert.ok(await own.$('footer'), 'and keeps its footer');
  await own.goto(`${widget.url}?mode=embed`);
  await own.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1');
  assert.equal(await own.getAttribute('.page', 'data-screen'), 'question', 'the first embed\'s entry is there, apart');
  await context.close();
});

test('the accent colour is applied, darkened when it would not be legible', TIMEOUT, async () => {
  const { context, frames } = await openHost('/deux');
  const blue = (frame) => frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--blue').trim());
  assert.notEqual(await blue(frames[0].frame), '#ffd700', 'gold on white is not legible: darkened');
  assert.match(await blue(frames[0].frame), /^#[0-9a-f]{6}$/);
  assert.equal(await blue(frames[1].frame), '#000091', 'no accent: the widget\'s own blue');
  await context.close();
});

test('keyboard only, and axe finds nothing inside the iframe', TIMEOUT, async () => {
  const { context, page, frames: [{ frame }] } = await openHost('/un');
  const axe = async (label) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const found = result.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    assert.deepEqual(found, [], found.join('\n'));
  };
  await axe('welcome');
  // Tab from the host page into the widget, to « Commencer ».
  const tabTo = async (selector, key = 'Enter') => {
    for (let n = 0; n < 200; n++) {
      await page.keyboard.press('Tab');
      if (await frame.evaluate((s) => document.hasFocus() && document.activeElement?.matches(s), selector)) { await page.keyboard.press(key); return; }
    }
    throw new Error(`could not reach ${selector} with Tab`);
  };
  await tabTo('#commencer');
  await frame.waitForSelector('.page[data-screen=profil]');
  await tabTo('#role-parent', 'Space');
  await axe('profile');
  await tabTo('#suivant');
  for (let q = 0; q < 20; q++) {
    await frame.waitForFunction(() => ['question', 'verification'].includes(document.querySelector('.page')?.dataset.screen));
    if (await frame.getAttribute('.page', 'data-screen') === 'verification') break;
    if (q === 0) await axe('question');
    await tabTo('fieldset.question input', 'Space');
    const id = await frame.evaluate(() => document.querySelector('fieldset.question').id);
    await page.keyboard.press('Enter');
    await frame.waitForFunction((before) => document.querySelector('fieldset.question[id]')?.id !== before, id);
  }
  await axe('review');
  await tabTo('#suivant');
  await frame.waitForSelector('.page[data-screen=resultat]');
  await axe('result');
  await context.close();
});

test('when the browser blocks storage in the iframe, the questionnaire still works, with a notice', TIMEOUT, async () => {
  // What a browser that blocks third-party storage does: reading localStorage throws.
  const block = `if (location.origin === ${JSON.stringify(widget.origin)}) Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`;
  const { context, frames: [{ frame }], errors } = await openHost('/un', { width: 768, height: 900 }, block);
  await frame.waitForSelector('.notice-warning');
  assert.match(await frame.textContent('.notice'), /ne peut pas garder vos réponses/);
  await startQuestionnaire(frame, 'parent');
  await answerAll(frame, (i, n) => i % n);
  await frame.click('#suivant');
  await frame.waitForSelector('.page[data-screen=resultat]');
  assert.equal(await frame.$('#plantage'), null, 'no crash');
  assert.deepEqual(errors, []);
  await context.close();
});

test('under a sub-path, the standalone widget, its English file and embed.js all load', TIMEOUT, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(r.url()); });
  await page.goto(`${widget.url}?lang=en`);
  await page.waitForSelector('#app:not([data-prerendu]) .page[data-screen] main h1');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await page.request.get(`${widget.url}embed.js`)).status(), 200);
  assert.deepEqual(missing, []);
  await context.close();
});

// The respondent's journey in Chromium, at phone and desktop widths: one question per screen, the browser's Back and Forward inside the questionnaire, resuming after a reload, the review's « Modifier », honest « je ne sais pas », a result that reads in two screens, and keeping it (print, file, start again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready, screen, questionId, answerQuestion, answerAll, startQuestionnaire, openPage, cappedFile, settled } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const TIMEOUT = { timeout: 120000 };
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

const fresh = (viewport = PHONE, url = '/') => openPage(browser, server.origin, { viewport, url });

const hash = (page) => page.evaluate(() => location.hash);

const CAPPED = cappedFile({ role: 'coordonnateur', partnership: 'PRE des Hauts' });

async function importFile(page, answers) {
  await page.setInputFiles('#importer', { name: 'reponses.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)) });
  await page.waitForSelector('.page[data-screen=verification]');
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`${viewport.width} px: Back and Forward move inside the questionnaire, and the address says where`, TIMEOUT, async () => {
    const { context, page, errors } = await fresh(viewport);
    assert.equal(await hash(page), '', 'the welcome screen keeps the address it was opened with');
    await startQuestionnaire(page);
    const first = await questionId(page);
    assert.equal(await hash(page), `#/${first}`);
    const [, a1] = await answerQuestion(page, 0);
    const second = await questionId(page);
    const [, a2] = await answerQuestion(page, 1);
    const third = await questionId(page);
    assert.equal(await hash(page), `#/${third}`);
    await page.goBack();
    await page.waitForSelector(`fieldset#${second}`);
    assert.ok(await page.isChecked(`input[name="${second}"][value="${a2}"]`), 'the answer given is shown');
    await page.goBack();
    await page.waitForSelector(`fieldset#${first}`);
    assert.ok(await page.isChecked(`input[name="${first}"][value="${a1}"]`));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'titre-ecran', 'focus on the question');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the question shows from its top');
    await page.goForward();
    await page.waitForSelector(`fieldset#${second}`);
    await page.goBack();
    await page.goBack();
    await page.waitForSelector('.page[data-screen=profil]');
    await page.goBack();
    await page.waitForSelector('.page[data-screen=accueil]');
    assert.ok(page.url().startsWith(server.origin), 'still in the tool');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${viewport.width} px: Back pressed with « Suivant », before the next frame: the history stays in the path's order`, TIMEOUT, async () => {
    const { context, page, errors } = await fresh(viewport);
    const shown = () => page.evaluate(() => document.querySelector('fieldset.question[id]')?.id ?? document.querySelector('.page').dataset.screen);
    await startQuestionnaire(page);
    const first = await questionId(page);
    await answerQuestion(page, 0);
    const second = await questionId(page);
    // The third question is drawn, and the history goes back before its entry is written (entries
    // are written once a screen is painted): the frames are held until Back has been handled.
    await page.evaluate(() => new Promise((resolve) => {
      const frame = window.requestAnimationFrame;
      const held = [];
      window.requestAnimationFrame = (callback) => held.push(callback);
      addEventListener('popstate', () => setTimeout(() => {
        window.requestAnimationFrame = frame;
        for (const callback of held) callback(performance.now());
        resolve();
      }, 100), { once: true });
      document.querySelector('fieldset.question input').click();
      document.querySelector('#suivant').click();
      history.back();
    }));
    await settled(page);
    const now = await shown();
    const previous = { [first]: 'profil', [second]: first }[now];
    assert.ok(previous, `Back led to the first or the second question, not to ${now}`);
    await page.goBack();
    await page.waitForFunction((want) => (document.querySelector('fieldset.question[id]')?.id ?? document.querySelector('.page').dataset.screen) === want, previous, { timeout: 5000 });
    await settled(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${viewport.width} px: a reload resumes at the next unanswered question, and says so`, TIMEOUT, async () => {
    const { context, page } = await fresh(viewport);
    await startQuestionnaire(page);
    const answered = [];
    for (let i = 0; i < 4; i++) answered.push(await answerQuestion(page, i % 2));
    const next = await questionId(page);
    await page.goBack();
    await page.goBack();
    await page.waitForSelector(`fieldset#${answered[2][0]}`);
    await page.reload();
    await ready(page);
    assert.equal(await questionId(page), next, 'the first question without an answer');
    await settled(page);
    assert.equal(await hash(page), `#/${next}`);
    assert.equal(await page.getAttribute('#avis', 'data-notice'), 'reprise');
    assert.match(await page.textContent('#avis'), /Vous reprenez à la première question sans réponse/);
    assert.match(await page.textContent('#progression'), /Question 5 sur/);
    assert.match(await page.title(), /^Question 5 sur \d+ – /, 'the tab names the screen');
    // The notice sits inside the question, after its heading.
    assert.ok(await page.evaluate(() => document.querySelector('#titre-ecran').compareDocumentPosition(document.querySelector('#avis')) & Node.DOCUMENT_POSITION_FOLLOWING));
    await page.click('#precedent');
    await page.waitForSelector(`fieldset#${answered[3][0]}`);
    assert.ok(await page.isChecked(`input[name="${answered[3][0]}"][value="${answered[3][1]}"]`), 'answers intact');
    await context.close();
  });

  test(`${viewport.width} px: the progress stays in view with the question's number and the minutes left`, TIMEOUT, async () => {
    const { context, page } = await fresh(viewport);
    await startQuestionnaire(page, 'caf');
    const text = await page.textContent('#progression');
    assert.match(text, /Question 1 sur \d+/);
    assert.match(text, /Étape 1 sur 4\s:\s/);
    assert.match(text, /Encore environ \d+\smin/);
    // The terms' definitions opened, so that the page is long enough to scroll past the bar.
    await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
    await page.setViewportSize({ width: viewport.width, height: 500 });
    const room = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight - document.querySelector('#progression').getBoundingClientRect().top);
    assert.ok(room > 0, `the page scrolls further than the bar's place (${room})`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const top = await page.evaluate(() => document.querySelector('#progression').getBoundingClientRect().top);
    assert.ok(top >= -1 && top < 5, `the progress is at the top of the screen (${top})`);
    await context.close();
  });
}

test('the review opens at its top, lists every answer as given, and « Modifier » opens the question and comes back at its row', TIMEOUT, async () => {
  const { context, page, errors } = await fresh(PHONE);
  await startQuestionnaire(page, 'association');
  const chosen = await answerAll(page, (i, n) => (i === 0 ? 'dk' : i === 1 ? 'na' : i === 2 ? null : i % n));
  // Reached from the path's last question, the review opens at its top (its heading, what to
  // check, the count of answers), not at that question's row.
  await settled(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'titre-ecran', 'the keyboard on the review\'s heading');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the review shows from its top');
  const rows = await page.$$eval('.summary-row', (r) => r.map((x) => [x.id.replace('verif-', ''), x.dataset.answer, x.querySelector('.answer').textContent]));
  assert.equal(rows[0][1], 'je-ne-sais-pas');
  assert.match(rows[0][2], /Je ne sais pas/i);
  assert.equal(rows[1][1], 'sans-objet');
  assert.equal(rows[2][1], 'aucune');
  assert.match(rows[2][2], /Pas de réponse/);
  assert.ok(rows.slice(3).every((r) => r[1] === 'pratique'));
  assert.equal(rows.length, Object.keys(chosen).length + 1);
  assert.match(await page.textContent('#verif-bilan'), /«\s?je ne sais pas\s?»\s:\s1.*«\s?ne s'applique pas\s?»\s:\s1.*sans réponse\s:\s1/);
  assert.equal(await page.$('.ok'), null, 'nothing is called complete');
  // Change the fourth answer.
  const [id] = rows[3];
  await page.click(`#verif-${id} .summary-change button`);
  await page.waitForSelector(`fieldset#${id}`);
  assert.equal(await page.textContent('#suivant'), 'Revenir à mes réponses');
  assert.equal(await page.$('#precedent'), null);
  const other = await page.$$eval(`fieldset#${id} input[type=radio]`, (inputs) => inputs.findIndex((x) => !x.checked));
  const label = await page.$$eval(`fieldset#${id} label`, (l, k) => l[k].textContent, other);
  await answerQuestion(page, other);
  await page.waitForSelector('.page[data-screen=verification]');
  assert.equal(await page.getAttribute(`#verif-${id}`, 'data-answer'), 'pratique');
  assert.equal((await page.textContent(`#verif-${id} .answer`)).trim(), label.trim(), 'the new answer is listed');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.summary-row')?.id), `verif-${id}`, 'back at the row just changed');
  const [top, bottom, way] = await page.evaluate((id) => {
    const row = document.querySelector(`#verif-${id}`).getBoundingClientRect();
    return [row.top, row.bottom, document.querySelector('.screen > .nav').getBoundingClientRect().top];
  }, id);
  assert.ok(top >= 0 && bottom <= way, `the whole row in view (question, answer, « Modifier »), clear of the way on: ${top}–${bottom}, the bar at ${way}`);
  // « Modifier », then the browser's Back instead of an answer: the review again, at that row.
  const [next] = rows[4];
  await page.click(`#verif-${next} .summary-change button`);
  await page.waitForSelector(`fieldset#${next}`);
  await settled(page);
  await page.goBack();
  await page.waitForSelector('.page[data-screen=verification]');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.summary-row')?.id), `verif-${next}`, 'back at the row of the question left');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back to questions no longer on the path (the role changed since): the address always names the screen shown', TIMEOUT, async () => {
  const { context, page, errors } = await fresh(PHONE);
  await startQuestionnaire(page, 'parent');
  await answerQuestion(page, 0);
  await answerQuestion(page, 0);
  while (await screen(page) !== 'profil') {
    await page.click('#precedent');
    await settled(page);
  }
  await page.click('#role-caf');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  for (let k = 0; k < 8 && (await hash(page)) !== ''; k++) {
    await page.goBack();
    // The parent's questions are off the CAF's path: the review is shown instead, under its own address.
    await settled(page, 5000);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('all « je ne sais pas »: the review says so, and the result reports it with the questions to ask', TIMEOUT, async () => {
  const { context, page } = await fresh(PHONE);
  await startQuestionnaire(page, 'etablissement-second-degre');
  const chosen = await answerAll(page, () => 'dk');
  const kinds = await page.$$eval('.summary-row', (r) => r.map((x) => x.dataset.answer));
  assert.equal(kinds.length, Object.keys(chosen).length);
  assert.ok(kinds.every((k) => k === 'je-ne-sais-pas'));
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  assert.equal(await page.getAttribute('#niveau', 'data-level'), 'inconnu');
  assert.doesNotMatch(await page.textContent('main'), /quelques questions de plus/);
  const asks = await page.$$eval('#inconnu li[data-item]', (b) => b.map((x) => x.dataset.item));
  assert.ok(asks.length > 0 && asks.every((id) => chosen[id] === 'je-ne-sais-pas'), 'each question to ask is one answered « je ne sais pas »');
  assert.equal(await page.$('#inconnu button'), null, 'questions to ask the partners, not buttons that reopen them');
  await context.close();
});

test('a capped result: the chart shows the mean and the level retained, and names what holds it back', TIMEOUT, async () => {
  const { context, page } = await fresh(DESKTOP);
  await importFile(page, CAPPED);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  const chart = await page.evaluate(() => {
    const row = document.querySelector('.chart-row[data-row=ensemble]');
    const band = (r, level) => { const b = r.querySelector(`rect[data-level=${level}]`); return [Number(b.getAttribute('x')), Number(b.getAttribute('x')) + Number(b.getAttribute('width'))]; };
    return {
      level: document.querySelector('#niveau').dataset.level,
      words: document.querySelector('#niveau strong').textContent,
      rowWords: row.querySelector('.chart-words').textContent,
      current: row.querySelector('.chart-band-current').dataset.level,
      marker: Number(row.querySelector('.chart-marker').dataset.x),
      maximal: band(row, 'maximal'),
      note: row.querySelector('.chart-note')?.textContent,
      holding: [...document.querySelectorAll('.chart-row')].filter((r) => r.dataset.row !== 'ensemble' && r.querySelector('.chart-note')).map((r) => [r.dataset.row, r.dataset.level, r.querySelector('.chart-title').textContent]),
    };
  });
  assert.equal(chart.level, 'intermediaire');
  assert.equal(chart.words, 'Intermédiaire');
  assert.equal(chart.rowWords, 'Intermédiaire');
  assert.equal(chart.current, 'intermediaire', 'the band drawn is the level retained');
  assert.ok(chart.maximal[0] <= chart.marker && chart.marker <= chart.maximal[1], 'the marker shows the mean, in the maximal band');
  assert.equal(chart.holding.length, 1);
  const [row, level, title] = chart.holding[0];
  assert.deepEqual([row, level], ['parents', 'minimal']);
  assert.ok(chart.note.includes(title), `the chart names « ${title} »: ${chart.note}`);
  assert.doesNotMatch(await page.textContent('main'), /sur 100/, 'no mark out of 100');
  await context.close();
});

test('on a phone, the level, the chart and the three directions are within the first two screens', TIMEOUT, async () => {
  const { context, page } = await fresh(PHONE);
  await page.click('#commencer');
  await page.click('#role-etablissement-second-degre');
  await page.click('#preciser summary');
  await page.fill('#partenariat', 'Cité éducative des Hauts');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  await answerAll(page, (i, n) => (i % 4 === 3 ? 'dk' : i % n));
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  const bottoms = await page.evaluate(() => Object.fromEntries(['#niveau', '#graphique', '#directions'].map((s) => {
    const e = document.querySelector(s);
    return [s, e ? e.getBoundingClientRect().bottom + window.scrollY : null];
  })));
  assert.equal(await page.$$eval('#directions li', (l) => l.length), 3, 'three directions');
  for (const [selector, bottom] of Object.entries(bottoms)) {
    assert.ok(bottom !== null && bottom <= 2 * PHONE.height, `${selector} ends at ${bottom}px, beyond two screens (${2 * PHONE.height}px)`);
  }
  await context.close();
});

test('no radio is chosen in advance, on the profile or on a question', TIMEOUT, async () => {
  const { context, page } = await fresh(PHONE);
  await page.click('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  assert.equal(await page.$$eval('input:checked', (c) => c.length), 0, 'profile');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  assert.equal(await page.$$eval('input:checked', (c) => c.length), 0, 'question');
  await context.close();
});

test('Enter on the profile moves on, as on a question: on a role or a kind chosen with the keyboard; not on a role only focused, nor on « Préciser »', TIMEOUT, async () => {
  const { context, page } = await fresh(PHONE);
  const onQuestionOne = async () => {
    await page.waitForSelector('.page[data-screen=question]');
    assert.match(await page.textContent('.progress-question'), /^Question 1 sur 9$/, 'the first of the parent path\'s nine questions');
    await settled(page);
    await page.goBack();
    await page.waitForSelector('.page[data-screen=profil]');
  };
  await page.click('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  // Tab into the roles with none chosen: the first is focused, not chosen; Enter stays.
  await page.focus('#role-parent');
  assert.equal(await page.isChecked('#role-parent'), false);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await screen(page), 'profil', 'Enter on a role only focused');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await onQuestionOne();
  assert.ok(await page.isChecked('#role-parent'), 'the role kept');
  // Enter on the folded part's title opens it, and stays on the profile.
  await page.focus('#preciser > summary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#partenariat', { state: 'visible' });
  assert.equal(await screen(page), 'profil');
  await page.fill('#partenariat', 'PRE des Hauts');
  await page.focus('#type-pre');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await onQuestionOne();
  assert.ok(await page.isChecked('#type-pre'), 'the kind kept');
  assert.equal(await page.inputValue('#partenariat'), 'PRE des Hauts', 'the name kept');
  await context.close();
});

test('Enter on a question moves on once an answer is chosen: not while none is; where several may be ticked, from any box once one is', TIMEOUT, async () => {
  const { context, page } = await fresh(PHONE);
  await startQuestionnaire(page, 'parent');
  const first = await questionId(page);
  await page.focus('fieldset.question input');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await questionId(page), first, 'nothing chosen: Enter stays');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => document.querySelector('fieldset.question[id]')?.id !== before, first);
  for (let q = 0; q < 12 && (await questionId(page)) !== 'famille-aide'; q++) await answerQuestion(page, 0);
  assert.equal(await questionId(page), 'famille-aide', 'a question where several answers may be ticked');
  const boxes = page.locator('fieldset.question input[type=checkbox]');
  await boxes.nth(0).focus();
  await page.keyboard.press('Space');
  await boxes.nth(1).focus();
  assert.equal(await boxes.nth(1).isChecked(), false);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('fieldset.question[id]')?.id !== 'famille-aide');
  await context.close();
});

test('emptying the partnership\'s name keeps « Préciser » open, with the keyboard in the field', TIMEOUT, async () => {
  const { context, page } = await fresh(PHONE);
  await page.click('#commencer');
  await page.waitForSelector('.page[data-screen=profil]');
  await page.click('#preciser > summary');
  await page.fill('#partenariat', 'PRE');
  await page.focus('#partenariat');
  for (let k = 0; k < 3; k++) await page.keyboard.press('Backspace');
  await page.waitForTimeout(200);
  assert.equal(await page.inputValue('#partenariat'), '');
  assert.ok(await page.$eval('#preciser', (d) => d.open), 'still open');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'partenariat', 'the keyboard still in the field');
  await page.keyboard.type('PRE des Hauts');
  assert.equal(await page.inputValue('#partenariat'), 'PRE des Hauts');
  await context.close();
});

test('keeping the result: print with the date, partnership, role and answers; start again only after asking', TIMEOUT, async () => {
  const { context, page } = await fresh(DESKTOP);
  await importFile(page, CAPPED);
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=resultat]');
  await settled(page);
  assert.match(await page.title(), /^Votre résultat – /);
  assert.ok(await page.$('#imprimer'));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('#reponses-imprimees'), 'the answers are printed');
  assert.equal(await page.isVisible('#imprimer'), false, 'no buttons on paper');
  const printed = await page.evaluate(() => document.querySelector('main').innerText);
  assert.match(printed, /Résultat établi le \d{1,2} \S+ \d{4}/);
  assert.match(printed, /PRE des Hauts/);
  assert.match(printed, /Réponses données en tant que/);
  assert.ok(await page.$$eval('#reponses-imprimees .summary-row', (r) => r.length) >= Object.keys(CAPPED.answers).length);
  // On A4 paper: nothing to click, the charts whole, the source named, a few pages.
  const interactive = await page.$$eval('button, input, .share, .header-actions', (all) => all.filter((e) => e.getClientRects().length > 0).length);
  assert.equal(interactive, 0, 'nothing to click on paper');
  assert.equal(await page.$eval('.chart', (c) => getComputedStyle(c).breakInside), 'avoid', 'a chart is never split across pages');
  assert.match(await page.evaluate(() => document.body.innerText), /Trépos/, 'the source is named');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  assert.ok(pages >= 2 && pages <= 10, `an A4 report of a few pages: ${pages}`);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('#reponses-imprimees'), false, 'on screen, the review shows them');
  await page.click('#recommencer');
  await page.waitForSelector('#recommencer-oui');
  await page.click('#confirmer-recommencer button:not(#recommencer-oui)');
  assert.equal(await screen(page), 'resultat', 'cancelling keeps everything');
  await page.click('#recommencer');
  await page.click('#recommencer-oui');
  await page.waitForSelector('.page[data-screen=accueil]');
  assert.equal(await page.getAttribute('#avis', 'data-notice'), 'efface');
  await context.close();
});

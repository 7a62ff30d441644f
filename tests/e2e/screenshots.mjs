// Writes a screenshot of every screen, in French and English, at 1280 px and 375 px wide, into screenshots/ (git-ignored).
// Run after `trunk build --release`: node tests/e2e/screenshots.mjs
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, serveHost, launch, ready, screen, answerQuestion, answerAll, startQuestionnaire, cappedFile, ROOT } from './helpers.mjs';

const OUT = path.join(ROOT, 'screenshots');
fs.mkdirSync(OUT, { recursive: true });
const server = await serve();
const browser = await launch();
const written = [];

for (const lang of ['fr', 'en']) {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 740 } });
    const page = await context.newPage();
    const shot = async (name) => {
      const file = path.join(OUT, `${name}-${lang}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(path.relative(ROOT, file));
    };
    await page.goto(`${server.origin}/?lang=${lang}`);
    await ready(page);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await shot('1-accueil');
    await page.click('#commencer');
    await page.waitForSelector('.page[data-screen=profil]');
    await page.click('#role-association');
    await page.click('#preciser summary');
    await page.fill('#partenariat', lang === 'fr' ? 'PRE du quartier des Hauts' : 'Les Hauts district PRE');
    await shot('2-profil');
    await page.click('#suivant');
    await page.waitForSelector('.page[data-screen=question]');
    // A varied partnership, a few « je ne sais pas », one question left unanswered; the first
    // question (with its step's introduction, terms opened), a question with several answers,
    // and a question after a reload (« vous reprenez ici »).
    for (let i = 0; i < 40 && await screen(page) === 'question'; i++) {
      const several = await page.$('fieldset.question input[type=checkbox]');
      if (i === 0) {
        await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
        await shot('3-question-1');
      } else if (several && !written.some((f) => f.includes(`3-question-plusieurs-${lang}-${width}`))) {
        await shot('3-question-plusieurs');
      } else if (i === 6) {
        await page.reload();
        await ready(page);
        await shot('3-question-reprise');
      }
      const n = (await page.$$('fieldset.question input')).length - 2;
      await answerQuestion(page, i === 4 ? null : i % 4 === 3 ? 'dk' : [1, 0, 2, 1, 0, 2][i % 6] % n);
    }
    await page.waitForSelector('.page[data-screen=verification]');
    await shot('4-verification');
    await page.click('#suivant');
    await page.waitForSelector('.page[data-screen=resultat]');
    await shot('5-resultat');
    if (lang === 'fr') {
      // The same result, opened by its share link on another device.
      const link = await page.inputValue('#lien');
      const other = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 740 } });
      const received = await other.newPage();
      await received.goto(link);
      await ready(received);
      const file = path.join(OUT, `14-partage-recu-${lang}-${width}.png`);
      await received.screenshot({ path: file, fullPage: true });
      written.push(path.relative(ROOT, file));
      await other.close();
    }
    await page.click('#recommencer');
    await page.waitForSelector('#recommencer-oui');
    await shot('5-resultat-recommencer');
    await page.click('#effacer');
    await page.waitForSelector('#effacer-oui');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('6-confirmation-effacement');
    await page.evaluate(() => localStorage.setItem('partenariat.etat', '{"version":2,"abîmé":'));
    await page.reload();
    await ready(page);
    await shot('7-etat-abime');
    // The parent path: a step and the result.
    await page.click('#commencer');
    await page.waitForSelector('.page[data-screen=profil]');
    await page.click('#role-parent');
    await shot('2-profil-parent');
    await page.click('#suivant');
    await page.waitForSelector('.page[data-screen=question]');
    await shot('3-question-parent');
    await answerAll(page, (i, n) => (i === 1 ? 'dk' : (i + 1) % n));
    await page.click('#suivant');
    await page.waitForSelector('.page[data-screen=resultat]');
    await shot('5-resultat-parent');
    await context.close();
  }
}
const CAPPED = cappedFile();
// The states a respondent meets less often, at both widths.
for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 740 } });
  const page = await context.newPage();
  const shot = async (name) => {
    const file = path.join(OUT, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(path.relative(ROOT, file));
  };
  await page.goto(server.origin + '/');
  await ready(page);
  // A refused import.
  await page.setInputFiles('#importer', { name: 'ancien.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"partenariat-reponses","version":7,"answers":{}}') });
  await page.waitForSelector('.notice-warning');
  await shot('8-import-refuse-fr');
  // A result capped at intermédiaire, from an imported file.
  await page.setInputFiles('#importer', { name: 'plafond.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(CAPPED)) });
  await page.waitForSelector('.page[data-screen=verification]');
  await page.click('#suivant');
  await page.waitForSelector('.chart-note');
  await shot('9-resultat-plafonne-fr');
  await page.emulateMedia({ media: 'print' });
  await shot('9-resultat-plafonne-impression-fr');
  await page.emulateMedia({ media: 'screen' });
  // English that cannot be fetched.
  await page.route('**/questionnaire-en.bin', (route) => route.abort());
  await page.click('header button[lang=en]');
  await page.waitForSelector('.notice-warning');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('10-anglais-indisponible-fr');
  // A result without enough answers.
  await page.unroute('**/questionnaire-en.bin');
  await page.click('#effacer');
  await page.click('#effacer-oui');
  await page.click('#commencer');
  await page.click('#suivant');
  await page.waitForSelector('.page[data-screen=question]');
  await answerAll(page, () => null);
  await page.click('#suivant');
  await page.waitForSelector('#niveau[data-level=pas-assez]');
  await shot('11-resultat-insuffisant-fr');
  // The crash screen, with the markup the panic hook writes and the page's own stylesheet.
  for (const lang of ['fr', 'en']) {
    const markup = execFileSync('cargo', ['run', '--quiet', '--example', 'crash_page', '--', lang], { cwd: ROOT, encoding: 'utf8' });
    await page.evaluate((html) => { document.getElementById('app').innerHTML = html; }, markup);
    await shot(`12-plantage-${lang}`);
  }
  await context.close();
}
// Embedded in a partner's article (another site), with a green accent and the host's font.
const host = await serveHost({
  '/': {
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ORIV</title>
<style>body { margin: 0; font-family: Georgia, serif; background: #f3f1ea; } header { background: #4b2e83; color: #fff; padding: 1rem; } .article { max-width: 46rem; margin: 0 auto; padding: 0 1rem 2rem; }</style></head>
<body><header>ORIV · Observatoire régional de l'intégration et de la ville</header><main class="article"><h1>Le partenariat éducatif du contrat de ville</h1>
<p>Avant le séminaire, chaque partenaire peut situer son partenariat avec ce questionnaire.</p>
<div data-partenariat data-accent="#0a6b3d" data-police="heritee"></div><p>Suite de l'article.</p></main>
<script src="${server.origin}/embed.js" defer></script></body></html>`,
  },
});
for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 740 } });
  const page = await context.newPage();
  // A viewport as tall as the page rather than a full-page capture, which paints a frame from
  // another site only within the first screen.
  const shot = async (name) => {
    const file = path.join(OUT, `${name}-fr-${width}.png`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.min(height, 6000) });
    await page.waitForTimeout(200);
    await page.screenshot({ path: file });
    await page.setViewportSize({ width, height: width > 500 ? 900 : 740 });
    written.push(path.relative(ROOT, file));
  };
  await page.goto(host.origin + '/');
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await ready(frame);
  await page.waitForTimeout(300);
  await shot('13-integre-accueil');
  await startQuestionnaire(frame, 'parent');
  await page.waitForTimeout(300);
  await shot('13-integre-question');
  await answerAll(frame, (i, n) => i % n);
  await frame.click('#suivant');
  await frame.waitForSelector('.page[data-screen=resultat]');
  await page.waitForTimeout(300);
  await shot('13-integre-resultat');
  await context.close();
}
// The kiosk (a tablet, a phone-sized screen) and the facilitator's view on a projector; « mettre en
// commun » with three results.
for (const [width, height] of [[1280, 800], [375, 740]]) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const shot = async (name) => {
    const file = path.join(OUT, `${name}-fr-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(path.relative(ROOT, file));
  };
  await page.goto(`${server.origin}/?mode=kiosk&inactivite=3`);
  await ready(page);
  await shot('14-kiosque-accueil');
  await startQuestionnaire(page, 'parent');
  await page.waitForSelector('#inactif', { timeout: 10000 });
  await shot('14-kiosque-inactif');
  await page.keyboard.press('Shift');
  await answerAll(page, (i, n) => i % n);
  await page.click('#suivant');
  await page.waitForSelector('#qr svg');
  await shot('14-kiosque-resultat');
  await page.click('#terminer');
  await page.goto(`${server.origin}/?mode=kiosk&vue=animation`);
  await page.waitForSelector('#code-encore');
  await shot('15-animation-code');
  await page.fill('#code', '2468');
  await page.fill('#code-encore', '2468');
  await page.click('#ouvrir');
  await page.waitForSelector('#combien');
  if (width > 500) {
    for (const [w, h] of [[1920, 1080], [1280, 720]]) {
      await page.setViewportSize({ width: w, height: h });
      const file = path.join(OUT, `15-animation-projecteur-${w}x${h}.png`);
      await page.screenshot({ path: file });
      written.push(path.relative(ROOT, file));
    }
    await page.setViewportSize({ width, height });
  }
  await shot('15-animation');
  await page.goto(`${server.origin}/?vue=ensemble`);
  await page.waitForSelector('#liens');
  const files = ['encadre-1', 'encadre-2', 'encadre-3'].map((f) => path.join(ROOT, 'tests', 'fixtures', 'v1', `${f}.json`));
  await page.setInputFiles('#fichiers', files);
  await page.waitForSelector('#commun-tableau');
  await shot('16-en-commun');
  await page.goto(`${server.origin}/?vue=evolution`);
  await page.waitForSelector('#fichier-avant');
  await page.setInputFiles('#fichier-avant', files[0]);
  await page.setInputFiles('#fichier-maintenant', files[2]);
  await page.waitForSelector('#evolution-tableau');
  await shot('17-evolution');
  await context.close();
}
await host.close();
await browser.close();
await server.close();
console.log(`${written.length} screenshots:\n${written.join('\n')}`);

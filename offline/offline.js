// Registers the widget's service worker (sw.js, written by scripts/sw.mjs at build time) and, when
// a new deploy's worker is waiting, offers to reload: a notice of its own, outside the app's root
// (it may come on any screen, in either language, and the app need not know). Loaded by the page
// once it is idle after its first screen (src/ui/lazy.rs), never in the first load.
export default function offline() {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  sw.register('sw.js').then((reg) => {
    const offer = (w) => {
      if (!sw.controller || document.getElementById('mise-a-jour')) return;
      const en = document.documentElement.lang === 'en';
      const box = document.createElement('div');
      box.id = 'mise-a-jour';
      box.className = 'notice update-notice';
      box.setAttribute('role', 'status');
      const p = document.createElement('p');
      p.textContent = en ? 'A new version of the tool is ready: it will open the next time the page is loaded.' : 'Une nouvelle version de l’outil est prête : elle s’ouvrira au prochain chargement de la page.';
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'button button-secondary';
      b.id = 'recharger';
      b.textContent = en ? 'Reload now' : 'Recharger maintenant';
      b.onclick = () => w.postMessage('skipWaiting');
      // Kept out of the way until the next load, which offers it again (a phone's screen is small).
      const later = document.createElement('button');
      later.type = 'button';
      later.className = 'button button-tertiary';
      later.id = 'plus-tard';
      later.textContent = en ? 'Later' : 'Plus tard';
      later.onclick = () => box.remove();
      box.append(p, b, later);
      document.body.append(box);
    };
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      if (w) w.addEventListener('statechange', () => { if (w.state === 'installed') offer(w); });
    });
    sw.addEventListener('controllerchange', () => { if (document.getElementById('mise-a-jour')) location.reload(); });
  }, () => {});
}

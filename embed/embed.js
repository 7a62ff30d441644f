/* Où en est notre partenariat ? Host script: turns each <div data-partenariat> of the page into
   the widget's iframe and keeps the iframe as tall as its content. No dependency, nothing sent
   anywhere. Protocol and parameters: README.md, « Intégrer le questionnaire sur votre site ». */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.URL || !window.URLSearchParams) return;
  // The widget lives beside this script; only messages from that origin are read.
  var base = new URL('./', script.src);
  var frames = [];

  function attach(host, n) {
    if (host.hasAttribute('data-partenariat-pret')) return;
    host.setAttribute('data-partenariat-pret', '');
    var d = host.dataset;
    var q = new URLSearchParams({ mode: 'embed', origine: location.origin });
    if (d.lang) q.set('lang', d.lang);
    if (d.accent) q.set('accent', d.accent);
    if (d.police === 'heritee') q.set('police', getComputedStyle(host).fontFamily);
    if (d.fin === 'oui') q.set('fin', '1');
    if (d.horsLigne === 'oui') q.set('horsligne', '1');
    // Two widgets on one site keep two saved states; the first keeps the default one.
    if (d.cadre) q.set('cadre', d.cadre); else if (n) q.set('cadre', String(n + 1));
    var f = document.createElement('iframe');
    f.src = base.href + '?' + q;
    f.title = d.titre || (d.lang === 'en' ? 'Where does our partnership stand? Self-assessment questionnaire' : 'Où en est notre partenariat ? Questionnaire d\u2019auto-évaluation');
    f.loading = 'lazy';
    f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-modals');
    f.setAttribute('allow', '');
    f.style.display = 'block';
    f.style.width = '100%';
    f.style.border = '0';
    f.style.height = '40rem';
    host.appendChild(f);
    frames.push({ frame: f, host: host });
  }

  window.addEventListener('message', function (e) {
    var m = e.data;
    if (e.origin !== base.origin || !m || m.version !== 1 || typeof m.type !== 'string') return;
    for (var i = 0; i < frames.length; i++) {
      var x = frames[i];
      if (x.frame.contentWindow !== e.source) continue;
      if (m.type === 'partenariat:hauteur' && typeof m.hauteur === 'number' && m.hauteur > 0 && m.hauteur < 100000) {
        x.frame.style.height = Math.ceil(m.hauteur) + 'px';
      } else if (m.type === 'partenariat:ecran') {
        var top = x.frame.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight) x.frame.scrollIntoView();
      } else if (m.type === 'partenariat:resultat') {
        var level = typeof m.niveau === 'string' ? m.niveau : null;
        x.host.dispatchEvent(new CustomEvent('partenariat:resultat', { bubbles: true, detail: { niveau: level } }));
      }
    }
  });

  function start() {
    var hosts = document.querySelectorAll('[data-partenariat]');
    for (var i = 0; i < hosts.length; i++) attach(hosts[i], i);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();

// Writes the service worker (`sw.js`) beside the built page (Trunk's post_build hook, after
// minify.mjs): the app shell's files by their hashed names, cached at install under a name made of
// their contents' hash; the room bundle and the English pack cached when first fetched. A new
// deploy has new contents, so a new cache name: the new worker waits, the page offers to reload
// (src/ui/lazy.rs), and on activation the old cache is deleted. Only GET requests to the page's
// own origin are answered from the cache; nothing of another origin is ever stored.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
// The shell: the page and every file it links to (script, glue, wasm, stylesheet, snippets).
const linked = [...html.matchAll(/(?:href|src)=["']?(?:\.\/)?([\w./-]+\.(?:js|wasm|css))/g)].map((m) => m[1]);
// The wasm is named by Trunk's inline loader only (its preload is dropped: scripts/preload.mjs).
const inline = [...html.matchAll(/from\s*['"](?:\.\/)?([\w.-]+\.js)['"]|(?:module_or_path:\s*|init\(\s*)['"](?:\.\/)?([\w.-]+\.wasm)['"]/g)].map((m) => m[1] ?? m[2]);
const shell = [...new Set([...linked, ...inline])].filter((f) => fs.existsSync(path.join(dir, f))).sort();
if (!shell.some((f) => f.endsWith('.wasm'))) throw new Error("sw.mjs: no wasm found in index.html's loader: the offline cache would not work");
const later = ['offline.js', 'salle.js', 'salle_bg.wasm', 'salle.css', 'questionnaire-en.bin'].filter((f) => fs.existsSync(path.join(dir, f)));
const hash = crypto.createHash('sha256');
for (const f of ['index.html', ...shell, ...later]) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = `partenariat-${hash.digest('hex').slice(0, 16)}`;

const worker = `// Written by scripts/sw.mjs at build time: the widget's offline cache (${version}).
const VERSION = ${JSON.stringify(version)};
const SHELL = ${JSON.stringify(['./', ...shell])};
const LATER = ${JSON.stringify(later)};
self.addEventListener('install', (e) => e.waitUntil(caches.open(VERSION).then((c) => c.addAll(SHELL))));
self.addEventListener('activate', (e) => e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('partenariat-') && k !== VERSION).map((k) => caches.delete(k))))));
self.addEventListener('message', (e) => { if (e.data === 'skipWaiting') self.skipWaiting(); });
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  const file = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : null;
  if (file === null) return;
  // A page of the widget (any query: ?mode=kiosk, ?vue=…) is the one page.
  const key = e.request.mode === 'navigate' ? new URL('./', scope).href : url.origin + url.pathname;
  e.respondWith(caches.open(VERSION).then((cache) => cache.match(key).then((hit) => hit || fetch(e.request).then((response) => {
    if (response.ok && LATER.includes(file)) cache.put(key, response.clone());
    return response;
  }))));
});
`;
fs.writeFileSync(path.join(dir, 'sw.js'), worker);
console.log(`sw.js: ${version}, ${shell.length + 1} files at install, ${later.length} when first fetched`);

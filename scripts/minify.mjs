// Minifies the JavaScript glue wasm-bindgen wrote (Trunk's `minify` leaves it as written): the
// page's module, its snippets and the room bundle's module, then brings the `integrity` (SRI)
// of index.html's preload links up to date. Trunk's post_build hook, before scripts/csp.mjs (the
// inline loader, whose hash the CSP carries, is not touched). embed.js, the host page's script,
// is left as written: webmasters read it.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const files = fs.readdirSync(dir, { recursive: true })
  .filter((f) => f.endsWith('.js') && f !== 'embed.js')
  .map((f) => f.split(path.sep).join('/'));
const sri = {};
let before = 0;
let after = 0;
for (const f of files) {
  const file = path.join(dir, f);
  const source = fs.readFileSync(file, 'utf8');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  fs.writeFileSync(file, code);
  sri[f] = 'sha384-' + crypto.createHash('sha384').update(code, 'utf8').digest('base64');
  before += source.length;
  after += code.length;
}
const page = path.join(dir, 'index.html');
const html = fs.readFileSync(page, 'utf8').replace(/<link\b[^>]*>/g, (tag) => {
  const href = tag.match(/\bhref=["']?(?:\.\/)?([^\s"'>]+)/)?.[1];
  if (!href || !sri[href]) return tag;
  return tag.replace(/\bintegrity=(["']?)sha384-[A-Za-z0-9+/=]+\1/, (_, q) => `integrity=${q}${sri[href]}${q}`);
});
fs.writeFileSync(page, html);
console.log(`minify: ${files.length} scripts, ${before} → ${after} bytes`);

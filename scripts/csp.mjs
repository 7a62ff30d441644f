// Writes the Content-Security-Policy the built page needs next to its files (Trunk's post_build
// hook): `csp.txt` (the header's value), `nginx-csp.conf` and `.htaccess` (Apache). The policy
// allows the page's own files, wasm compilation and Trunk's one inline loader, by its hash.
// `PARTENARIAT_FRAME_ANCESTORS` lists who may frame the widget (default: 'self' only), for
// example "'self' https://www.oriv.org".
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) throw new Error(`expected Trunk's one inline loader in index.html, found ${inline.length}`);
const hash = crypto.createHash('sha256').update(inline[0], 'utf8').digest('base64');
const ancestors = process.env.PARTENARIAT_FRAME_ANCESTORS ?? "'self'";
if (!/^[\w\s'.:/*-]+$/.test(ancestors)) throw new Error(`PARTENARIAT_FRAME_ANCESTORS: not a list of sources: ${ancestors}`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  `frame-ancestors ${ancestors}`,
].join('; ');
fs.writeFileSync(path.join(dir, 'csp.txt'), policy + '\n');
fs.writeFileSync(path.join(dir, 'nginx-csp.conf'), `# In the server or location block that serves the widget:\nadd_header Content-Security-Policy "${policy}" always;\n`);
fs.writeFileSync(path.join(dir, '.htaccess'), `# Apache (mod_headers), in the widget's folder:\nHeader always set Content-Security-Policy "${policy}"\n`);
console.log(`csp.txt: ${policy}`);

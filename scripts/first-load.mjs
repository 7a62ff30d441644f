// The files of the respondent's first load and their sizes (raw, gzip -9, brotli 11): what the
// page asks for before its first screen is interactive. One list for scripts/bench (BENCHMARKS.md)
// and scripts/size.mjs (the sizes alone, in seconds).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Sizes of one file of `dist`. */
export function sizeOf(dist, file) {
  const raw = fs.readFileSync(path.join(dist, file));
  return { file, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length, brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}

/** The first load of the page built in `dist`: the files `index.html` names, the wasm its inline loader fetches, and the glue's snippets; each with its sizes. */
export function firstLoad(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  // The wasm is named by Trunk's inline loader (its preload is dropped: scripts/preload.mjs).
  const named = ['index.html', ...[...html.matchAll(/(?:href|src)="?([^" >]+\.(?:js|wasm|css))|(?:module_or_path:\s*|init\(\s*)['"]([^'"]+\.wasm)['"]/g)].map((m) => (m[1] ?? m[2]).replace(/^\.\//, ''))];
  if (!named.some((f) => f.endsWith('.wasm') && fs.existsSync(path.join(dist, f)))) throw new Error('no wasm found in index.html: the first load would be counted without it');
  // The glue's snippets are imported by the glue itself (not named in the page).
  const snippets = fs.existsSync(path.join(dist, 'snippets')) ? fs.readdirSync(path.join(dist, 'snippets'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => path.join('snippets', f)) : [];
  return [...new Set([...named, ...snippets])].filter((f) => fs.existsSync(path.join(dist, f))).map((f) => sizeOf(dist, f));
}

/** The sum of `sizes`' raw, gzip and brotli bytes. */
export function total(sizes) {
  return sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

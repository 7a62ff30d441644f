// Drops the `<link rel=preload>` Trunk writes for the page's wasm (Trunk's post_build hook, after
// scripts/minify.mjs; Trunk 0.21's `pattern_preload` would replace all its preloads, the glue's
// and their integrity with them, where only the wasm's should go). The wasm is then fetched by Trunk's
// loader when the page's module runs, which is once the stylesheet is in: the painted welcome
// page (src/prerender.rs), the page's largest paint, no longer shares the network with 150 KB
// that it does not need. Lighthouse's phone (slow 4G) paints at about 1.0 s with it dropped
// (largest paint 2.0 s with the preload, where the wasm ended before the paint) and is
// interactive at 1.7–1.8 s (2.0 s); on this machine, unthrottled network, time to interactive
// did not move (BENCHMARKS.md). The glue's module preloads are kept: they are small and needed first.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const page = path.join(dir, 'index.html');
const html = fs.readFileSync(page, 'utf8');
const preloads = html.match(/<link\b[^>]*\brel=["']?preload\b[^>]*\.wasm\b[^>]*>|<link\b[^>]*\.wasm\b[^>]*\brel=["']?preload\b[^>]*>/g) ?? [];
if (preloads.length !== 1) throw new Error(`expected Trunk's one preload of the wasm in index.html, found ${preloads.length}`);
fs.writeFileSync(page, html.replace(preloads[0], ''));
console.log(`preload: dropped ${preloads[0].match(/href=["']?([^\s"'>]+)/)[1]}`);

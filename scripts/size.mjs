// The release bundle's sizes alone, in seconds (scripts/bench measures everything, in about fifteen
// minutes): the respondent's first load file by file against its 175 KB gzip budget, with the
// bytes left; then what loads later (the room bundle, the offline cache, the English file).
// Run after `trunk build --release`: node scripts/size.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import { firstLoad, sizeOf, total } from './first-load.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const BUDGET = 175 * 1024;
const row = (s, note = '') => console.log(`${s.file.padEnd(52)} ${String(s.raw).padStart(8)} ${String(s.gzip).padStart(8)} ${String(s.brotli).padStart(8)}${note}`);
console.log(`${'file'.padEnd(52)} ${'raw'.padStart(8)} ${'gzip -9'.padStart(8)} ${'brotli'.padStart(8)}`);
const first = firstLoad(dist);
first.forEach((s) => row(s));
const sum = total(first);
console.log(`first load: ${sum.gzip} bytes gzip (${(sum.gzip / 1024).toFixed(1)} KB), ${BUDGET - sum.gzip} bytes ${sum.gzip <= BUDGET ? 'left under' : 'OVER'} the 175 KB budget`);
// Everything else the build wrote (but embed.js, the host page's script), loaded later or never.
const later = fs.readdirSync(dist).filter((f) => /\.(js|wasm|css|bin)$/.test(f) && f !== 'embed.js' && !first.some((s) => s.file === f)).sort();
console.log('\nloaded later (the room bundle for « mettre en commun », the facilitator and the kiosk; the offline cache once idle; English when chosen):');
later.forEach((f) => row(sizeOf(dist, f)));
process.exitCode = sum.gzip <= BUDGET ? 0 : 1;

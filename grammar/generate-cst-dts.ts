/** Writes grammar/cst.d.ts (`npm run gen:cst`); a test checks the committed file is up to date. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cstDtsText } from './cst-dts.js';

// Runs from dist/grammar/: the source tree is two levels up.
const target = fileURLToPath(new URL('../../grammar/cst.d.ts', import.meta.url));
writeFileSync(target, cstDtsText());
console.log(`wrote ${target}`);

// The floor of `npm run bench`: a bare Node line scan over the same bytes (read the file as a
// stream, split lines, test a substring). Nothing esereport does can be faster than this.
import { createReadStream } from 'node:fs';

const path = process.argv[2];
let rest = '';
let lines = 0;
let hits = 0;
for await (const chunk of createReadStream(path, { encoding: 'latin1', highWaterMark: 1 << 20 })) {
  const text = rest + chunk;
  let start = 0;
  let nl;
  while ((nl = text.indexOf('\n', start)) !== -1) {
    if (text.slice(start, nl).includes('lGeneration')) hits++;
    lines++;
    start = nl + 1;
  }
  rest = text.slice(start);
}
process.stdout.write(JSON.stringify({ lines, hits }) + '\n');

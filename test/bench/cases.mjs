// The archive of cases of issue 17 for `npm run bench`: COUNT case folders as a support team
// keeps them (`tickets/<id>/…`), about 25 KB each, deterministic. Two cases in three hold one
// capture file (`eseutil /mh` + the `/ml` loop, ese-format.md §1.4, §2.3); one in three keeps it
// in a subfolder beside a second capture (`case/server/sg1.txt`, `case/notes.txt`). Every modern
// case is the same server (the same log and database signatures, test/bench/generate.mjs), every
// tenth a 5.5 server: cases share signatures, as two nights of one server do, and must stay apart.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArchive } from './generate.mjs';

/** Writes the archive into `folder` (once; reused when present); resolves to its size in bytes. */
export async function writeCaseArchive(folder, count) {
  const sizeFile = join(folder, '.bytes');
  if (existsSync(sizeFile)) return Number((await import('node:fs')).readFileSync(sizeFile, 'utf8'));
  const building = `${folder}.partial`;
  rmSync(building, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const name = `case-${String(i).padStart(4, '0')}`;
    const era = i % 10 === 9 ? '55' : 'modern';
    // 12 to 19 logs a case: about 25 KB of modern captures.
    const logs = 12 + (i % 8);
    if (i % 3 === 0) {
      mkdirSync(join(building, name, 'server'), { recursive: true });
      bytes += await writeArchive(join(building, name, 'server', 'sg1.txt'), era, logs);
      const notes = `Ticket ${name}: captures taken on the server after the restore failed.\r\n`;
      writeFileSync(join(building, name, 'notes.txt'), notes);
      bytes += notes.length;
    } else {
      mkdirSync(join(building, name), { recursive: true });
      bytes += await writeArchive(join(building, name, 'captures.txt'), era, logs);
    }
  }
  writeFileSync(join(building, '.bytes'), String(bytes));
  rmSync(folder, { recursive: true, force: true });
  renameSync(building, folder);
  return bytes;
}

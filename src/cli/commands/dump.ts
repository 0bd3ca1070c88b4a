/**
 * `esereport dump FILE…` (SPEC §8): each ESE file's header printed as eseutil's modern /mh, /ml
 * or /mk would print it (src/binary/format.ts), read from the file's first pages only. A file
 * that is no ESE file, or whose header cannot be trusted, is named on stderr with the reason.
 */
import { resolve } from 'node:path';
import { readEseFile } from '../../binary/read-file.js';
import type { ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';

/** The eseutil mode each kind of header is printed as. */
const MODE = { database: '/mh', log: '/ml', checkpoint: '/mk' } as const;

export async function runDump(files: readonly string[], io: CliIo): Promise<ExitCode> {
  let failed = false;
  let first = true;
  for (const file of files) {
    let read;
    try {
      read = readEseFile(resolve(io.cwd, file), file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      await io.stderr.write(`esereport: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error)}\n`);
      failed = true;
      continue;
    }
    if (read === undefined) {
      await io.stderr.write(`esereport: ${file} is not an ESE database, log or checkpoint (no ESE header): nothing to dump.\n`);
      failed = true;
      continue;
    }
    if (read.problem || read.lines.length === 0) {
      await io.stderr.write(`esereport: ${read.problem?.message ?? `${file}: no header to dump.`}\n`);
      failed = true;
      continue;
    }
    const mode = read.kind === 'database' || read.kind === 'log' || read.kind === 'checkpoint' ? MODE[read.kind] : '';
    await io.stdout.write(`${first ? '' : '\n'}esereport dump ${file}  (as eseutil ${mode} prints it, read from the file's header)\n\n${read.lines.join('\n')}\n`);
    first = false;
  }
  return failed ? 2 : 0;
}

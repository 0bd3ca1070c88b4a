/**
 * The subject of a dump from the input's file name, the last resort of SPEC §3:
 * `EDB012CF.LOG.txt` → `EDB012CF.LOG` (a capture saved under the name of the file it shows).
 * `priv-mh.txt` names nothing: the name must carry an ESE file extension under the text one.
 */
import { fileNameOf } from '../domain/log-names.js';
import type { DumpKind } from './types.js';

const TEXT_EXTENSION = /\.(txt|text|out|cap|md|log)$/i;
const ESE_FILE = /^[^\\/]+\.(edb|stm|dit|dat|log|jtx|chk|jcp)$/i;

const KINDS_BY_EXTENSION: Record<string, readonly DumpKind[]> = {
  edb: ['databaseHeader', 'checksum'],
  stm: ['databaseHeader', 'checksum'],
  dit: ['databaseHeader', 'checksum'],
  dat: ['databaseHeader', 'checksum'],
  log: ['logHeader', 'checksum'],
  jtx: ['logHeader', 'checksum'],
  chk: ['checkpoint', 'checksum'],
  jcp: ['checkpoint', 'checksum'],
};

/** The ESE file named by an input file name, or undefined. */
export function subjectFromInputName(inputName: string): string | undefined {
  const name = fileNameOf(inputName.trim());
  if (!TEXT_EXTENSION.test(name)) return undefined;
  const inner = name.replace(TEXT_EXTENSION, '');
  return ESE_FILE.test(inner) ? inner : undefined;
}

/** Only a dump of a kind that file can produce takes the name (an .edb name never names a log dump). */
export function inputNameFits(subject: string, kind: DumpKind): boolean {
  const extension = subject.slice(subject.lastIndexOf('.') + 1).toLowerCase();
  return KINDS_BY_EXTENSION[extension]?.includes(kind) ?? false;
}

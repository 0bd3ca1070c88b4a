/**
 * Is this input a binary file rather than a text capture? (SPEC §3 last paragraph.)
 *
 * The usual mistake is passing the ESE file itself (`esereport priv.edb`) instead of what
 * eseutil prints about it. Every ESE database, streaming file, log and checkpoint starts with a
 * 4-byte checksum followed by the magic 0x89ABCDEF (little-endian), so the answer can name the
 * eseutil mode to run: /mh for databases, /ml for logs, /mk for checkpoints (ese-format.md §1–§4,
 * §7 for the extensions). Pure: works on the first bytes of the input.
 */
import type { InputProblem } from './types.js';
import { fileNameOf } from '../domain/log-names.js';
import { detectBom, detectUtf16ByNuls } from './decode.js';

/** ESE file-header magic, a little-endian ULONG at offset 4. */
export const ESE_MAGIC = 0x89abcdef;

export function hasEseMagic(head: Uint8Array): boolean {
  return head.length >= 8 && head[4] === 0xef && head[5] === 0xcd && head[6] === 0xab && head[7] === 0x89;
}

export type EseFileRole = 'database' | 'log' | 'checkpoint';

/** The eseutil dump mode of each role (ese-format.md §1, §2, §4). */
export const DUMP_MODE: Readonly<Record<EseFileRole, string>> = {
  database: '/mh',
  log: '/ml',
  checkpoint: '/mk',
};

/**
 * Role of an ESE file from its extension (ese-format.md §7): databases `.edb` (Exchange),
 * `.stm` (Exchange 2000/2003 streaming file, also dumped with /mh), `.dit` (Active Directory),
 * `.dat` (WebCache, SRUM); logs `.log`/`.jtx` and reserve logs `.jrs`; checkpoints `.chk`/`.jcp`.
 */
export function eseFileRole(name: string): EseFileRole | undefined {
  const extension = /\.([^.\\/]+)$/.exec(fileNameOf(name))?.[1]?.toLowerCase();
  switch (extension) {
    case 'edb':
    case 'stm':
    case 'dit':
    case 'dat':
      return 'database';
    case 'log':
    case 'jtx':
    case 'jrs':
      return 'log';
    case 'chk':
    case 'jcp':
      return 'checkpoint';
    default:
      return undefined;
  }
}

const quoted = (path: string): string => (/\s/.test(path) ? `"${path}"` : path);

/** The one-line answer to an ESE file given by mistake. */
export function eseBinaryMessage(name: string): string {
  const role = eseFileRole(name);
  const file = quoted(name);
  if (role) {
    return (
      `${name} is an ESE ${role} file, not a text capture: run \`eseutil ${DUMP_MODE[role]} ${file}\` ` +
      `and pass its output to esereport (\`eseutil ${DUMP_MODE[role]} ${file} | esereport\`).`
    );
  }
  return (
    `${name} is an ESE file (database, log or checkpoint), not a text capture: run ` +
    `\`eseutil /mh ${file}\` for a database, \`eseutil /ml ${file}\` for a log or ` +
    `\`eseutil /mk ${file}\` for a checkpoint, and pass its output to esereport.`
  );
}

/** C0 control bytes that never appear in console output (everything but TAB, LF, VT, FF, CR, ESC). */
function isStrayControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

export interface BinaryCheckOptions {
  /** `--encoding`: a forced UTF-16 explains NUL bytes even without a BOM. */
  readonly encoding?: string;
}

/**
 * A problem when the head of an input is not text: an ESE file (with the eseutil command to run)
 * or another binary (NUL bytes that UTF-16 does not explain, or many control bytes).
 * Undefined for anything that can be decoded as a capture.
 */
export function detectBinary(head: Uint8Array, name: string, options: BinaryCheckOptions = {}): InputProblem | undefined {
  if (hasEseMagic(head)) return { kind: 'ese-binary', message: eseBinaryMessage(name) };
  const forcedUtf16 = options.encoding === 'utf-16le' || options.encoding === 'utf-16be';
  const bom = detectBom(head);
  if (forcedUtf16 || bom?.encoding.startsWith('utf-16') || detectUtf16ByNuls(head)) return undefined;
  let nuls = 0;
  let controls = 0;
  // An indexed loop: the head of every 2 MB part of an archive is looked at (SPEC §9).
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!;
    if (byte >= 0x20) continue;
    if (byte === 0) nuls++;
    else if (isStrayControl(byte)) controls++;
  }
  if (nuls > 0 || controls > head.length * 0.1) {
    return { kind: 'binary', message: `${name} is a binary file, not a text capture of eseutil, esentutl or esefile output.` };
  }
  return undefined;
}

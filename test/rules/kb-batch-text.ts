/**
 * Captures of the KB batch files' output (issue 16) for the rule tests, in the layout of
 * samples/55-kb-batch-files (Exchange 5.5, `T:\exchsrvr\mdbdata`, anchor edb012cf.log = 4815):
 * Q296787 step 8 chksig.bat on the console, Q237767 sigchk.bat's `Log Signature Check.txt` and
 * pathchk.bat's `Database Path Check.txt`, and the `find` fragments of the databases' headers.
 */
import { parseCaptureText } from '../../src/ast/index.js';
import type { InputAst } from '../../src/ast/types.js';

const PROMPT = 'T:\\exchsrvr\\mdbdata>';
export const SIG_LOG = 'Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:';
export const SIG_PRIV = 'Signature: Create time:8/3/1999 17:37:44 Rand:710961251 Computer:';
export const SIG_PUB = 'Signature: Create time:8/3/1999 17:37:47 Rand:710954626 Computer:';
export const PRIV_PATH = 'T:\\exchsrvr\\MDBDATA\\PRIV.EDB';
export const PUB_PATH = 'T:\\exchsrvr\\MDBDATA\\PUB.EDB';

/** The logs of the folder in `dir` order (`EDB.LOG` first), as `for %%A in (*.CHECK)` meets their files. */
export const FOLDER = ['EDB.LOG', 'EDB012CF.LOG', 'EDB012D0.LOG', 'EDB012D1.LOG', 'EDB012D2.LOG', 'EDB012D3.LOG'];

const text = (name: string, lines: readonly string[]): InputAst => parseCaptureText({ name, text: lines.join('\r\n') + '\r\n' });

/** `eseutil /mh X | find /i "consistent"` and `… "signature"` of priv.edb and pub.edb, and edb.log's lGeneration. */
export function headers(o: { privDbSignature?: string } = {}): InputAst {
  const db = (name: string, dbSig: string, lastConsistent: string) => [
    `${PROMPT}eseutil /mh ${name} | find /i "consistent"`,
    '             State: Consistent',
    `   Last Consistent: (4815,7337,${lastConsistent})  8/6/1999 20:46:33`,
    '',
    `${PROMPT}eseutil /mh ${name} | find /i "signature"`,
    `     DB ${dbSig}`,
    `    Log ${SIG_LOG}`,
    '',
  ];
  return text('console.txt', [
    ...db('priv.edb', o.privDbSignature ?? SIG_PRIV, '362'),
    ...db('pub.edb', SIG_PUB, '400'),
    `${PROMPT}eseutil /ml edb.log | find /i "lgeneration"`,
    '      lGeneration (4820)',
    '',
  ]);
}

/** chksig.bat on the console: one matched line per log, `SIGNATURE MATCHING FAILED FOR X!` for `failing`. */
export function chksig(failing: readonly string[] = []): InputAst {
  const lines = [`${PROMPT}chksig edb012cf.log`];
  for (const log of FOLDER) lines.push(failing.includes(log) ? `SIGNATURE MATCHING FAILED FOR ${log}!` : `      ${SIG_LOG}`);
  for (const log of failing) lines.push(`SIGNATURE MATCHING FAILED FOR ${log} `);
  return text('chksig.txt', lines);
}

/**
 * An fc comparison per log of the folder: `FC: no differences encountered`, or for a log of
 * `differs` the anchor's lines and the log's under `*****`.
 */
function fcOutput(anchorLines: readonly string[], differs: Readonly<Record<string, readonly [readonly string[], readonly string[]]>>): string[] {
  const lines = [...anchorLines];
  for (const log of FOLDER) {
    lines.push(`Comparing files edb012cf.log.check and ${log}.CHECK`);
    const block = differs[log];
    if (block === undefined) lines.push('FC: no differences encountered');
    else lines.push('***** edb012cf.log.check', ...block[0], `***** ${log}.CHECK`, ...block[1], '*****');
    lines.push('');
  }
  return lines;
}

/** sigchk.bat's `Log Signature Check.txt`. */
export function sigchk(differs: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {}): InputAst {
  return text('Log Signature Check.txt', fcOutput([`      ${SIG_LOG}`, `      ${SIG_PRIV}`, `      ${SIG_PUB}`, '-------------------- ', '-------------------- '], differs));
}

/** pathchk.bat's `Database Path Check.txt` (`pathchk edb012cf.log MDBDATA`). */
export function pathchk(differs: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {}): InputAst {
  return text('Database Path Check.txt', fcOutput(
    ['      Env SystemPath:T:\\exchsrvr\\mdbdata', '      Env LogFilePath:T:\\exchsrvr\\mdbdata', `      1 ${PRIV_PATH}`, `      2 ${PUB_PATH}`],
    differs,
  ));
}

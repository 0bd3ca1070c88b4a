/**
 * eseutil's own findings about single logs (ese-format §3) and the other facts issue 13 asks the
 * model to read: -513 / -530 / -501 from `eseutil /ml E00`, folders, a zeroed Last Consistent, and
 * a single generation written once.
 */
import { describe, expect, it } from 'vitest';
import type { Dump } from '../../src/ast/types.js';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, PRIV_SIG, rulesWith, sig, streamCheck, type DumpFactory,
} from './builders.js';

const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);
const kbFiles = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => `Edb${(first + i).toString(16).padStart(5, '0')}.log`);

/** A stream check whose dump ended in a footer (`Operation terminated with error -N`). */
function withFooter(factory: DumpFactory, code: number, text: string): DumpFactory {
  return (start) => {
    const { dump, lines } = factory(start);
    const footerLine = start + lines;
    return { dump: { ...dump, endLine: footerLine, result: { ok: false, error: { code }, line: footerLine, text } } as Dump, lines: lines + 1 };
  };
}

describe('eseutil /ml <base> errors are evidence about one log (ese-format §3)', () => {
  it('reads the lGeneration of a -513 line: the log is misnamed and replay stops before its name generation', () => {
    const check13 = streamCheck({
      baseName: 'Edb',
      logs: [
        ...kbFiles(4815, 4820).map((file) => ({ file, ok: true })),
        { file: 'Edb012d5.log', ok: false, errors: ['ERROR: Mismatched log generation 4823 (0x12D7) with log file name. Expected generation 4821 (0x12D5).'] },
        ...kbFiles(4822, 4822).map((file) => ({ file, ok: true })),
      ],
    });
    const report = check([dbs, input('logs.txt', kbLogs(4815, 4820)), input('verify.txt', [check13])]);
    expect(report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayFrom, d.verdict.replayThrough, d.verdict.reasons])).toEqual([
      ['priv.edb', 'roll-forward-partial', 4815, 4820, ['generation-gap']],
      ['pub.edb', 'roll-forward-partial', 4815, 4820, ['generation-gap']],
    ]);
    expect(findingsOf(report, 'name-generation-mismatch').map((f) => f.message)).toEqual([
      'Edb012d5.log is named for generation 4821 (0x12D5) but its lGeneration is 4823 (0x12D7): rename it to Edb012d7.log or move it aside (-513 JET_errLogGenerationMismatch otherwise).',
    ]);
    expect([...report.streams[0]!.logs].map((l) => `${l.file}:${l.generation}:${l.status}`).slice(6)).toEqual([
      'Edb012d5.log:4821:missing', 'Edb012d6.log:4822:after-gap', 'Edb012d5.log:4823:name-mismatch',
    ]);
  });

  it('stops replay at a log a -501 footer names when its ERROR line was filtered out', () => {
    const damaged = withFooter(
      streamCheck({ baseName: 'Edb', logs: [...kbFiles(4815, 4817).map((file) => ({ file, ok: true })), { file: 'Edb012d2.log', ok: false }] }),
      -501,
      'Operation terminated with error -501 (JET_errLogFileCorrupt, Log file is corrupt) after 1.922 seconds.',
    );
    const report = check([dbs, input('logs.txt', kbLogs(4815, 4820)), input('verify.txt', [damaged])]);
    expect(report.databases.map((d) => [d.verdict.kind, d.verdict.replayThrough, d.verdict.reasons])).toEqual([
      ['roll-forward-partial', 4817, ['log-damaged']],
      ['roll-forward-partial', 4817, ['log-damaged']],
    ]);
    expect(findingsOf(report, 'log-damaged')[0]!.evidence.map((e) => `${e.input}:${e.line}`)).toEqual(['verify.txt:6', 'logs.txt:25']);
  });

  it('takes a log a -530 footer names for a log of another stream, with no header of it captured', () => {
    const foreign = withFooter(
      streamCheck({ baseName: 'Edb', logs: [...kbFiles(4815, 4817).map((file) => ({ file, ok: true })), { file: 'Edb012d2.log', ok: false }] }),
      -530,
      'Operation terminated with error -530 (JET_errBadLogSignature, Bad signature for a log file) after 0.5 seconds.',
    );
    const report = check([dbs, input('logs.txt', kbLogs(4815, 4817)), input('verify.txt', [foreign])]);
    expect(report.databases.map((d) => [d.verdict.kind, d.verdict.replayThrough])).toEqual([['roll-forward', 4817], ['roll-forward', 4817]]);
    expect([...report.streams[0]!.logs].map((l) => `${l.file}:${l.status}`)).toEqual([
      'Edb012cf.log:anchor', 'Edb012d0.log:ok', 'Edb012d1.log:ok', 'Edb012d2.log:signature-mismatch',
    ]);
    expect(findingsOf(report, 'log-signature-mismatch')[0]!.message).toBe(
      'SIGNATURE MATCHING FAILED for Edb012d2.log (4818, 0x12D2): its signature (not captured) differs from the signature of Edb012cf.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — it is not a replay candidate.',
    );
  });
});

describe('folders tell two streams of one base name apart', () => {
  it('keeps two servers’ E00 logs apart by Env LogFilePath: no signature mismatch', () => {
    const serverB = sig('03/02/2009 08:15:40', 22081733);
    const a = (g: number) => logHeader({ file: `E00${g.toString(16).toUpperCase().padStart(5, '0')}.log`, gen: g, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT], radix: 16, logPath: 'D:\\SG1\\' });
    const b = (g: number) => logHeader({ file: `E00${g.toString(16).toUpperCase().padStart(5, '0')}.log`, gen: g, sig: serverB, attached: [], radix: 16, logPath: '\\\\EXCH02\\D$\\SG1\\' });
    const mh = (file: string, dbSig: typeof PRIV_SIG) => dbHeader({ file, state: 'clean', dbSig, logSig: LOG_SIG, lastConsistent: 4815, radix: 16 });
    const report = check([
      input('mh.txt', [mh('priv.edb', PRIV_SIG), mh('pub.edb', PUB_AT.sig!)]),
      input('exch01.txt', [a(4815), a(4816), a(4817), a(4818)]),
      input('exch02.txt', [b(4816), b(4817)]),
    ]);
    expect(report.streams.map((s) => [s.signature, [...s.logs].map((l) => `${l.file}:${l.status}`)])).toEqual([
      [LOG_SIG.text, ['E00012CF.log:anchor', 'E00012D0.log:ok', 'E00012D1.log:ok', 'E00012D2.log:ok']],
      [serverB.text, ['E00012D0.log:ok', 'E00012D1.log:ok']],
    ]);
    expect(rulesWith(report, 'error')).toEqual(['current-log']);
    expect(findingsOf(report, 'duplicate-log')).toEqual([]);
  });

  it('still calls a foreign log copied into the same folder a signature mismatch', () => {
    const own = (g: number) => logHeader({ file: `Edb${g.toString(16).padStart(5, '0')}.log`, gen: g, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT], logPath: 'E:\\exchsrvr\\mdbdata' });
    const report = check([dbs, input('logs.txt', [own(4815), own(4816), logHeader({ file: 'Edb012d1.log', gen: 4817, sig: OTHER_SIG, logPath: 'E:\\exchsrvr\\mdbdata' }), own(4818)])]);
    expect(report.streams.length).toBe(1);
    expect(findingsOf(report, 'log-signature-mismatch').map((f) => f.subjects)).toEqual([['Edb012d1.log']]);
  });
});

describe('Last Consistent (0,0,0) in 5.5 output (Q183380)', () => {
  it('is point-in-time with anchor-missing, not undetermined', () => {
    const zero = dbHeader({ file: 'priv.edb', state: 'clean', dbSig: sig('2/20/2000 10:48:50', 93120045), logSig: sig('0/0/1900 0:0:0', 0), lastConsistent: 0, repairCount: 1 });
    const report = check([input('mh.txt', [zero, PUB_MH]), input('logs.txt', kbLogs(4815, 4819))]);
    expect(report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.reasons])).toEqual([
      ['priv.edb', 'point-in-time', ['anchor-missing']],
      ['pub.edb', 'roll-forward', []],
    ]);
    expect(findingsOf(report, 'anchor-missing')[0]!.message).toBe(
      'priv.edb Last Consistent is (0,7337,362): it was repaired (eseutil /p) or never shut down cleanly with a log stream, and no log can replay into it (Q183380); point-in-time restore only.',
    );
    expect(findingsOf(report, 'db-log-signature-mismatch')).toEqual([]);
  });
});

describe('a single generation is written once (issue 20)', () => {
  it('names a one-log Log Required range by its file, decimal and hex', () => {
    const dirty = dbHeader({ file: 'priv.edb', state: 'dirty', dbSig: PRIV_SIG, logSig: LOG_SIG, logRequired: [4815, 4815] });
    const report = check([input('mh.txt', [dirty])]);
    expect(report.databases[0]!.verdict.explanation).toBe(
      'priv.edb is "Inconsistent" and needs E00012CF.log (4815, 0x12CF); no log was captured: capture eseutil /ml of those logs.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PRIV_SIG, PUB_AT, PUB_MH, rulesWith,
} from './builders.js';

const EDB_LOG = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });

describe('anchor-log (Q296787 roll-forward step 2)', () => {
  it('names the anchor of a clean database in decimal, hex and file name, citing Last Consistent', () => {
    const report = check([input('priv.txt', [PRIV_MH]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    const [finding] = findingsOf(report, 'anchor-log');
    expect(finding).toMatchObject({
      severity: 'info',
      subjects: ['priv.edb'],
      message: 'priv.edb: Last Consistent (4815,7337,362) is in generation 4815 → anchor log Edb012cf.log (4815, 0x12CF).',
      evidence: [
        { input: 'priv.txt', line: 4, text: 'Last Consistent (4815,7337,362)  8/6/1999 20:46:33' },
        { input: 'logs.txt', line: 2, text: 'lGeneration (4815)' },
      ],
    });
    expect(report.databases[0]!.anchor).toEqual({ generation: 4815, hex: '12CF', file: 'Edb012cf.log' });
  });

  it('takes the low end of Log Required as the anchor of a dirty database', () => {
    const dirty = dbHeader({ file: 'Mailbox Database.edb', state: 'dirty', stateText: 'Dirty Shutdown', logSig: LOG_SIG, logRequired: [4816, 4817], radix: 16 });
    const report = check([input('mh.txt', [dirty]), input('logs.txt', kbLogs(4815, 4818))]);
    expect(report.databases[0]!.anchor?.generation).toBe(4816);
    expect(findingsOf(report, 'anchor-log')[0]!.message).toBe('Mailbox Database.edb: Log Required 4816-4817 starts at anchor log Edb012d0.log (4816, 0x12D0).');
  });

  it('names the low anchor of a stream when its databases have different anchors', () => {
    const pubOlder = dbHeader({ file: 'pub.edb', state: 'clean', logSig: LOG_SIG, lastConsistent: 4817 });
    const report = check([input('mh.txt', [PRIV_MH, pubOlder]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    const low = findingsOf(report, 'anchor-log').find((f) => f.message.startsWith('Low anchor'));
    expect(low?.message).toBe('Low anchor of the Edb log stream (signature 8/3/1999 17:37:42, Rand 710915685): Edb012cf.log (4815, 0x12CF) (priv.edb); replay of the stream starts there.');
    expect(report.streams[0]!.lowAnchor).toEqual({ generation: 4815, hex: '12CF', file: 'Edb012cf.log' });
  });
});

describe('anchor-missing (Q296787 roll-forward step 3 IMPORTANT)', () => {
  it('is an error and a point-in-time verdict when the logs start above the anchor', () => {
    const report = check([input('priv.txt', [PRIV_MH]), input('logs.txt', [...kbLogs(4817, 4828), EDB_LOG])]);
    const [finding] = findingsOf(report, 'anchor-missing');
    expect(finding).toMatchObject({ severity: 'error', subjects: ['priv.edb', 'Edb012cf.log'] });
    expect(finding!.message).toBe(
      'priv.edb needs anchor log Edb012cf.log (4815, 0x12CF); it is not among the 13 logs captured (Edb012d1.log, Edb012d2.log, Edb012d3.log, … Edb.log (13 files)): no log may be replayed; point-in-time restore only.',
    );
    expect(finding!.evidence).toEqual([{ input: 'priv.txt', line: 4, text: 'Last Consistent (4815,7337,362)  8/6/1999 20:46:33' }]);
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'point-in-time', reasons: ['anchor-missing'] });
  });

  it('reports an --anchor file that was not captured', () => {
    const report = check([input('logs.txt', kbLogs(4815, 4816))], { anchorFile: 'edb0000a.log' });
    expect(findingsOf(report, 'anchor-missing')[0]!.message).toBe('--anchor edb0000a.log is not among the logs captured: no log may be replayed from it.');
    expect(report.verdict).toBe('point-in-time');
  });

  it('is undetermined, not an error, when no log was captured at all', () => {
    const report = check([input('priv.txt', [PRIV_MH])]);
    expect(findingsOf(report, 'anchor-missing')).toEqual([]);
    expect(report.databases[0]!.verdict).toEqual({
      kind: 'undetermined',
      label: 'UNDETERMINED',
      reasons: [],
      explanation: 'priv.edb: no log was captured; capture eseutil /ml of its anchor log Edb012cf.log (4815, 0x12CF) and every later log.',
    });
  });
});

describe('db-not-clean (Q237767 backup step 2, ese-format §1.5)', () => {
  const dirty = (low: number, high: number) =>
    dbHeader({ file: 'Mailbox Database.edb', state: 'dirty', stateText: 'Dirty Shutdown', logSig: LOG_SIG, logRequired: [low, high], radix: 16 });

  it('is a warning when every Log Required generation is present, and the database rolls forward', () => {
    const report = check([input('mh.txt', [dirty(4815, 4817)]), input('logs.txt', kbLogs(4815, 4818))]);
    const [finding] = findingsOf(report, 'db-not-clean');
    expect(finding).toMatchObject({ severity: 'warning', evidence: [{ input: 'mh.txt', line: 3, text: 'State: Dirty Shutdown' }, { input: 'mh.txt', line: 4, text: 'Log Required: 4815-4817 (0x12cf-0x12d1)' }] });
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'roll-forward', replayFrom: 4815, replayThrough: 4818 });
  });

  it('is an error naming the missing generation, and the database is not restorable', () => {
    const logs = kbLogs(4815, 4818).filter((_, i) => i !== 1);
    const report = check([input('mh.txt', [dirty(4815, 4817)]), input('logs.txt', logs)]);
    const [finding] = findingsOf(report, 'db-not-clean');
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toBe(
      'Mailbox Database.edb is "Dirty Shutdown" and needs Log Required Edb012cf.log … Edb012d1.log (4815–4817, 0x12CF–0x12D1); Edb012d0.log … Edb012d1.log (4816–4817, 0x12D0–0x12D1) are missing or cannot replay: the database cannot be made consistent.',
    );
    expect(report.databases[0]!.verdict.kind).toBe('not-restorable');
    expect(rulesWith(report, 'error')).toEqual(['db-not-clean', 'generation-gap']);
  });

  it('calls a Just Created database unusable', () => {
    const report = check([input('mh.txt', [dbHeader({ file: 'priv.edb', state: 'justCreated', logSig: LOG_SIG })])]);
    expect(findingsOf(report, 'db-not-clean')[0]).toMatchObject({ severity: 'error', message: 'priv.edb is in state "JustCreated": this copy cannot be used; restore a copy that was shut down cleanly.' });
    expect(report.verdict).toBe('not-restorable');
  });
});

describe('db-log-signature-mismatch (Q296787 roll-forward step 3)', () => {
  it('compares the Log Signature with the only captured stream and gives point-in-time', () => {
    const foreignDb = dbHeader({ file: 'priv.edb', state: 'clean', dbSig: PRIV_SIG, logSig: OTHER_SIG, lastConsistent: 4815 });
    const report = check([input('priv.txt', [foreignDb]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    const [finding] = findingsOf(report, 'db-log-signature-mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['priv.edb', 'Edb012cf.log'],
      evidence: [
        { input: 'priv.txt', line: 6, text: 'Log Signature: Create time:8/2/1999 16:22:38 Rand:3070420 Computer:' },
        { input: 'logs.txt', line: 3, text: 'Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:' },
      ],
    });
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'point-in-time', reasons: ['db-log-signature-mismatch'] });
  });

  it('treats padded and unpadded dates of one signature as equal (ese-format §0.6)', () => {
    const padded = { ...LOG_SIG, createTime: '08/03/1999 17:37:42', text: 'Create time:08/03/1999 17:37:42 Rand:710915685 Computer:' };
    const db = dbHeader({ file: 'priv.edb', state: 'clean', logSig: padded, lastConsistent: 4815 });
    const report = check([input('priv.txt', [db]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    expect(findingsOf(report, 'db-log-signature-mismatch')).toEqual([]);
    expect(report.databases[0]!.verdict.kind).toBe('roll-forward');
  });
});

describe('restore-path (Q296787 roll-forward step 4)', () => {
  it('uses the path recorded in the anchor log', () => {
    const report = check([input('mh.txt', [PRIV_MH, PUB_MH]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    expect(findingsOf(report, 'restore-path').map((f) => f.message)).toEqual([
      'Restore priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb, the path recorded in the anchor log Edb012cf.log.',
      'Restore pub.edb to F:\\exchsrvr\\mdbdata\\pub.edb, the path recorded in the anchor log Edb012cf.log.',
    ]);
    expect(findingsOf(report, 'restore-path')[0]!.evidence).toEqual([{ input: 'logs.txt', line: 4, text: '1 E:\\exchsrvr\\mdbdata\\priv.edb' }]);
  });

  it('looks in generation 2 when the anchor is generation 1, which lists no database', () => {
    const db = dbHeader({ file: 'priv.edb', state: 'clean', logSig: LOG_SIG, lastConsistent: 1 });
    const logs = [
      logHeader({ file: 'Edb00001.log', gen: 1, sig: LOG_SIG, attached: [] }),
      logHeader({ file: 'Edb00002.log', gen: 2, sig: LOG_SIG, attached: [PRIV_AT] }),
      logHeader({ file: 'Edb.log', gen: 3, sig: LOG_SIG, attached: [PRIV_AT] }),
    ];
    const report = check([input('priv.txt', [db]), input('logs.txt', logs)]);
    expect(findingsOf(report, 'restore-path')[0]!.message).toBe(
      'Restore priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb, the path recorded in Edb00002.log (the anchor log Edb00001.log lists no databases).',
    );
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'roll-forward', replayFrom: 1, replayThrough: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, rulesWith,
} from './builders.js';

const edbLog = (gen: number, sig = LOG_SIG) => logHeader({ file: 'Edb.log', gen, sig, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('generation-gap (Q296787 roll-forward steps 5 and 8)', () => {
  const logs = input('logs.txt', [...kbLogs(4815, 4820), ...kbLogs(4822, 4828), edbLog(4829)]);
  const report = check([dbs, logs]);

  it('names the missing generation, where replay stops and the stranded logs', () => {
    const [finding] = findingsOf(report, 'generation-gap');
    expect(finding).toMatchObject({ severity: 'error', subjects: ['Edb012d5.log'] });
    expect(finding!.message).toBe(
      'Missing generation Edb012d5.log (4821, 0x12D5): replay stops at Edb012d4.log (4820, 0x12D4); 8 later logs cannot replay (Edb012d6.log, Edb012d7.log, Edb012d8.log, … Edb.log (8 files)).',
    );
    expect(finding!.evidence.map((e) => e.text)).toEqual(['lGeneration (4820)', 'lGeneration (4822)']);
  });

  it('gives roll-forward-partial through the log before the gap, with the loss in the summary', () => {
    expect(report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayFrom, d.verdict.replayThrough, d.verdict.reasons])).toEqual([
      ['priv.edb', 'roll-forward-partial', 4815, 4820, ['generation-gap']],
      ['pub.edb', 'roll-forward-partial', 4815, 4820, ['generation-gap']],
    ]);
    expect(report.summary).toBe(
      'PARTIAL ROLL FORWARD after the fixes in steps 2–4 — priv.edb and pub.edb replay Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is missing, 8 later logs cannot replay',
    );
  });

  it('lists the missing generation in the stream and marks the logs after it', () => {
    const statuses = report.streams[0]!.logs.map((l) => `${l.generation}:${l.status}`);
    expect(statuses.slice(4, 9)).toEqual(['4819:ok', '4820:ok', '4821:missing', '4822:after-gap', '4823:after-gap']);
    expect(statuses[statuses.length - 1]).toBe('4829:ceiling');
  });

  it('requires the wrong Edb.log to go, the chain end to be renamed and the stranded logs removed', () => {
    expect(rulesWith(report, 'error')).toEqual(['ceiling-logs', 'current-log', 'generation-gap']);
    expect(findingsOf(report, 'current-log')[0]!.message).toBe(
      'Edb.log has lGeneration 4829 (0x12DD), but the replay chain ends at Edb012d4.log (4820, 0x12D4): it must be 4821 to stay. Move Edb.log aside; rename Edb012d4.log to Edb.log.',
    );
    expect(findingsOf(report, 'ceiling-logs')[0]!.subjects).toEqual([
      'Edb012d6.log', 'Edb012d7.log', 'Edb012d8.log', 'Edb012d9.log', 'Edb012da.log', 'Edb012db.log', 'Edb012dc.log',
    ]);
  });
});

describe('current-log (Q296787 roll-forward steps 6–7)', () => {
  it('asks to rename the highest log of the chain when no Edb.log was captured', () => {
    const report = check([dbs, input('logs.txt', kbLogs(4815, 4828))]);
    const [finding] = findingsOf(report, 'current-log');
    expect(finding).toMatchObject({ severity: 'error', subjects: ['Edb012dc.log'], message: 'No Edb.log of this stream was captured: rename the chain\'s highest log Edb012dc.log (4828, 0x12DC) to Edb.log.' });
    expect(report.verdict).toBe('roll-forward');
    expect(report.plan.find((s) => s.action === 'rename')?.text).toBe('Rename the last log of the chain, Edb012dc.log (4828, 0x12DC), to Edb.log (Q296787 step 7) (the captures do not show the transaction log folder, so no command is printed: do it by hand there).');
  });

  it('accepts an Edb.log whose lGeneration is the highest numbered + 1', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)])]);
    expect(findingsOf(report, 'current-log')).toEqual([]);
    expect(findingsOf(report, 'ceiling-logs')).toEqual([]);
  });

  it('moves aside an Edb.log older than the chain and keeps the verdict', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog(4700)])]);
    expect(findingsOf(report, 'current-log')[0]!.subjects).toEqual(['Edb.log']);
    expect(report.verdict).toBe('roll-forward');
    expect(report.streams[0]!.logs[0]).toMatchObject({ file: 'Edb.log', generation: 4700, status: 'before-anchor' });
  });
});

describe('ceiling-logs (Q296787 roll-forward step 7 CRITICAL NOTE)', () => {
  it('lists the logs above the renamed current log with their lGeneration lines', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4818), ...kbLogs(4820, 4821)])]);
    const [finding] = findingsOf(report, 'ceiling-logs');
    expect(finding!.message).toBe(
      '2 logs above Edb012d2.log (4818, 0x12D2) (to be renamed Edb.log) must be moved aside before the database starts: Edb012d4.log, Edb012d5.log.',
    );
    expect(finding!.evidence.map((e) => e.text)).toEqual(['lGeneration (4820)', 'lGeneration (4821)']);
  });
});

describe('name-generation-mismatch (ese-format §2.4, -513)', () => {
  it('reports a log whose name differs from its lGeneration, without stopping replay', () => {
    const misnamed = logHeader({ file: 'Edb012e0.log', gen: 4817, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4816), misnamed, ...kbLogs(4818, 4828), edbLog(4829)])]);
    const [finding] = findingsOf(report, 'name-generation-mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['Edb012e0.log'],
      message: 'Edb012e0.log is named for generation 4832 (0x12E0) but its lGeneration is 4817 (0x12D1): rename it to Edb012d1.log or move it aside (-513 JET_errLogGenerationMismatch otherwise).',
    });
    expect(report.verdict).toBe('roll-forward');
    expect(report.plan.find((s) => s.action === 'rename')?.text).toBe('Rename Edb012e0.log to the name its lGeneration 4817 gives (the captures do not show the transaction log folder, so no command is printed: do it by hand there).');
  });
});

describe('log-signature-mismatch (chksig.bat, Q296787 roll-forward step 8)', () => {
  // The KB's chksig example: edb0000c.log and edb0000e.log fail against the anchor edb0000a.log.
  const chksig = input('ml-all.txt', [
    logHeader({ file: 'edb0000a.log', gen: 10, sig: LOG_SIG }),
    logHeader({ file: 'edb0000b.log', gen: 11, sig: LOG_SIG }),
    logHeader({ file: 'edb0000c.log', gen: 12, sig: OTHER_SIG }),
    logHeader({ file: 'edb0000d.log', gen: 13, sig: LOG_SIG }),
    logHeader({ file: 'edb0000e.log', gen: 14, sig: OTHER_SIG }),
  ]);

  it('reports each mismatched log against the --anchor log, and where replay stops', () => {
    const report = check([chksig], { anchorFile: 'edb0000a.log' });
    expect(findingsOf(report, 'log-signature-mismatch').map((f) => f.message)).toEqual([
      'SIGNATURE MATCHING FAILED for edb0000c.log (12, 0xC): its signature Create time:8/2/1999 16:22:38 Rand:3070420 Computer: differs from the signature of edb0000a.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — replay stops at edb0000b.log (11, 0xB).',
      'SIGNATURE MATCHING FAILED for edb0000e.log (14, 0xE): its signature Create time:8/2/1999 16:22:38 Rand:3070420 Computer: differs from the signature of edb0000a.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — it is not a replay candidate.',
    ]);
    expect(findingsOf(report, 'log-signature-mismatch')[0]!.evidence).toEqual([
      { input: 'ml-all.txt', line: 11, text: 'Signature: Create time:8/2/1999 16:22:38 Rand:3070420 Computer:' },
      { input: 'ml-all.txt', line: 3, text: 'Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:' },
    ]);
  });

  it('checks the chain from the --anchor and gives roll-forward-partial through edb0000b.log', () => {
    const report = check([chksig], { anchorFile: 'edb0000a.log' });
    expect(report.verdict).toBe('roll-forward-partial');
    expect(report.streams[0]!.verdict).toMatchObject({ kind: 'roll-forward-partial', replayFrom: 10, replayThrough: 11, reasons: ['log-signature-mismatch'] });
    expect(report.streams[0]!.logs.map((l) => `${l.file}:${l.status}`)).toEqual([
      'edb0000a.log:anchor', 'edb0000b.log:ok', 'edb0000c.log:signature-mismatch', 'edb0000d.log:after-gap', 'edb0000e.log:signature-mismatch',
    ]);
    expect(rulesWith(report, 'error')).toEqual(['ceiling-logs', 'current-log', 'log-signature-mismatch']);
  });

  it('is undetermined without --anchor or a database header', () => {
    const report = check([chksig]);
    expect(report.verdict).toBe('undetermined');
    expect(report.summary).toBe(
      'UNDETERMINED — The logs of the edb log stream (signature 8/3/1999 17:37:42, Rand 710915685) were captured without an eseutil /mh of their database and without --anchor; pass the /mh capture or --anchor FILE (the Last Consistent log)',
    );
  });
});

describe('log-damaged (ese-format §2.2, §3)', () => {
  it('stops replay before a damaged log', () => {
    const damaged = logHeader({ file: 'Edb012d5.log', gen: 4821, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT], damaged: true });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4820), damaged, ...kbLogs(4822, 4828), edbLog(4829)])]);
    const [finding] = findingsOf(report, 'log-damaged');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['Edb012d5.log'],
      message: 'Edb012d5.log (4821, 0x12D5) is damaged: ERROR: Log damaged (unusable). Last Lgpos: (0x12d5,1F,0). Error -501.; replay stops at Edb012d4.log (4820, 0x12D4).',
    });
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'roll-forward-partial', replayThrough: 4820, reasons: ['log-damaged'] });
    expect(report.databases[0]!.verdict.explanation).toBe('priv.edb replays Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is damaged, 8 later logs cannot replay.');
  });
});

describe('duplicate-log', () => {
  it('keeps the copy of a generation that matches the anchor signature and moves the other aside', () => {
    const foreignCopy = logHeader({ file: 'Edb012d2 (2).log', gen: 4818, sig: OTHER_SIG });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)]), input('other.txt', [foreignCopy])]);
    const [finding] = findingsOf(report, 'duplicate-log');
    expect(finding).toMatchObject({
      severity: 'warning',
      subjects: ['Edb012d2.log', 'Edb012d2 (2).log'],
      message: 'Generation Edb012d2.log (4818, 0x12D2) was captured twice: Edb012d2.log matches the anchor signature and is kept; Edb012d2 (2).log has another signature and is moved aside.',
    });
    expect(report.verdict).toBe('roll-forward');
  });

  it('keeps apart two captures of one file name that disagree', () => {
    const other = logHeader({ file: 'Edb012d2.log', gen: 4818, sig: OTHER_SIG });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)]), input('set2.txt', [other])]);
    const messages = findingsOf(report, 'duplicate-log').map((f) => f.message);
    expect(messages[0]).toBe(
      'Edb012d2.log was captured twice with different content: lGeneration 4818 / 4818, signature Create time:8/3/1999 17:37:42 Rand:710915685 Computer: / Create time:8/2/1999 16:22:38 Rand:3070420 Computer:; the copy from logs.txt line 25 matches the anchor and is kept.',
    );
  });
});

describe('a dirty database needs its whole Log Required range', () => {
  it('is not restorable when the required range crosses a log of another signature', () => {
    const dirty = dbHeader({ file: 'priv.edb', state: 'dirty', logSig: LOG_SIG, logRequired: [4815, 4817], radix: 16 });
    const report = check([input('mh.txt', [dirty]), input('logs.txt', [...kbLogs(4815, 4815), logHeader({ file: 'Edb012d0.log', gen: 4816, sig: OTHER_SIG }), ...kbLogs(4817, 4818)])]);
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'not-restorable', reasons: ['db-not-clean', 'log-signature-mismatch'] });
  });
});

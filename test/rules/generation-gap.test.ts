/**
 * generation-gap: Gap in the log sequence (Q296787 roll-forward steps 5 and 8; Q237767 roll-forward step 3).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dirListing, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, rulesWith,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = (gen: number, sig = LOG_SIG) => logHeader({ file: 'Edb.log', gen, sig, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('generation-gap on the samples', () => {
  it('55-generation-gap', () => {
    expect(sampleFindings('55-generation-gap', 'generation-gap')).toEqual([
      {
        rule: 'generation-gap',
        severity: 'error',
        subjects: ['Edb012d5.log'],
        message: 'Missing generation Edb012d5.log (4821, 0x12D5): replay stops at Edb012d4.log (4820, 0x12D4); 8 later logs cannot replay (Edb012d6.log, Edb012d7.log, Edb012d8.log, … Edb.log (8 files)).',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'generation-gap')).toEqual([]);
  });
});

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
    const statuses = [...report.streams[0]!.logs].map((l) => `${l.generation}:${l.status}`);
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

describe('generation-gap with dir listings (issue 16)', () => {
  it('2003-dir-listings: the missing 165 is there as a 0-byte file — the finding says so and where to look', () => {
    expect(sampleFindings('2003-dir-listings', 'generation-gap')).toEqual([
      {
        rule: 'generation-gap',
        severity: 'error',
        subjects: ['E00000A5.log'],
        message:
          'Missing generation E00000A5.log (165, 0xA5): replay stops at E00000A4.log (164, 0xA4); 3 later logs cannot replay (E00000A6.log, E00000A7.log, E00.log). E00000A5.log is there in L:\\Exchsrvr\\logs but is empty (0 bytes; the other logs of this stream have 5,242,880 bytes) (dir.txt line 30): it holds no log eseutil can replay (-541 JET_errLogFileSizeMismatch); look for a good copy of E00000A5.log in another backup set.',
      },
    ]);
  });

  const logs = input('logs.txt', [...kbLogs(4815, 4820), ...kbLogs(4822, 4828), edbLog(4829)]);
  const listed = (size: number) =>
    dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['Edb.log', 5242880], ['Edb012d4.log', 5242880], ['Edb012d5.log', size], ['Edb012d6.log', 5242880]]);

  it('a missing generation listed at another size than the other logs: its size, the listing line as evidence', () => {
    const [finding] = findingsOf(check([dbs, logs, listed(1_310_720)]), 'generation-gap');
    expect(finding!.message).toBe(
      'Missing generation Edb012d5.log (4821, 0x12D5): replay stops at Edb012d4.log (4820, 0x12D4); 8 later logs cannot replay (Edb012d6.log, Edb012d7.log, Edb012d8.log, … Edb.log (8 files)). Edb012d5.log is there in E:\\exchsrvr\\mdbdata but has 1,310,720 bytes, not the 5,242,880 bytes of the other logs of this stream (dir.txt line 10): it holds no log eseutil can replay (-541 JET_errLogFileSizeMismatch); look for a good copy of Edb012d5.log in another backup set.',
    );
    expect(finding!.evidence.map((e) => [e.input, e.line])).toEqual([['logs.txt', 42], ['logs.txt', 50], ['dir.txt', 10]]);
  });

  it('a missing generation listed at the size of every log is only missing (its header was not dumped)', () => {
    const [finding] = findingsOf(check([dbs, logs, listed(5_242_880)]), 'generation-gap');
    expect(finding!.message).toBe(
      'Missing generation Edb012d5.log (4821, 0x12D5): replay stops at Edb012d4.log (4820, 0x12D4); 8 later logs cannot replay (Edb012d6.log, Edb012d7.log, Edb012d8.log, … Edb.log (8 files)).',
    );
  });
});

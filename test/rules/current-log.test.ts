/**
 * current-log: Current log (Edb.log / E00.log) (Q296787 roll-forward steps 6–7; Q237767 roll-forward steps 4–5).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = (gen: number, sig = LOG_SIG) => logHeader({ file: 'Edb.log', gen, sig, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('current-log on the samples', () => {
  it('55-edb-log-wrong-generation', () => {
    expect(sampleFindings('55-edb-log-wrong-generation', 'current-log')).toEqual([
      {
        rule: 'current-log',
        severity: 'error',
        subjects: ['Edb.log'],
        message: 'Edb.log has lGeneration 4831 (0x12DF), but the replay chain ends at Edb012dc.log (4828, 0x12DC): it must be 4829 to stay. Move Edb.log aside; rename Edb012dc.log to Edb.log.',
      },
    ]);
  });

  it('55-no-edb-log-ceiling', () => {
    expect(sampleFindings('55-no-edb-log-ceiling', 'current-log')).toEqual([
      {
        rule: 'current-log',
        severity: 'error',
        subjects: ['Edb012d4.log'],
        message: "No Edb.log of this stream was captured: rename the chain's highest log Edb012d4.log (4820, 0x12D4) to Edb.log.",
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'current-log')).toEqual([]);
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
    expect([...report.streams[0]!.logs][0]).toMatchObject({ file: 'Edb.log', generation: 4700, status: 'before-anchor' });
  });
});

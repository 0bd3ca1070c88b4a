/**
 * log-truncation: Logs below the checkpoint (Q296787 backup step 6; Q240145).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, checkpoint, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('log-truncation on the samples', () => {
  it('55-checkpoint-past-anchor', () => {
    expect(sampleFindings('55-checkpoint-past-anchor', 'log-truncation')).toEqual([
      {
        rule: 'log-truncation',
        severity: 'info',
        subjects: ['Edb012cf.log', 'Edb012d0.log', 'Edb012d1.log', 'Edb012d2.log', 'Edb012d3.log', 'Edb012d4.log', 'Edb012d5.log', 'Edb012d6.log', 'Edb012d7.log', 'Edb012d8.log', 'Edb012d9.log'],
        message: 'Checkpoint (4826,4410,88) is in Edb012da.log (4826, 0x12DA): after the restore has replayed them, the numbered logs up to Edb012d9.log (4825, 0x12D9) may be removed once backed up; captured: Edb012cf.log … Edb012d9.log (11 logs).',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'log-truncation')).toEqual([]);
  });
});

describe('log-truncation (Q296787 backup step 6)', () => {
  it('names the logs below the checkpoint that may be removed once the restore has replayed them and they are backed up', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4812, 4828), edbLog]), input('chk.txt', [checkpoint({ gen: 4829, sig: LOG_SIG })])]);
    expect(findingsOf(report, 'log-truncation')).toMatchObject([
      {
        severity: 'info',
        message: 'Checkpoint (4829,8924,112) is in Edb.log (4829, 0x12DD): after the restore has replayed them, the numbered logs up to Edb012dc.log (4828, 0x12DC) may be removed once backed up; captured: Edb012cc.log … Edb012dc.log (17 logs).',
      },
    ]);
    expect(findingsOf(report, 'log-truncation')[0]!.subjects).toHaveLength(17);
    expect([...report.streams[0]!.logs].slice(0, 4).map((l) => l.status)).toEqual(['before-anchor', 'before-anchor', 'before-anchor', 'anchor']);
    expect(report.plan.find((s) => s.action === 'truncate-logs')?.files).toHaveLength(17);
  });
});

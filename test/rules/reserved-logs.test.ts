/**
 * reserved-logs: Reserve and temporary logs (Q296787 backup step 5; Q237767 backup step 6; ese-format §7.2).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('reserved-logs on the samples', () => {
  it('55-no-edb-log-ceiling', () => {
    expect(sampleFindings('55-no-edb-log-ceiling', 'reserved-logs')).toEqual([
      {
        rule: 'reserved-logs',
        severity: 'info',
        subjects: ['Res1.log', 'Res2.log'],
        message: 'Res1.log, Res2.log are reserve or temporary logs: never backed up nor replayed.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'reserved-logs')).toEqual([]);
  });
});

describe('reserved-logs (Q296787 backup step 5)', () => {
  it('lists reserve and temporary logs as never replayed, outside every stream', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog, logHeader({ file: 'Res1.log', sig: LOG_SIG }), logHeader({ file: 'Res2.log', sig: LOG_SIG })])]);
    expect(findingsOf(report, 'reserved-logs')).toMatchObject([{ severity: 'info', subjects: ['Res1.log', 'Res2.log'], message: 'Res1.log, Res2.log are reserve or temporary logs: never backed up nor replayed.' }]);
    expect([...report.streams[0]!.logs].some((l) => l.file === 'Res1.log')).toBe(false);
  });
});

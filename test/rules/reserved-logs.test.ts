/**
 * reserved-logs: Reserve and temporary logs (Q296787 backup step 5; Q237767 backup step 6; ese-format §7.2).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dirListing, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
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

/** Issue 16: the scenarios whose `dir` listings show the reserve logs. */
const DIR_LISTINGS = '2003-dir-listings';
const AD_DIR = 'esentutl-ad-empty-prompt-dir';

describe('reserved-logs from dir listings (issue 16)', () => {
  it('2003-dir-listings: res1.log and res2.log listed in the log folder', () => {
    expect(sampleFindings(DIR_LISTINGS, 'reserved-logs')).toEqual([
      {
        rule: 'reserved-logs',
        severity: 'info',
        subjects: ['res1.log', 'res2.log'],
        message:
          'res1.log, res2.log in L:\\Exchsrvr\\logs (dir.txt lines 33, 34, a dir listing) are reserve or temporary logs: never backed up nor replayed (Q296787 backup step 5); leave them out of the replay set.',
      },
    ]);
  });

  it('esentutl-ad-empty-prompt-dir: the Vista+ reserve logs edbres00001.jrs, edbres00002.jrs in the NTDS folder', () => {
    expect(sampleFindings(AD_DIR, 'reserved-logs')).toEqual([
      {
        rule: 'reserved-logs',
        severity: 'info',
        subjects: ['edbres00001.jrs', 'edbres00002.jrs'],
        message:
          'edbres00001.jrs, edbres00002.jrs in C:\\Windows\\NTDS (ticket.txt lines 17, 18, a dir listing) are reserve or temporary logs: never backed up nor replayed (Q296787 backup step 5); leave them out of the replay set.',
      },
    ]);
  });

  it('names the listing line of one listed reserve log, and quotes it as evidence', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog]), dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['Edb.log', 5242880], ['Res1.log', 5242880]])]);
    expect(findingsOf(report, 'reserved-logs')).toEqual([
      {
        rule: 'reserved-logs',
        severity: 'info',
        message: 'Res1.log in E:\\exchsrvr\\mdbdata (dir.txt line 9, a dir listing) is a reserve or temporary log: never backed up nor replayed (Q296787 backup step 5); leave it out of the replay set.',
        subjects: ['Res1.log'],
        evidence: [{ input: 'dir.txt', line: 9, text: '10/26/2004  02:13 AM  5,242,880 Res1.log' }],
        kb: 'Q296787 backup step 5; Q237767 backup step 6; ese-format §7.2',
      },
    ]);
  });

  it('a reserve log both dumped and listed is reported once, as dumped', () => {
    const report = check([
      dbs,
      input('logs.txt', [...kbLogs(4815, 4828), edbLog, logHeader({ file: 'Res1.log', sig: LOG_SIG })]),
      dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['Res1.log', 5242880]]),
    ]);
    expect(findingsOf(report, 'reserved-logs').map((f) => f.message)).toEqual(['Res1.log is a reserve or temporary log: never backed up nor replayed.']);
  });

  it('does not fire on a listing of a clean log folder (numbered logs, Edb.log, the checkpoint)', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog]), dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['Edb.log', 5242880], ['Edb012dc.log', 5242880], ['priv.edb', 155197440]])]);
    expect(findingsOf(report, 'reserved-logs')).toEqual([]);
  });
});

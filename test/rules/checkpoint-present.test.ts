/**
 * checkpoint-present: Checkpoint file must be moved away (Q296787 roll-forward step 9; Q237767 roll-forward steps 8 and 11).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, checkpoint, dirListing, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);
const logs = input('logs.txt', [...kbLogs(4815, 4828), edbLog]);

describe('checkpoint-present on the samples', () => {
  it('55-checkpoint-past-anchor', () => {
    expect(sampleFindings('55-checkpoint-past-anchor', 'checkpoint-present')).toEqual([
      {
        rule: 'checkpoint-present',
        severity: 'error',
        subjects: ['edb.chk'],
        message: 'edb.chk checkpoint (4826,4410,88) points to Edb012da.log (4826, 0x12DA), past the low anchor Edb012cf.log (4815, 0x12CF): replay would start there and skip needed logs. Move E:\\exchsrvr\\mdbdata\\edb.chk away before starting.',
      },
    ]);
  });

  it('2003-clean-sg', () => {
    expect(sampleFindings('2003-clean-sg', 'checkpoint-present')).toEqual([
      {
        rule: 'checkpoint-present',
        severity: 'warning',
        subjects: ['E00.chk'],
        message: 'E00.chk (checkpoint (0xA2,1F3B,10) in E00000A2.log (162, 0xA2)) must be moved away before a roll-forward start: move D:\\Exchsrvr\\mdbdata\\E00.chk aside.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'checkpoint-present')).toEqual([]);
  });
});

describe('checkpoint-present (Q296787 roll-forward step 9)', () => {
  it('is an error when the checkpoint points past the low anchor, and the plan moves it away', () => {
    const report = check([dbs, logs, input('chk.txt', [checkpoint({ gen: 4829, sig: LOG_SIG, directory: 'E:\\exchsrvr\\mdbdata' })])]);
    const [finding] = findingsOf(report, 'checkpoint-present');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['edb.chk'],
      message: 'edb.chk checkpoint (4829,8924,112) points to Edb.log (4829, 0x12DD), past the low anchor Edb012cf.log (4815, 0x12CF): replay would start there and skip needed logs. Move E:\\exchsrvr\\mdbdata\\edb.chk away before starting.',
      evidence: [{ input: 'chk.txt', line: 2, text: 'Checkpoint (4829,8924,112)' }],
    });
    expect(report.verdict).toBe('roll-forward');
    expect(report.plan.find((s) => s.action === 'move-checkpoint')?.text).toBe('Move the checkpoint file edb.chk out of the working path E:\\exchsrvr\\mdbdata (Q296787 step 9):\ncd /d "E:\\exchsrvr\\mdbdata"\nif not exist aside md aside\nmove "edb.chk" aside\\');
  });

  it('is a warning when the checkpoint is at the anchor', () => {
    const report = check([dbs, logs, input('chk.txt', [checkpoint({ gen: 4815, sig: LOG_SIG })])]);
    expect(findingsOf(report, 'checkpoint-present').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('checkpoint-present from dir listings (issue 16)', () => {
  it('2003-dir-listings: E00.chk listed in the working path, no /mk captured — a warning that cannot decide', () => {
    expect(sampleFindings('2003-dir-listings', 'checkpoint-present')).toEqual([
      {
        rule: 'checkpoint-present',
        severity: 'warning',
        subjects: ['E00.chk'],
        message:
          'E00.chk is in D:\\Exchsrvr\\mdbdata (dir.txt line 9, a dir listing) and no eseutil /mk of it was captured, so whether it points past the anchor is not known: it must be moved away before a roll-forward start (Q296787 step 9): move D:\\Exchsrvr\\mdbdata\\E00.chk aside. eseutil /mk E00.chk tells where it points.',
      },
    ]);
  });

  it('esentutl-ad-empty-prompt-dir: the listing gives the dumped edb.chk (prompt `>`, no folder) its folder', () => {
    expect(sampleFindings('esentutl-ad-empty-prompt-dir', 'checkpoint-present')).toEqual([
      {
        rule: 'checkpoint-present',
        severity: 'warning',
        subjects: ['edb.chk'],
        message: 'edb.chk (checkpoint (0x5A,1A4,30) in edb0005A.log (90, 0x5A)) must be moved away before a roll-forward start: move C:\\Windows\\NTDS\\edb.chk aside.',
      },
    ]);
  });

  it('a listed checkpoint file with no /mk: the listing line is the evidence, the plan moves that very file aside', () => {
    const report = check([dbs, logs, dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['edb.chk', 8192], ['priv.edb', 155197440]])]);
    expect(findingsOf(report, 'checkpoint-present')).toEqual([
      {
        rule: 'checkpoint-present',
        severity: 'warning',
        message:
          'edb.chk is in E:\\exchsrvr\\mdbdata (dir.txt line 8, a dir listing) and no eseutil /mk of it was captured, so whether it points past the anchor is not known: it must be moved away before a roll-forward start (Q296787 step 9): move E:\\exchsrvr\\mdbdata\\edb.chk aside. eseutil /mk edb.chk tells where it points.',
        subjects: ['edb.chk'],
        evidence: [{ input: 'dir.txt', line: 8, text: '10/26/2004  02:13 AM  8,192 edb.chk' }],
        kb: 'Q296787 roll-forward step 9; Q237767 roll-forward steps 8 and 11',
        undetermined: true,
        stream: report.streams[0]!.id,
      },
    ]);
    expect(report.plan.find((s) => s.action === 'move-checkpoint')?.text).toBe(
      'Move the checkpoint file edb.chk out of the working path E:\\exchsrvr\\mdbdata (Q296787 step 9):\ncd /d "E:\\exchsrvr\\mdbdata"\nif not exist aside md aside\nmove "edb.chk" aside\\',
    );
  });

  it('a listed checkpoint that was also dumped in that folder is one checkpoint, judged by its dump', () => {
    const report = check([dbs, logs, input('chk.txt', [checkpoint({ gen: 4829, sig: LOG_SIG, directory: 'E:\\exchsrvr\\mdbdata' })]), dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['edb.chk', 8192]])]);
    expect(findingsOf(report, 'checkpoint-present').map((f) => [f.severity, f.subjects])).toEqual([['error', ['edb.chk']]]);
  });

  it('does not fire on a listing of a working path without a checkpoint file', () => {
    const report = check([dbs, logs, dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['priv.edb', 155197440], ['tmp.edb', 2105344]])]);
    expect(findingsOf(report, 'checkpoint-present')).toEqual([]);
  });
});

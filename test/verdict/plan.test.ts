import { describe, expect, it } from 'vitest';
import { check, checkpoint, dbHeader, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH } from '../rules/builders.js';

const edbLog = (gen: number, sig = LOG_SIG) => logHeader({ file: 'Edb.log', gen, sig, attached: [PRIV_AT, PUB_AT] });

describe('the restore plan (Q296787 "Roll Forward" steps 1–11)', () => {
  it('is an ordered runbook with the real file names for a stream with a gap', () => {
    const report = check([
      input('mh.txt', [PRIV_MH, PUB_MH]),
      input('logs.txt', [...kbLogs(4815, 4820), ...kbLogs(4822, 4823), edbLog(4829)]),
      input('chk.txt', [checkpoint({ gen: 4829, sig: LOG_SIG, directory: 'E:\\exchsrvr\\mdbdata' })]),
    ]);
    expect(report.plan.map((s) => `${s.step} ${s.action}\n${s.text}`)).toEqual([
      '1 stop-service\nStop the Exchange information store service (Q296787 restore step 1):\nnet stop MSExchangeIS',
      '2 move-aside\nMove aside (do not delete) the logs that must not replay — 1 wrong Edb.log: Edb.log (the captures do not show the transaction log folder, so no command is printed: do it by hand there).',
      '3 rename\nRename the last log of the chain, Edb012d4.log (4820, 0x12D4), to Edb.log (Q296787 step 7) (the captures do not show the transaction log folder, so no command is printed: do it by hand there).',
      '4 remove-ceiling\nMove aside the 2 logs above generation 4820 (they would block new logs and stop the database): Edb012d6.log, Edb012d7.log (the captures do not show the transaction log folder, so no command is printed: do it by hand there).',
      '5 move-checkpoint\nMove the checkpoint file edb.chk out of the working path E:\\exchsrvr\\mdbdata (Q296787 step 9):\ncd /d "E:\\exchsrvr\\mdbdata"\nif not exist aside md aside\nmove "edb.chk" aside\\',
      '6 restore-database\nRestore the checked copy of priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb (the path recorded in Edb012cf.log), to roll forward; the captures do not show the folder it is in now, so no command is printed — move a file already there aside, do not overwrite it.',
      '7 restore-database\nRestore the checked copy of pub.edb to F:\\exchsrvr\\mdbdata\\pub.edb (the path recorded in Edb012cf.log), to roll forward; the captures do not show the folder it is in now, so no command is printed — move a file already there aside, do not overwrite it.',
      '8 start-service\nStart the service; it replays the logs as it starts: the application log shows event 109 for each log replayed (Q296787 restore step 11):\nnet start MSExchangeIS',
      '9 isinteg-patch\nONLY if the store fails to start with event 1087 or error 1011 (never in anticipation: Q296787), run this, then start the service again:\n"\\exchsrvr\\bin\\isinteg.exe" -patch\nnet start MSExchangeIS',
      '10 truncate-logs\nAfter the restore, once backed up: Checkpoint (4829,8924,112) is in Edb.log (4829, 0x12DD): after the restore has replayed them, the numbered logs up to Edb012d4.log (4820, 0x12D4) may be removed once backed up; captured: Edb012cf.log … Edb012d4.log (6 logs).',
    ]);
  });

  it('moves every log and the checkpoint aside for a point-in-time restore', () => {
    const report = check([input('mh.txt', [PRIV_MH]), input('logs.txt', [...kbLogs(4817, 4818), edbLog(4819)]), input('chk.txt', [checkpoint({ gen: 4818, sig: LOG_SIG })])]);
    expect(report.verdict).toBe('point-in-time');
    expect(report.plan.map((s) => s.action)).toEqual(['capture-more', 'stop-service', 'move-aside', 'move-checkpoint', 'restore-database', 'start-service', 'isinteg-patch']);
    expect(report.plan[2]!.files).toEqual(['Edb012d1.log', 'Edb012d2.log', 'Edb.log']);
    expect(report.plan[3]!.files).toEqual(['edb.chk']);
    expect(report.plan[4]!.text).toBe('Restore the checked copy of priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb (the path recorded in Edb012d1.log), to bring back point in time, with no log file; the captures do not show the folder it is in now, so no command is printed — move a file already there aside, do not overwrite it.');
    expect(report.plan[5]!.text).toBe(
      'Start the service; with no log to replay it starts a new log series, and no earlier log can be replayed into it afterwards ("Point in Time" step 3):\nnet start MSExchangeIS',
    );
    // No folder of the logs is in these captures: the steps say so and print no command.
    expect(report.plan[2]!.commands).toEqual([]);
  });

  it('runs eseutil /r for a dirty Exchange 2000+ database and no isinteg', () => {
    const e00 = (g: number) => logHeader({ file: `E00000${g.toString(16).toUpperCase()}.log`, gen: g, sig: OTHER_SIG, radix: 16, attached: [{ dbid: 1, path: 'D:\\SG1\\priv1.edb' }] });
    const dirty = dbHeader({ file: 'priv1.edb', state: 'dirty', stateText: 'Dirty Shutdown', logSig: OTHER_SIG, logRequired: [44, 46], radix: 16 });
    const report = check([input('mh.txt', [dirty]), input('logs.txt', [e00(44), e00(45), logHeader({ file: 'E00.log', gen: 46, sig: OTHER_SIG, radix: 16, attached: [{ dbid: 1, path: 'D:\\SG1\\priv1.edb' }] })])]);
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'roll-forward', replayFrom: 44, replayThrough: 46 });
    expect(report.plan.map((s) => s.action)).toEqual(['stop-service', 'move-checkpoint', 'restore-database', 'recover', 'start-service']);
    const recover = report.plan.find((s) => s.action === 'recover')!;
    expect(recover.text).toBe('Run soft recovery for priv1.edb with eseutil /r E00 in the transaction log folder, with /l and /s naming the log and system folders: the captures show neither folder, so no command is printed.');
    expect(recover.commands).toEqual([]);
  });

  it('asks for the missing capture first when a database is undetermined', () => {
    const report = check([input('mh.txt', [dbHeader({ file: 'priv.edb', state: 'clean', logSig: LOG_SIG })])]);
    expect(report.plan).toEqual([
      { step: 1, action: 'capture-more', text: 'priv.edb: its Last Consistent line was not captured, so its anchor log is unknown; run eseutil /mh priv.edb.', commands: [], files: ['priv.edb'] },
    ]);
  });
});

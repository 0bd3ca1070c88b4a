/**
 * The runbook of each era (issue 13 "Runbooks per era", classes 7 and 8, "A plan for the bad
 * verdicts too"), on the real captures of samples/ and on short captures written from
 * ese-format.md: the plan lines that must appear, in their order, and those that must not.
 */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { EvidenceCollector } from '../../src/evidence/index.js';
import { buildRestoreModel } from '../../src/model/index.js';
import { databaseVerdict } from '../../src/verdict/database-verdict.js';
import { checkDocument } from '../../src/verdict/index.js';
import { buildPlan } from '../../src/verdict/plan.js';
import type { CheckReport, DatabaseVerdict } from '../../src/verdict/types.js';
import type { DatabaseModel } from '../../src/model/index.js';
import { captureFiles, sampleText } from '../support/samples.js';
import { allCommands, checkSample, stepIndex } from './plan-helpers.js';

function checkCaptures(captures: Record<string, string>): CheckReport {
  return checkDocument({ schemaVersion: 1, inputs: Object.entries(captures).map(([name, text]) => parseCaptureText({ name, text })) });
}

describe('the Exchange 5.5 runbook (Q296787, samples/55-kb-roll-forward)', () => {
  it('stops and starts the information store with net, replays on start (event 109) and runs isinteg -patch only after event 1087 / error 1011', async () => {
    const { plan } = await checkSample('55-kb-roll-forward');
    expect(plan.map((s) => s.action)).toEqual(['stop-service', 'move-checkpoint', 'restore-database', 'restore-database', 'start-service', 'isinteg-patch']);
    expect(plan[0]!.commands).toEqual(['net stop MSExchangeIS']);
    expect(plan[1]!.commands).toEqual(['cd /d "E:\\exchsrvr\\mdbdata"', 'if not exist aside md aside', 'if exist "Edb.chk" move "Edb.chk" aside\\']);
    expect(plan[3]!.commands).toEqual([
      'cd /d "F:\\exchsrvr\\mdbdata"',
      'if not exist aside md aside',
      'if exist "pub.edb" move "pub.edb" aside\\',
      'copy "E:\\exchsrvr\\mdbdata\\pub.edb" "pub.edb"',
    ]);
    expect(plan[4]!.text).toContain('event 109 for each log replayed');
    expect(plan[5]!.text.split('\n')[0]).toBe('ONLY if the store fails to start with event 1087 or error 1011 (never in anticipation: Q296787), run this, then start the service again:');
    expect(plan[5]!.commands).toEqual(['"\\exchsrvr\\bin\\isinteg.exe" -patch', 'net start MSExchangeIS']);
    expect(allCommands(plan).join('\n')).not.toMatch(/eseutil \/r|Dismount-Database|MSExchangeDS/);
  });

  it('stops the directory service, not the store, for dir.edb, and never runs isinteg for the directory (samples/55-directory-dsadata)', async () => {
    const report = await checkSample('55-directory-dsadata');
    expect(report.databases[0]!.verdict.kind).toBe('roll-forward');
    expect(report.plan.map((s) => s.action)).toEqual(['stop-service', 'move-checkpoint', 'restore-database', 'start-service']);
    expect(report.plan[0]!.commands).toEqual(['net stop MSExchangeDS']);
    expect(report.plan[1]!.commands).toEqual(['cd /d "C:\\exchsrvr\\DSADATA"', 'if not exist aside md aside', 'if exist "edb.chk" move "edb.chk" aside\\']);
    expect(report.plan[3]!.commands).toEqual(['net start MSExchangeDS', 'net start MSExchangeIS']);
    expect(allCommands(report.plan)).not.toContain('net stop MSExchangeIS');
    expect(report.plan.map((s) => s.text).join('\n')).not.toContain('isinteg');
  });
});

describe('the Exchange 2000/2003 runbook (samples/2003-clean-sg)', () => {
  it('dismounts the storage group’s stores in System Manager instead of stopping the store service, and mounts them to replay (events 301, 302)', async () => {
    const { plan } = await checkSample('2003-clean-sg');
    expect(plan[0]!.text).toBe(
      'In Exchange System Manager, dismount the stores of the storage group whose logs are E00*.log (priv1.edb and priv1.stm): right-click each store, Dismount Store, and on its Database tab tick "This database can be overwritten by a restore". Do not stop the Microsoft Exchange Information Store service: that dismounts every storage group of the server.',
    );
    expect(plan[0]!.commands).toEqual([]);
    expect(plan[plan.length - 2]!.text).toContain('ESE event 301 for each log replayed and 302 when recovery is done');
    expect(allCommands(plan).join('\n')).not.toMatch(/net (stop|start)|isinteg|Dismount-Database/);
  });

  it('moves the logs before the anchor aside in their folder and the checkpoint in the working path, each folder entered first', async () => {
    const { plan } = await checkSample('2003-clean-sg');
    expect(plan[1]!.commands).toEqual(['cd /d "L:\\Exchsrvr\\logs"', 'if not exist aside md aside', 'move "E00000A0.log" aside\\', 'move "E00000A1.log" aside\\']);
    expect(plan[2]!.commands).toEqual(['cd /d "D:\\Exchsrvr\\mdbdata"', 'if not exist aside md aside', 'move "E00.chk" aside\\']);
  });

  it('keeps the .stm under its own name in its own folder: never onto the .edb’s path (class 7)', async () => {
    const { plan } = await checkSample('2003-clean-sg');
    const stm = plan.find((s) => s.files.includes('priv1.stm'))!;
    expect(stm.text).toBe('priv1.stm is in place already at D:\\Exchsrvr\\mdbdata\\priv1.stm (beside priv1.edb, the folder its eseutil /mh ran in): the copy checked here is the one to roll forward; leave it there.');
    for (const step of plan.filter((s) => s.files.includes('priv1.stm'))) expect(step.text).not.toMatch(/\\priv1\.edb/i);
  });

  it('recovers a dirty storage group with eseutil /r, /l and /s glued to the captured paths as ESE98 reads them, renames no log, then mounts (samples/2003-dirty-soft-recovery)', async () => {
    const { plan } = await checkSample('2003-dirty-soft-recovery');
    expect(plan.map((s) => s.action)).toEqual(['stop-service', 'move-aside', 'move-checkpoint', 'restore-database', 'restore-database', 'recover', 'start-service']);
    const recover = plan[5]!;
    expect(recover.commands).toEqual(['cd /d "L:\\Exchsrvr\\logs"', 'eseutil /r E00 /l"L:\\Exchsrvr\\logs" /s"D:\\Exchsrvr\\mdbdata"']);
    expect(recover.text).toContain('eseutil.exe is in \\exchsrvr\\bin of the Exchange installation');
    expect(plan[4]!.text).toBe('priv1.stm is in place already at D:\\Exchsrvr\\mdbdata\\priv1.stm (beside priv1.edb, the folder its eseutil /mh ran in): the copy checked here is the one to recover with its logs; leave it there.');
    expect(plan[6]!.text).toBe('In System Manager, mount priv1.edb and priv1.stm again (right-click the store, Mount Store); soft recovery has replayed the logs, so the store opens as recovery left it.');
    expect(allCommands(plan).join('\n')).not.toMatch(/\bren\b|net (stop|start)/);
  });
});

describe('the Exchange 2007 and later runbook (samples/2010-dirty-with-required-logs)', () => {
  it('dismounts and mounts the database by its recorded path in the Exchange Management Shell, never stops the store service, and says what to do with DAG copies', async () => {
    const { plan } = await checkSample('2010-dirty-with-required-logs');
    const edb = "'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb'";
    expect(plan[0]!.commands).toEqual([
      `Get-MailboxDatabase | Where-Object { $_.EdbFilePath.PathName -eq ${edb} } | Dismount-Database -Confirm:$false`,
      `Get-MailboxDatabase | Where-Object { $_.EdbFilePath.PathName -eq ${edb} } | Set-MailboxDatabase -AllowFileRestore $true`,
    ]);
    expect(plan[0]!.text).toContain('suspend them now (Suspend-MailboxDatabaseCopy) and reseed them after the restore (Update-MailboxDatabaseCopy)');
    expect(plan[plan.length - 1]!.commands).toEqual([`Get-MailboxDatabase | Where-Object { $_.EdbFilePath.PathName -eq ${edb} } | Mount-Database`]);
    expect(allCommands(plan).join('\n')).not.toMatch(/net (stop|start)|isinteg/);
  });

  it('copies the replay candidates into the log path, then runs eseutil /r E00 with /l, /s and /d from the captured paths before the mount', async () => {
    const { plan } = await checkSample('2010-dirty-with-required-logs');
    const folder = 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890';
    expect(plan.find((s) => s.action === 'copy-logs')!.commands).toEqual([
      `cd /d "${folder}"`,
      'if not exist aside md aside',
      'if exist "E00*.log" move "E00*.log" aside\\',
      'copy "D:\\Recovery\\DB1234567890\\E000000008F.log" "E000000008F.log"',
      'copy "D:\\Recovery\\DB1234567890\\E0000000090.log" "E0000000090.log"',
      'copy "D:\\Recovery\\DB1234567890\\E0000000091.log" "E0000000091.log"',
      'copy "D:\\Recovery\\DB1234567890\\E00.log" "E00.log"',
    ]);
    const recover = plan.find((s) => s.action === 'recover')!;
    expect(recover.commands).toEqual([`cd /d "${folder}"`, `eseutil /r E00 /l "${folder}" /s "${folder}" /d "${folder}"`]);
    expect(plan.findIndex((s) => s.action === 'copy-logs')).toBeLessThan(plan.indexOf(recover));
    expect(plan.indexOf(recover)).toBeLessThan(plan.findIndex((s) => s.action === 'start-service'));
    // Q237767 notes: no log of a dirty database is renamed.
    expect(plan.map((s) => s.action)).not.toContain('rename');
  });

  it('adds /a, and says what is lost, only when committed logs of the dirty database are missing', async () => {
    const doc = await checkSample('2010-dirty-with-required-logs');
    expect(allCommands(doc.plan).join('\n')).not.toContain(' /a');
    // Log Committed 0-146 (ese-format §1.5): without the capture of E00.log (generation 146) the
    // model finds generation 146 committed but missing, and the plan accepts its loss with /a.
    const { parseCaptureText: parse } = await import('../../src/ast/index.js');
    const folder = '2010-dirty-with-required-logs';
    const collector = new EvidenceCollector();
    for (const file of captureFiles(folder).filter((f) => f.endsWith('.txt'))) {
      const text = sampleText(`${folder}/${file}`);
      const cut = file === 'logs.txt' ? text.slice(0, text.indexOf('[PS] D:\\Recovery\\DB1234567890>eseutil /ml E00.log')) : text;
      const ast = parse({ name: file, text: cut });
      collector.addInput({ name: file });
      for (const dump of ast.dumps) collector.addDump(file, dump);
    }
    const model = buildRestoreModel(collector.finish());
    const db = model.databases[0]!;
    expect([db.db.name, db.requiredSatisfied, db.committedMissing]).toEqual(['Mailbox Database 1234567890.edb', true, [146]]);
    const verdicts = new Map<DatabaseModel, DatabaseVerdict>([[db, databaseVerdict(db, model)]]);
    const recover = buildPlan(model, verdicts, []).find((s) => s.action === 'recover')!;
    expect(recover.commands[1]).toMatch(/^eseutil \/r E00 \/l ".*" \/s ".*" \/d ".*" \/a$/);
    expect(recover.text).toContain('/a accepts the loss of the committed logs that are missing (Mailbox Database 1234567890.edb: their changes after the last log present are lost); without it recovery stops with -582.');
  });
});

describe('the Active Directory runbook (samples/esentutl-ad-ntds)', () => {
  it('warns of USN rollback first, works in Directory Services Restore Mode with esentutl /r, and never removes AD logs', async () => {
    const { plan } = await checkSample('esentutl-ad-ntds');
    expect(plan[0]!.action).toBe('caution');
    expect(plan[0]!.text).toContain('causes USN rollback');
    expect(plan[0]!.text).toContain('restore the system state from a backup (non-authoritative, authoritative only for the objects to bring back)');
    expect(plan[1]!.commands).toEqual(['bcdedit /set safeboot dsrepair', 'shutdown /r /t 0']);
    expect(plan.find((s) => s.action === 'recover')!.commands).toEqual(['cd /d "C:\\Windows\\NTDS"', 'esentutl /r edb /l "C:\\Windows\\NTDS" /s "C:\\Windows\\NTDS" /d "C:\\Windows\\NTDS"']);
    expect(plan[plan.length - 1]!.commands).toEqual(['bcdedit /deletevalue safeboot', 'shutdown /r /t 0']);
    expect(plan.map((s) => s.action)).not.toContain('truncate-logs');
    expect(allCommands(plan).join('\n')).not.toMatch(/net stop|isinteg|\bdel\b/);
  });
});

describe('databases of one stream with different verdicts (class 8, samples/55-db-signature-mismatch)', () => {
  it('keeps the point-in-time copy out of its path while the logs replay, and puts it in place afterwards', async () => {
    const { plan } = await checkSample('55-db-signature-mismatch');
    const keepOut = stepIndex(plan, 'Keep priv.edb out of E:\\exchsrvr\\mdbdata while the logs replay');
    const firstStart = plan.findIndex((s) => s.action === 'start-service');
    const putBack = stepIndex(plan, 'Now put the checked copy of priv.edb at E:\\exchsrvr\\mdbdata\\priv.edb, point in time, with no log');
    expect(keepOut).toBeGreaterThan(0);
    expect(keepOut).toBeLessThan(firstStart);
    expect(putBack).toBeGreaterThan(firstStart);
    expect(plan[keepOut]!.commands).toEqual(['cd /d "E:\\exchsrvr\\mdbdata"', 'if not exist aside md aside', 'if exist "priv.edb" move "priv.edb" aside\\']);
    expect(plan[putBack]!.commands).toEqual(['cd /d "E:\\exchsrvr\\mdbdata"', 'if not exist aside md aside', 'if exist "priv.edb" move "priv.edb" "aside\\priv.edb.after-replay"', 'move "aside\\priv.edb" "priv.edb"']);
    // The service is stopped again before the copy goes in, and started with no log for it.
    expect(plan[putBack - 1]!.commands).toEqual(['net stop MSExchangeIS']);
    expect(plan[putBack + 1]!.text).toContain('with no log to replay it starts a new log series');
  });
});

describe('plans for the bad verdicts', () => {
  it('not restorable: find the missing logs, else an older clean copy, eseutil /p only as the last resort with its price (samples/2010-dirty-missing-required)', async () => {
    const { plan } = await checkSample('2010-dirty-missing-required');
    expect(plan.map((s) => s.action)).toEqual(['capture-more', 'capture-more', 'restore-database', 'repair']);
    expect(plan[1]!.text).toBe('First look for the missing logs E0000000090.log … E0000000091.log (144–145) in other backup sets (older tapes, the old log folder, a copy of the server): with them Mailbox Database 1234567890.edb recovers; capture eseutil /ml of each and check again.');
    expect(plan[2]!.text).toMatch(/^Otherwise restore an older clean copy/);
    expect(plan[3]!.text).toContain('it gives the database a new signature, so no log replays into it afterwards (Q183380)');
    expect(plan[3]!.commands.slice(-2)).toEqual(['copy "Mailbox Database 1234567890.edb" aside\\', 'eseutil /p "Mailbox Database 1234567890.edb"']);
  });

  it('where eseutil /mh failed, leads with the failure and gives the next command that can succeed, never the same one (samples/2003-jet-error-footer)', async () => {
    const { plan } = await checkSample('2003-jet-error-footer');
    expect(plan[0]!.text.split('\n')[0]).toBe('eseutil /mh E:\\exchsrvr\\mdbdata\\priv.edb ended with error -1018 (JET_errReadVerifyFailure): a page of priv.edb it must read fails its checksum — the copy is damaged, or was copied while the service had it open; running /mh again gives the same error. Check its pages with esefile /s; if pages are bad, restore an older copy that checks clean.');
    expect(plan[0]!.commands).toEqual(['esefile /s "E:\\exchsrvr\\mdbdata\\priv.edb"']);
    expect(plan[1]!.text.split('\n')[0]).toBe('eseutil /mh D:\\Exchsrvr\\mdbdta\\priv1.edb ended with error -1811 (JET_errFileNotFound): no file has that name there (a typo in the path, or the command ran in another folder). Find where priv1.edb is on D:, then run eseutil /mh with the full path it lists and check again:');
    expect(plan[1]!.commands).toEqual(['dir /s /b "D:\\priv1.edb"']);
    expect(allCommands(plan).some((c) => c.startsWith('eseutil /mh'))).toBe(false);
  });

  it('a header captured through | find says to run it unfiltered, with the path it was run at', () => {
    const report = checkCaptures({
      'priv-find.txt': ['E:\\exchsrvr\\mdbdata>eseutil /mh priv.edb | find /i "signature"', '     DB Signature: Create time:8/3/1999 17:37:44 Rand:710961251 Computer:', '    Log Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:', ''].join('\r\n'),
    });
    expect(report.databases[0]!.verdict.kind).toBe('undetermined');
    const step = report.plan[0]!;
    expect(step.action).toBe('capture-more');
    expect(step.text.split('\n')[0]).toContain('The capture went through | find "signature", which cut the other lines: run it unfiltered:');
    expect(step.commands).toEqual(['eseutil /mh "E:\\exchsrvr\\mdbdata\\priv.edb"']);
  });

  it('point in time: first looks for the anchor log in other backup sets, then restores with no log (samples/55-anchor-missing)', async () => {
    const { plan } = await checkSample('55-anchor-missing');
    expect(plan[0]!.text).toContain('First look for its anchor log EDB00AAA.log (2730, 0xAAA) in other backup sets');
    expect(plan.find((s) => s.action === 'move-aside')!.text).toContain('move ALL transaction logs of this stream aside');
    expect(plan.find((s) => s.action === 'start-service')!.text).toContain('starts a new log series');
  });
});

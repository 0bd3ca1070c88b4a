/**
 * The verdict classes of issue 13, each from its sample's real captures: the verdict, the replay
 * range and the rule ids (also in each expected.json), and the model facts the plan acts on.
 */
import { describe, expect, it } from 'vitest';
import { EvidenceCollector, type LogEntry } from '../../src/evidence/index.js';
import { buildRestoreModel, filesOf, type RestoreModel } from '../../src/model/index.js';
import { checkDocument } from '../../src/verdict/index.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { expectValidReport } from '../rules/builders.js';
import { readScenario, scenarioFolders } from '../support/samples.js';

function reportOf(folder: string): CheckReport {
  const report = checkDocument(readScenario(folder));
  expectValidReport(report);
  return report;
}

function modelOf(folder: string): RestoreModel {
  const collector = new EvidenceCollector();
  for (const input of readScenario(folder).inputs) {
    collector.addInput({ name: input.name, encoding: input.encoding, lineEnding: input.lineEnding });
    for (const dump of input.dumps) collector.addDump(input.name, dump);
  }
  return buildRestoreModel(collector.finish());
}

function outcome(report: CheckReport) {
  return report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayFrom, d.verdict.replayThrough, d.verdict.reasons]);
}

function rules(report: CheckReport, severity: 'error' | 'warning' | 'info'): string[] {
  return [...new Set(report.findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();
}

const files = (logs: readonly LogEntry[] | undefined) => filesOf(logs ?? []);

describe('issue 13: verdicts that must not throw mail away', () => {
  describe('1. circular logging: only the current setting of the logs from the anchor on decides', () => {
    it('rolls forward a 2003 stream whose (past files) flag is on and current flag off', () => {
      const report = reportOf('2003-circular-past-files');
      expect(outcome(report)).toEqual([['priv1.edb', 'roll-forward', 2576, 2580, []]]);
      expect(rules(report, 'error')).toEqual([]);
      const circular = report.findings.filter((f) => f.rule === 'circular-logging');
      expect(circular.map((f) => [f.severity, f.message])).toEqual([[
        'info',
        "Circular Logging Flag (past files) is on in 5 logs of the E00 log stream (signature 04/11/2004 09:14:27, Rand 48807125) (E0000A10.log, E0000A11.log, E0000A12.log, … E00.log (5 files)): circular logging was on at some time in this stream's history, but these logs were written with it off (current file: off), so it does not stop replay.",
      ]]);
      expect(circular[0]!.evidence.map((e) => `${e.input}:${e.line} ${e.text}`)).toEqual([
        'logs.txt:65 Circular Logging Flag (past files): on',
        'logs.txt:105 Circular Logging Flag (past files): on',
      ]);
    });

    it('keeps the 2003 stream with the current flag on point-in-time', () => {
      const report = reportOf('2003-circular-logging');
      expect(outcome(report)).toEqual([['priv1.edb', 'point-in-time', undefined, undefined, ['circular-logging']]]);
      expect(rules(report, 'error')).toEqual(['circular-logging']);
    });

    it('soft-recovers a dirty ntds.dit with circular logging on, with no circular-logging error beside it', () => {
      const report = reportOf('esentutl-ad-dirty-circular');
      expect(outcome(report)).toEqual([['ntds.dit', 'roll-forward', 6850, 6851, []]]);
      expect(rules(report, 'error')).toEqual([]);
      expect(rules(report, 'warning')).toEqual(['db-not-clean']);
      expect(report.findings.find((f) => f.rule === 'circular-logging')).toMatchObject({
        severity: 'info',
        message: 'Circular logging is on in 2 logs of the edb log stream (signature 09/05/2019 14:02:11.540, Rand 2318840571) (edb01AC2.log, edb.log); soft recovery of ntds.dit replays its Log Required logs all the same. An offline copy of these databases could not be rolled forward through these logs.',
      });
      const stream = modelOf('esentutl-ad-dirty-circular').streams[0]!;
      expect([stream.softRecovery, stream.renameToCurrent, stream.validCurrentLog?.file]).toEqual([true, undefined, 'edb.log']);
    });
  });

  describe("2. eseutil's own stream check changes the replay chain", () => {
    it('stops replay before the log eseutil says has an invalid log signature (-530) and moves it aside', () => {
      const report = reportOf('2010-stream-check-bad-signature');
      expect(outcome(report)).toEqual([['DB0311.edb', 'roll-forward-partial', 416, 418, ['log-signature-mismatch']]]);
      expect(rules(report, 'error')).toEqual(['ceiling-logs', 'current-log', 'eseutil-reported', 'jet-error', 'log-signature-mismatch']);
      const stream = modelOf('2010-stream-check-bad-signature').streams[0]!;
      expect(files(stream.intruders)).toEqual(['E00000001A3.log']);
      expect(files(stream.ceilingLogs)).toEqual(['E00000001A4.log', 'E00000001A5.log']);
      expect(files(stream.wrongCurrentLogs)).toEqual(['E00.log']);
      expect(stream.renameToCurrent?.file).toBe('E00000001A2.log');
      expect(report.findings.find((f) => f.rule === 'log-signature-mismatch')?.message).toBe(
        'SIGNATURE MATCHING FAILED for E00000001A3.log (419, 0x1A3): its signature Create time:02/14/2012 10:51:19 Rand:290487115 Computer: differs from the signature of E00000001A0.log (Create time:02/14/2012 10:44:02 Rand:290041537 Computer:); move it aside — replay stops at E00000001A2.log (418, 0x1A2).',
      );
      expect([...report.streams[0]!.logs].map((l) => `${l.file}:${l.status}`)).toEqual([
        'E00000001A0.log:anchor', 'E00000001A1.log:ok', 'E00000001A2.log:ok', 'E00000001A3.log:signature-mismatch',
        'E00000001A4.log:after-gap', 'E00000001A5.log:after-gap', 'E00.log:ceiling',
      ]);
    });
  });

  describe('3. Log Committed: required logs to recover at all, committed logs to lose nothing', () => {
    it('gives a partial recovery that names the lost generations and /a, and renames no log', () => {
      const report = reportOf('2010-dirty-committed-missing');
      expect(outcome(report)).toEqual([['Mailbox Database 1234567890.edb', 'roll-forward-partial', 143, 145, ['db-not-clean', 'generation-gap']]]);
      expect(report.databases[0]!.verdict.explanation).toBe(
        'Mailbox Database 1234567890.edb replays E000000008F.log (143) through E0000000091.log (145), enough to make it consistent, but E0000000092.log (146, 0x92) is missing: the committed data of E0000000092.log … E00.log (146–147, 0x92–0x93) (Log Committed ends at 147) is lost. Recovery must be run as a lossy recovery, eseutil /r E00 /a, only once those logs cannot be found.',
      );
      expect(rules(report, 'error')).toEqual(['current-log', 'db-not-clean', 'generation-gap']);
      const model = modelOf('2010-dirty-committed-missing');
      const stream = model.streams[0]!;
      expect(model.databases[0]!.committedMissing).toEqual([146, 147]);
      expect([stream.softRecovery, stream.renameToCurrent, files(stream.ceilingLogs), files(stream.wrongCurrentLogs)]).toEqual([true, undefined, [], ['E00.log']]);
      expect(report.plan.some((s) => /\bren\b/.test(s.text))).toBe(false);
      expect([...report.streams[0]!.logs].map((l) => `${l.generation}:${l.status}`)).toEqual(['143:anchor', '144:ok', '145:ok', '146:missing', '147:after-gap']);
    });

    it('keeps a dirty database with its whole Log Committed range a roll-forward', () => {
      const model = modelOf('2010-dirty-with-required-logs');
      expect(model.databases[0]!.committedMissing).toEqual([]);
      expect(outcome(reportOf('2010-dirty-with-required-logs'))).toEqual([['Mailbox Database 1234567890.edb', 'roll-forward', 143, 146, []]]);
    });
  });

  describe('4. Last Consistent (0x0,0,0) is a captured value', () => {
    it('is point-in-time, and never asks to run eseutil /mh again', () => {
      const report = reportOf('2003-repaired-zero-consistent');
      expect(outcome(report)).toEqual([['priv1.edb', 'point-in-time', undefined, undefined, ['anchor-missing']]]);
      expect(report.databases[0]!.verdict.explanation).toBe(
        'priv1.edb: its Last Consistent is (0x0,0,0): it was repaired (eseutil /p) or never shut down cleanly with a log stream, and its log signature was reset, so no log can replay into it (Q183380); restore it without replaying any log.',
      );
      expect([rules(report, 'error'), rules(report, 'warning')]).toEqual([['anchor-missing'], ['repair-count']]);
      const texts = [...report.findings.map((f) => f.message), ...report.plan.map((s) => s.text), report.summary];
      expect(texts.filter((t) => /eseutil \/mh|not captured/.test(t))).toEqual([]);
      expect(report.findings.some((f) => f.undetermined)).toBe(false);
    });
  });

  describe('5. two log sets of one base name in different folders are two streams', () => {
    it('keeps the directory logs of DSADATA apart from the store logs of MDBDATA', () => {
      const report = reportOf('55-mdbdata-dsadata');
      expect(outcome(report)).toEqual([
        ['priv.edb', 'roll-forward', 4815, 4820, []],
        ['pub.edb', 'roll-forward', 4815, 4820, []],
      ]);
      expect([rules(report, 'error'), rules(report, 'warning')]).toEqual([[], []]);
      const streams = [...modelOf('55-mdbdata-dsadata').streams].sort((a, b) => a.signature!.rand - b.signature!.rand);
      expect(streams.map((s) => [s.signature?.rand, files(s.entries), files(s.intruders), s.databases.map((m) => m.db.name)])).toEqual([
        [710744031, ['Edb012d1.log', 'Edb012d2.log', 'Edb.log'], [], []],
        [710915685, ['Edb012cf.log', 'Edb012d0.log', 'Edb012d1.log', 'Edb012d2.log', 'Edb012d3.log', 'Edb.log'], [], ['priv.edb', 'pub.edb']],
      ]);
      expect(report.findings.filter((f) => f.rule === 'duplicate-log' || f.rule === 'log-signature-mismatch')).toEqual([]);
    });
  });

  describe('6. a current log of another signature is a mismatch to move aside before the rename', () => {
    it('moves the new series E00.log aside and renames the old chain’s last log', () => {
      const report = reportOf('2007-new-log-series');
      expect(outcome(report)).toEqual([['Mailbox Database.edb', 'roll-forward', 4815, 4824, []]]);
      expect(report.findings.find((f) => f.rule === 'current-log')?.message).toBe(
        'E00.log has another log signature (Create time:03/07/2008 06:48:31 Rand:41208863 Computer:) than the E00 log stream (signature 08/10/2006 09:19:57, Rand 2245578): a new log series started after the failure. Move E00.log aside; rename E00000012D8.log to E00.log.',
      );
      expect(report.findings.some((f) => /No E00\.log/.test(f.message))).toBe(false);
      const model = modelOf('2007-new-log-series');
      expect(model.streams.map((s) => [files(s.intruders), s.renameToCurrent?.file])).toEqual([[['E00.log'], 'E00000012D8.log']]);
    });
  });

  describe('7. the .edb and .stm of a store are one unit', () => {
    it('gives the .stm its own path, never the .edb path the logs record', () => {
      const model = modelOf('2003-clean-sg');
      const stm = model.databases.find((m) => m.db.name === 'priv1.stm')!;
      expect([stm.recorded, stm.partner?.db.name, stm.db.path]).toEqual([undefined, 'priv1.edb', 'D:\\Exchsrvr\\mdbdata\\priv1.stm']);
      const report = reportOf('2003-clean-sg');
      expect(report.databases.map((d) => [d.name, d.path])).toEqual([
        ['priv1.edb', 'D:\\Exchsrvr\\mdbdata\\priv1.edb'],
        ['priv1.stm', 'D:\\Exchsrvr\\mdbdata\\priv1.stm'],
      ]);
      expect(report.findings.filter((f) => f.rule === 'restore-path').map((f) => f.message)).toEqual([
        'Restore priv1.edb to D:\\Exchsrvr\\mdbdata\\priv1.edb, the path recorded in the anchor log E00000A2.log.',
        'Restore priv1.stm to D:\\Exchsrvr\\mdbdata\\priv1.stm, its own path, beside priv1.edb (D:\\Exchsrvr\\mdbdata\\priv1.edb): the logs record only the .edb; the streaming file keeps its own name and path.',
      ]);
      expect(report.plan.filter((s) => /copy.*priv1\.stm.*priv1\.edb/i.test(s.text))).toEqual([]);
    });

    it('makes the whole store not restorable when one half is damaged', () => {
      const report = reportOf('2003-stm-store-damaged');
      expect(outcome(report)).toEqual([
        ['priv1.edb', 'not-restorable', undefined, undefined, ['page-checksum']],
        ['priv1.stm', 'not-restorable', undefined, undefined, ['page-checksum']],
      ]);
      expect(report.databases[1]!.verdict.explanation).toBe(
        'priv1.stm: priv1.edb, the other file of the same store, has damaged pages; the .edb and .stm are restored and replayed together, so this store cannot be restored from this copy: restore both files from a known-good backup.',
      );
    });
  });

  describe('8. databases of one stream with different verdicts', () => {
    it('says which database replays and which is point-in-time, and starts replay at the replaying one’s anchor', () => {
      const report = reportOf('55-mixed-anchors');
      expect(outcome(report)).toEqual([
        ['priv.edb', 'point-in-time', undefined, undefined, ['anchor-missing']],
        ['pub.edb', 'roll-forward', 4815, 4820, []],
      ]);
      const stream = modelOf('55-mixed-anchors').streams[0]!;
      expect([stream.lowAnchor, stream.replaying.map((m) => m.db.name), stream.pointInTime.map((m) => m.db.name)]).toEqual([4815, ['pub.edb'], ['priv.edb']]);
      expect(report.streams[0]!.lowAnchor).toEqual({ generation: 4815, hex: '12CF', file: 'Edb012cf.log' });
      expect(report.findings.find((f) => f.rule === 'anchor-log' && f.message.startsWith('Low anchor'))?.message).toBe(
        'Low anchor of the Edb log stream (signature 8/3/1999 17:37:42, Rand 710915685): Edb012cf.log (4815, 0x12CF) (pub.edb); replay of the stream starts there. priv.edb replays no log and does not count for it.',
      );
    });
  });

  describe('in every sample, each database is restored to a path of its own name', () => {
    const folders = scenarioFolders();
    const fileName = (path: string) => path.split(/[\\/]/).pop()!.toLowerCase();
    for (const folder of folders) {
      it(folder, () => {
        const model = modelOf(folder);
        const wrong = model.databases
          .map((m) => ({ name: m.db.name, target: m.recorded?.attachment.path ?? m.db.path ?? m.db.name }))
          .filter((t) => fileName(t.target) !== t.name.toLowerCase());
        expect(wrong).toEqual([]);
        const report = checkDocument(readScenario(folder));
        expect(report.databases.filter((d) => d.path !== undefined && fileName(d.path) !== d.name.toLowerCase())).toEqual([]);
      });
    }
  });
});

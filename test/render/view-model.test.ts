import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/render/view-model.js';
import { loadFixture, modified } from './helpers.js';

describe('the view model of the KB Q296787 example', () => {
  const view = buildReportView(loadFixture('kb-roll-forward'));
  const stream = view.streams[0]!;

  it('states the verdict with its label, tone and summary', () => {
    expect(view.verdict).toEqual({
      kind: 'roll-forward',
      label: 'ROLL FORWARD',
      qualifier: null,
      headline: 'ROLL FORWARD',
      fixSteps: [],
      tone: 'good',
      summary: 'restore priv.edb and pub.edb and replay Edb012cf.log (4815) through Edb.log (4829)',
    });
    expect(view.title).toBe('esereport: ROLL FORWARD');
    expect(view.countsText).toBe('0 errors, 1 warning, 2 info');
    expect(view.inputsText).toBe('4 inputs, 18 dumps, 1 unrecognized range');
  });

  it('shows the anchor in decimal, hex and file name, and the replay range by file', () => {
    const priv = view.databases[0]!;
    expect(priv.anchor).toEqual({
      generation: 4815,
      hex: '12CF',
      file: 'Edb012cf.log',
      text: '4815 (0x12CF)',
      long: '4815 (0x12CF) Edb012cf.log',
    });
    expect(priv.replayRange).toBe('Edb012cf.log → Edb.log, 4815–4829 (0x12CF–0x12DD)');
    expect(priv.replayThrough?.file).toBe('Edb.log');
    expect(priv.logRequired).toBeNull();
  });

  it('folds the thirteen healthy logs between the anchor and Edb.log into one signature row', () => {
    expect(stream.signatureRows.map((row) => row.fileText)).toEqual([
      'Edb012cf.log',
      'Edb012d0.log … Edb012dc.log — 13 logs, all match',
      'Edb.log',
    ]);
    expect(stream.signatureRows[1]).toMatchObject({
      generations: '4816–4828 (0x12D0–0x12DC)',
      count: 13,
      folded: true,
      matchesAnchor: 'yes',
      status: 'ok',
    });
  });

  it('lists one path column per database id and folds logs with the same paths', () => {
    expect(stream.pathColumns).toEqual([
      { dbid: 1, label: '1 PRIV.EDB' },
      { dbid: 2, label: '2 PUB.EDB' },
    ]);
    expect(stream.pathRows.map((row) => [row.fileText, row.changed])).toEqual([
      ['Edb012cf.log', false],
      ['Edb012d0.log … Edb012dc.log — 13 logs, same paths', false],
      ['Edb.log', false],
    ]);
  });

  it('describes the stream: range, counts and checkpoint', () => {
    expect(stream.range).toBe('4815 (0x12CF) Edb012cf.log … 4829 (0x12DD) Edb.log');
    expect(stream.statusText).toBe('1 anchor, 13 ok, 1 current log');
    expect(stream.logCount).toBe(15);
    expect(stream.missingCount).toBe(0);
    expect(stream.checkpoint?.long).toBe('4815 (0x12CF) Edb012cf.log');
    expect(stream.htmlId).toBe('stream-Edb-24842');
  });

  it('groups findings warnings before information, with evidence as input:line  text', () => {
    expect(view.findingGroups.map((g) => [g.label, g.count])).toEqual([
      ['Warnings', 1],
      ['Information', 2],
    ]);
    expect(view.findingGroups[1]!.findings[0]!.evidenceText).toBe(
      'priv.txt:3  Last Consistent: (4815,7337,362)  8/6/1999 20:46:33\n' +
        'pub.txt:3  Last Consistent: (4815,7337,400)  8/6/1999 20:46:34',
    );
  });
});

describe('the view model of a partial roll forward', () => {
  const view = buildReportView(loadFixture('partial-gap-mismatch'));
  const stream = view.streams[0]!;

  it('keeps the mismatched log on its own row and says it does not match the anchor', () => {
    const mismatch = stream.signatureRows.find((row) => row.status === 'signature-mismatch')!;
    expect(mismatch).toMatchObject({
      fileText: 'E00003F2.log',
      generations: '1010 (0x3F2)',
      matchesAnchor: 'no',
      tone: 'bad',
      signature: 'Create time:05/17/2004 14:02:10 Rand:19883 Computer:',
      source: 'E00-logs.txt:520',
    });
  });

  it('shows the missing generations and the logs stranded after the gap', () => {
    expect(stream.signatureRows.map((row) => `${row.generations} ${row.statusLabel}`)).toEqual([
      '998 (0x3E6) before the anchor',
      '999 (0x3E7) before the anchor',
      '1000 (0x3E8) anchor',
      '1001–1009 (0x3E9–0x3F1) ok',
      '1010 (0x3F2) signature mismatch',
      '1011 (0x3F3) missing',
      '1012 (0x3F4) missing',
      '1013–1016 (0x3F5–0x3F8) after the gap',
    ]);
    expect(stream.signatureRows[7]!.fileText).toBe('E00003F5.log … E00.log — 4 logs, stranded after the gap');
    expect(stream.missingCount).toBe(2);
  });

  it('highlights the log where the path of pub1.edb changes', () => {
    const changed = stream.pathRows.filter((row) => row.changed);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.fileText).toBe('E00003ED.log');
    expect(changed[0]!.cells.map((c) => [c.text, c.changed])).toEqual([
      ['D:\\Exchsrvr\\mdbdata\\priv1.edb', false],
      ['E:\\Exchsrvr\\mdbdata\\pub1.edb', true],
    ]);
  });

  it('names the file of each event generation', () => {
    expect(stream.events.map((e) => `${e.generation.long}: ${e.label} ${e.database ?? ''}`)).toEqual([
      '1005 (0x3ED) E00003ED.log: path change pub1.edb',
      '1010 (0x3F2) E00003F2.log: log signature change ',
    ]);
  });

  it('numbers the plan and labels each action', () => {
    expect(view.plan.map((s) => `${s.step} ${s.actionLabel}`)).toEqual([
      '1 Stop the service',
      '2 Move aside',
      '3 Rename',
      '4 Move the checkpoint away',
      '5 Restore the database',
      '6 Restore the database',
      '7 Start the service',
      '8 Full backup',
    ]);
  });

  it('takes a step\'s commands from its own list when the plan gives one, else from the lines after its sentence', () => {
    const report = modified(loadFixture('partial-gap-mismatch'), (r) => {
      r.plan[2]!.text = 'Rename E00003F1.log to E00.log:\nren E00003F1.log E00.log';
      (r.plan[3] as { commands?: string[] }).commands = ['md aside', 'move E00.chk aside\\'];
      r.plan[3]!.text = 'Move the checkpoint file out of the working path:';
    });
    const steps = buildReportView(report).plan;
    expect([steps[2]!.text, steps[2]!.commands]).toEqual(['Rename E00003F1.log to E00.log:', ['ren E00003F1.log E00.log']]);
    expect([steps[3]!.text, steps[3]!.commands]).toEqual(['Move the checkpoint file out of the working path:', ['md aside', 'move E00.chk aside\\']]);
  });
});

describe('the view model of a point-in-time restore and of two streams', () => {
  it('says no log replays when the anchor is missing', () => {
    const db = buildReportView(loadFixture('point-in-time')).databases[0]!;
    expect(db.replayRange).toBe('none');
    expect(db.verdict.label).toBe('POINT IN TIME ONLY');
    expect(db.anchor?.long).toBe('4815 (0x12CF) E00000012CF.log');
  });

  it('gives each stream its own databases and says when signatures were not captured', () => {
    const view = buildReportView(loadFixture('two-streams'));
    expect(view.streams.map((s) => [s.title, s.databasesText])).toEqual([
      ['Log stream E00', 'priv1.edb'],
      ['Log stream E01', 'priv2.edb'],
    ]);
    expect(view.streams[1]!.signatureRows[0]).toMatchObject({
      fileText: 'E0100100.log … E0100102.log — 3 logs, signatures not captured',
      matchesAnchor: 'not captured',
    });
    expect(view.streams[1]!.hasPaths).toBe(false);
    expect(view.databases[1]!.logRequired).toBe('256–258 (0x100–0x102)');
  });

  it('says a consistent database needs no log for its Log Required 0-0 (no E0000000.log)', () => {
    const report = modified(loadFixture('two-streams'), (draft) => {
      draft.databases[1]!.logRequired = { low: 0, high: 0 };
    });
    expect(buildReportView(report).databases[1]!.logRequired).toBe('none (0-0)');
  });
});

describe('captured text in the view model', () => {
  it('shows control characters of a capture as \\xNN instead of passing them to the terminal', () => {
    const report = modified(loadFixture('kb-roll-forward'), (r) => {
      r.findings[0]!.evidence[0]!.text = 'Last Consistent:\u001b[2J (4815,7337,362)\nnext';
    });
    const evidence = buildReportView(report).findingGroups[1]!.findings[0]!.evidence[0]!;
    expect(evidence.text).toBe('Last Consistent:\\x1B[2J (4815,7337,362)\\x0Anext');
  });

  it('matches a signature printed with padded time fields against the unpadded one', () => {
    const report = modified(loadFixture('kb-roll-forward'), (r) => {
      r.streams[0]!.logs[3]!.signature = 'Create time:12/29/2000 21:06:38 Rand:24842 Computer:';
      r.streams[0]!.logs[4]!.signature = 'Create time:12/29/2000 21:06:38 Rand:24843 Computer:';
    });
    const rows = buildReportView(report).streams[0]!.signatureRows;
    expect(rows.map((row) => `${row.generations} ${row.matchesAnchor}`)).toEqual([
      '4815 (0x12CF) yes',
      '4816 (0x12D0) yes',
      '4817 (0x12D1) yes',
      '4818 (0x12D2) yes',
      '4819 (0x12D3) no',
      '4820–4828 (0x12D4–0x12DC) yes',
      '4829 (0x12DD) yes',
    ]);
  });
});

describe('the words of the verdict in the view model', () => {
  it('says what to fix first beside the label, and the rest of the summary apart', () => {
    const verdict = buildReportView(loadFixture('partial-gap-mismatch')).verdict;
    expect(verdict).toEqual({
      kind: 'roll-forward-partial',
      label: 'PARTIAL ROLL FORWARD',
      qualifier: 'after the fixes in steps 2–4',
      headline: 'PARTIAL ROLL FORWARD after the fixes in steps 2–4',
      fixSteps: [2, 3, 4],
      tone: 'warn',
      summary: 'priv1.edb replays through E00003F1.log (1009), pub1.edb through E00003EC.log (1004); later logs cannot replay',
    });
  });

  it('groups the databases that share a verdict, and names a database its explanation does not', () => {
    const report = modified(loadFixture('kb-roll-forward'), (r) => {
      r.databases[0]!.verdict.explanation = 'priv.edb replays Edb012cf.log (4815) through Edb.log (4829): every captured log from its anchor on.';
      r.databases[1]!.verdict.explanation = 'pub.edb replays Edb012cf.log (4815) through Edb.log (4829): every captured log from its anchor on.';
    });
    expect(buildReportView(report).verdictGroups).toEqual([
      {
        kind: 'roll-forward',
        label: 'ROLL FORWARD',
        tone: 'good',
        names: ['priv.edb', 'pub.edb'],
        namesText: 'priv.edb and pub.edb',
        sentence: 'priv.edb and pub.edb replay Edb012cf.log (4815) through Edb.log (4829): every captured log from their anchor on',
        reasons: ['anchor-log'],
        reasonsText: 'anchor-log',
      },
    ]);
    // The hand-built fixture's explanations do not start with their database.
    expect(buildReportView(loadFixture('kb-roll-forward')).verdictGroups.map((g) => g.sentence)).toEqual([
      'priv.edb: Every log from the anchor Edb012cf.log through Edb.log is present, in sequence and signed by the same stream',
      'pub.edb: Every log from the anchor Edb012cf.log through Edb.log is present, in sequence and signed by the same stream',
    ]);
  });

  it('tells apart two log streams with one base name by their signature, never by their id', () => {
    const report = modified(loadFixture('two-streams'), (r) => {
      r.streams[1]!.baseName = 'E00';
      r.streams[0]!.signature = 'Create time:03/01/2004 09:12:44 Rand:715244149 Computer:';
      delete r.streams[1]!.signature;
    });
    const view = buildReportView(report);
    expect(view.streams.map((s) => s.title)).toEqual([
      'Log stream E00, signature created 03/01/2004 09:12:44, Rand 715244149',
      'Log stream E00, signature not captured',
    ]);
    expect(view.streams[0]!.timeline.title).toBe('Log stream E00, signature created 03/01/2004 09:12:44, Rand 715244149: 6 generations');
    expect(buildReportView(loadFixture('two-streams')).streams.map((s) => s.title)).toEqual(['Log stream E00', 'Log stream E01']);
  });

  it('keeps the KB references of a finding and drops a SPEC section', () => {
    const report = modified(loadFixture('partial-gap-mismatch'), (r) => {
      r.findings[0]!.kb = 'Q296787 roll-forward step 8; SPEC §5';
    });
    const findings = buildReportView(report).findingGroups.flatMap((g) => g.findings);
    expect(findings.map((f) => [f.rule, f.kb])).toEqual([
      ['log-signature-mismatch', 'Q296787 roll-forward step 8'],
      ['generation-gap', 'Q296787 roll forward step 5'],
      ['path-change', 'Q296787 Dealing with Database Signature and Path Mismatches'],
      ['current-log', 'Q296787 roll forward steps 6-7'],
      ['checkpoint-present', 'Q296787 roll forward step 9'],
      ['unrecognized-input', null],
      ['anchor-log', 'Q296787 roll forward step 2'],
    ]);
  });
});

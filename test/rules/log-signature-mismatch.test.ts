/**
 * log-signature-mismatch: Log signature differs from the anchor log's (Q296787 roll-forward step 8 (chksig.bat); Q237767 roll-forward step 6 (sigchk.bat)).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, LOG_SIG, logHeader, OTHER_SIG, rulesWith,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';
import { parseCaptureText } from '../../src/ast/index.js';
import { chksig, headers, pathchk, sigchk, SIG_LOG } from './kb-batch-text.js';

describe('log-signature-mismatch on the samples', () => {
  it('55-chksig-kb', () => {
    expect(sampleFindings('55-chksig-kb', 'log-signature-mismatch')).toEqual([
      {
        rule: 'log-signature-mismatch',
        severity: 'error',
        subjects: ['edb0000c.log'],
        message: 'SIGNATURE MATCHING FAILED for edb0000c.log (12, 0xC): its signature Create time:1/2/2001 16:3:20 Rand:41077 Computer: differs from the signature of edb0000a.log (Create time:12/29/2000 21:6:38 Rand:24842 Computer:); move it aside — replay stops at edb0000b.log (11, 0xB).',
      },
      {
        rule: 'log-signature-mismatch',
        severity: 'error',
        subjects: ['edb0000e.log'],
        message: 'SIGNATURE MATCHING FAILED for edb0000e.log (14, 0xE): its signature Create time:1/2/2001 16:3:20 Rand:41077 Computer: differs from the signature of edb0000a.log (Create time:12/29/2000 21:6:38 Rand:24842 Computer:); move it aside — it is not a replay candidate.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'log-signature-mismatch')).toEqual([]);
  });
});

describe('log-signature-mismatch (chksig.bat, Q296787 roll-forward step 8)', () => {
  // The KB's chksig example: edb0000c.log and edb0000e.log fail against the anchor edb0000a.log.
  const chksig = input('ml-all.txt', [
    logHeader({ file: 'edb0000a.log', gen: 10, sig: LOG_SIG }),
    logHeader({ file: 'edb0000b.log', gen: 11, sig: LOG_SIG }),
    logHeader({ file: 'edb0000c.log', gen: 12, sig: OTHER_SIG }),
    logHeader({ file: 'edb0000d.log', gen: 13, sig: LOG_SIG }),
    logHeader({ file: 'edb0000e.log', gen: 14, sig: OTHER_SIG }),
  ]);

  it('reports each mismatched log against the --anchor log, and where replay stops', () => {
    const report = check([chksig], { anchorFile: 'edb0000a.log' });
    expect(findingsOf(report, 'log-signature-mismatch').map((f) => f.message)).toEqual([
      'SIGNATURE MATCHING FAILED for edb0000c.log (12, 0xC): its signature Create time:8/2/1999 16:22:38 Rand:3070420 Computer: differs from the signature of edb0000a.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — replay stops at edb0000b.log (11, 0xB).',
      'SIGNATURE MATCHING FAILED for edb0000e.log (14, 0xE): its signature Create time:8/2/1999 16:22:38 Rand:3070420 Computer: differs from the signature of edb0000a.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — it is not a replay candidate.',
    ]);
    expect(findingsOf(report, 'log-signature-mismatch')[0]!.evidence).toEqual([
      { input: 'ml-all.txt', line: 11, text: 'Signature: Create time:8/2/1999 16:22:38 Rand:3070420 Computer:' },
      { input: 'ml-all.txt', line: 3, text: 'Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:' },
    ]);
  });

  it('checks the chain from the --anchor and gives roll-forward-partial through edb0000b.log', () => {
    const report = check([chksig], { anchorFile: 'edb0000a.log' });
    expect(report.verdict).toBe('roll-forward-partial');
    expect(report.streams[0]!.verdict).toMatchObject({ kind: 'roll-forward-partial', replayFrom: 10, replayThrough: 11, reasons: ['log-signature-mismatch'] });
    expect([...report.streams[0]!.logs].map((l) => `${l.file}:${l.status}`)).toEqual([
      'edb0000a.log:anchor', 'edb0000b.log:ok', 'edb0000c.log:signature-mismatch', 'edb0000d.log:after-gap', 'edb0000e.log:signature-mismatch',
    ]);
    expect(rulesWith(report, 'error')).toEqual(['ceiling-logs', 'current-log', 'log-signature-mismatch']);
  });

  it('is undetermined without --anchor or a database header', () => {
    const report = check([chksig]);
    expect(report.verdict).toBe('undetermined');
    expect(report.summary).toBe(
      'UNDETERMINED — The logs of the edb log stream (signature 8/3/1999 17:37:42, Rand 710915685) were captured without an eseutil /mh of their database and without --anchor; pass the /mh capture or --anchor FILE (the Last Consistent log)',
    );
  });
});

describe('log-signature-mismatch from the KB batch files\' output alone (issue 16)', () => {
  const verdicts = (r: ReturnType<typeof check>) => r.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayFrom, d.verdict.replayThrough]);

  it('55-kb-batch-files: chksig\'s failure and sigchk\'s block name EDB012D2.LOG', () => {
    expect(sampleFindings('55-kb-batch-files', 'log-signature-mismatch')).toEqual([
      {
        rule: 'log-signature-mismatch',
        severity: 'error',
        subjects: ['EDB012D2.LOG'],
        message: 'SIGNATURE MATCHING FAILED for EDB012D2.LOG (4818, 0x12D2): its signature Create time:2/11/1999 9:12:5 Rand:48211977 Computer: differs from the signature of edb012cf.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — replay stops at EDB012D1.LOG (4817, 0x12D1).',
      },
    ]);
  });

  it('chksig.bat: `SIGNATURE MATCHING FAILED FOR` says which log, not which signature it has; the line is the evidence', () => {
    const report = check([headers(), chksig(['EDB012D0.LOG'])]);
    expect(findingsOf(report, 'log-signature-mismatch').map((f) => [f.subjects, f.message, f.evidence])).toEqual([
      [
        ['EDB012D0.LOG'],
        'SIGNATURE MATCHING FAILED for EDB012D0.LOG (4816, 0x12D0): its signature (not captured) differs from the signature of edb012cf.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — replay stops at edb012cf.log (4815, 0x12CF).',
        [
          { input: 'chksig.txt', line: 4, text: 'SIGNATURE MATCHING FAILED FOR EDB012D0.LOG!' },
          { input: 'chksig.txt', line: 2, text: SIG_LOG },
        ],
      ],
    ]);
    // chksig names no matching log: the chain holds the anchor only.
    expect(verdicts(report)).toEqual([['priv.edb', 'roll-forward-partial', 4815, 4815], ['pub.edb', 'roll-forward-partial', 4815, 4815]]);
  });

  it('sigchk.bat: a `*****` block from the file\'s first line gives the log\'s own signature', () => {
    const report = check([headers(), sigchk({ 'EDB012D1.LOG': [[`      ${SIG_LOG}`], ['      Signature: Create time:2/11/1999 9:12:5 Rand:48211977 Computer:']] }), pathchk()]);
    expect(findingsOf(report, 'log-signature-mismatch').map((f) => [f.subjects, f.message, f.evidence.map((e) => `${e.input}:${e.line}`)])).toEqual([
      [
        ['EDB012D1.LOG'],
        'SIGNATURE MATCHING FAILED for EDB012D1.LOG (4817, 0x12D1): its signature Create time:2/11/1999 9:12:5 Rand:48211977 Computer: differs from the signature of edb012cf.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:); move it aside — replay stops at EDB012D0.LOG (4816, 0x12D0).',
        ['Log Signature Check.txt:19', 'Log Signature Check.txt:1'],
      ],
    ]);
    expect(verdicts(report)).toEqual([['priv.edb', 'roll-forward-partial', 4815, 4816], ['pub.edb', 'roll-forward-partial', 4815, 4816]]);
  });

  it('sigchk.bat without the anchor\'s own lines: a `*****` block it cannot place still says the log does not match; replay stops before it', () => {
    const fc = parseCaptureText({
      name: 'Log Signature Check.txt',
      text: [
        'Comparing files edb012cf.log.check and EDB012D0.LOG.CHECK', 'FC: no differences encountered', '',
        'Comparing files edb012cf.log.check and EDB012D1.LOG.CHECK', '***** edb012cf.log.check', `      ${SIG_LOG}`,
        '***** EDB012D1.LOG.CHECK', '      Signature: Create time:2/11/1999 9:12:5 Rand:48211977 Computer:', '*****', '',
      ].join('\r\n'),
    });
    const report = check([headers(), fc]);
    expect(findingsOf(report, 'log-signature-mismatch').map((f) => [f.subjects, f.message, f.evidence[0]])).toEqual([
      [
        ['EDB012D1.LOG'],
        'SIGNATURE MATCHING FAILED for EDB012D1.LOG (4817, 0x12D1): its signature (not captured) differs from the signature of edb012cf.log (not captured); move it aside — replay stops at EDB012D0.LOG (4816, 0x12D0).',
        { input: 'Log Signature Check.txt', line: 4, text: 'Comparing files edb012cf.log.check and EDB012D1.LOG.CHECK' },
      ],
    ]);
    expect(verdicts(report)).toEqual([['priv.edb', 'roll-forward-partial', 4815, 4816], ['pub.edb', 'roll-forward-partial', 4815, 4816]]);
  });

  it('does not fire on `FC: no differences encountered` for every log: the chain runs through edb.log', () => {
    const report = check([headers(), sigchk(), pathchk()]);
    expect(findingsOf(report, 'log-signature-mismatch')).toEqual([]);
    expect([report.verdict, verdicts(report)]).toEqual(['roll-forward', [['priv.edb', 'roll-forward', 4815, 4820], ['pub.edb', 'roll-forward', 4815, 4820]]]);
  });
});

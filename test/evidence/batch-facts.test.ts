/**
 * The KB batch files' output as evidence about the logs it names (src/evidence/batch-facts.ts,
 * issue 16): samples/55-kb-batch-files holds nothing but chksig.bat's console output, sigchk.bat's
 * and pathchk.bat's text files and a few `find` fragments, and every log of the folder is known
 * from them — its generation from its name, its signatures from what fc says it shares with the
 * anchor, the foreign log from chksig's failure and sigchk's `*****` block.
 */
import { describe, expect, it } from 'vitest';
import { EvidenceCollector, logsOf, type Evidence, type LogEvidence } from '../../src/evidence/index.js';
import { parseCaptureText } from '../../src/ast/index.js';
import type { InputAst } from '../../src/ast/types.js';
import { readSample } from '../support/samples.js';

function collect(inputs: readonly InputAst[]): Evidence {
  const collector = new EvidenceCollector();
  for (const input of inputs) for (const dump of input.dumps) collector.addDump(input.name, dump);
  return collector.finish();
}

const at = (l: { input: string; line: number } | undefined) => (l === undefined ? undefined : `${l.input}:${l.line}`);

/** What the evidence keeps of a log, with the lines it quotes. */
function facts(log: LogEvidence) {
  return {
    file: log.file,
    generation: log.generation,
    signature: log.signature?.rand,
    signatureAt: at(log.signatureAt),
    fileAt: at(log.fileAt),
    fault: log.streamCheckFault === undefined ? undefined : `${log.streamCheckFault.kind} ${at(log.streamCheckFault.at)}`,
    attachments: log.attachments.map((a) => [a.dbid, a.path, a.signature?.rand, at(a.at), at(a.signatureAt)]),
  };
}

describe('55-kb-batch-files: the logs the batch output names', () => {
  const evidence = collect(['console.txt', 'database-path-check.txt', 'log-signature-check.txt'].map((f) => readSample(`55-kb-batch-files/${f}`)));
  const sample = (name: string) => `55-kb-batch-files/${name}`;

  it('groups them by the signature fc and chksig say they carry', () => {
    expect(evidence.logGroups.map((g) => [g.signature?.rand, [...logsOf(g.entries)].map((l) => l.file)])).toEqual([
      [710915685, ['edb012cf.log', 'EDB012D0.LOG', 'EDB012D1.LOG', 'EDB012D3.LOG', 'edb.log']],
      [48211977, ['EDB012D2.LOG']],
    ]);
  });

  it('the anchor: chksig\'s matched signature, sigchk\'s databases by position, pathchk\'s paths and Env lines', () => {
    const anchor = [...logsOf(evidence.logGroups[0]!.entries)][0]!;
    expect(facts(anchor)).toEqual({
      file: 'edb012cf.log',
      generation: 4815,
      signature: 710915685,
      signatureAt: `${sample('console.txt')}:21`,
      fileAt: `${sample('console.txt')}:20`,
      fault: undefined,
      attachments: [
        [1, 'T:\\exchsrvr\\MDBDATA\\PRIV.EDB', 710961251, `${sample('database-path-check.txt')}:3`, `${sample('log-signature-check.txt')}:2`],
        [2, 'T:\\exchsrvr\\MDBDATA\\PUB.EDB', 710954626, `${sample('database-path-check.txt')}:4`, `${sample('log-signature-check.txt')}:3`],
      ],
    });
    expect([anchor.fileSource, anchor.sources, anchor.generationFromHeader, anchor.directory, anchor.envSystemPath, anchor.envLogFilePath]).toEqual([
      'batchCheck', ['batchCheck'], false, 'T:\\exchsrvr\\mdbdata', 'T:\\exchsrvr\\mdbdata', 'T:\\exchsrvr\\mdbdata',
    ]);
  });

  it('a log fc finds the same carries the anchor\'s signatures, quoting `FC: no differences encountered`', () => {
    const d1 = [...logsOf(evidence.logGroups[0]!.entries)].find((l) => l.file === 'EDB012D1.LOG')!;
    expect(facts(d1)).toEqual({
      file: 'EDB012D1.LOG',
      generation: 4817,
      signature: 710915685,
      signatureAt: `${sample('log-signature-check.txt')}:16`,
      fileAt: `${sample('database-path-check.txt')}:14`,
      fault: undefined,
      attachments: [
        [1, '', 710961251, `${sample('log-signature-check.txt')}:16`, `${sample('log-signature-check.txt')}:16`],
        [2, '', 710954626, `${sample('log-signature-check.txt')}:16`, `${sample('log-signature-check.txt')}:16`],
      ],
    });
  });

  it('edb.log: its lGeneration from the find fragment, its signature from sigchk', () => {
    const edb = [...logsOf(evidence.logGroups[0]!.entries)].find((l) => l.file === 'edb.log')!;
    expect([edb.generation, edb.generationFromHeader, edb.signature?.rand, edb.sources]).toEqual([4820, true, 710915685, ['logHeader', 'batchCheck']]);
  });

  it('EDB012D2.LOG: the signature of sigchk\'s block and chksig\'s SIGNATURE MATCHING FAILED', () => {
    const d2 = [...logsOf(evidence.logGroups[1]!.entries)][0]!;
    expect(facts(d2)).toEqual({
      file: 'EDB012D2.LOG',
      generation: 4818,
      signature: 48211977,
      signatureAt: `${sample('log-signature-check.txt')}:24`,
      fileAt: `${sample('console.txt')}:25`,
      fault: `log-signature-mismatch ${sample('console.txt')}:25`,
      attachments: [
        [1, '', 48260338, `${sample('log-signature-check.txt')}:25`, `${sample('log-signature-check.txt')}:25`],
        [2, '', 48275520, `${sample('log-signature-check.txt')}:26`, `${sample('log-signature-check.txt')}:26`],
      ],
    });
  });
});

describe('what the batch output does not say is not invented', () => {
  it('chksig names no signature for the failing log, and no matching log by name', () => {
    const evidence = collect([
      parseCaptureText({
        name: 'chksig.txt',
        text: ['T:\\exchsrvr\\mdbdata>chksig edb0000a.log', '      Signature: Create time:12/29/2000 21:6:38 Rand:24842 Computer:', 'SIGNATURE MATCHING FAILED FOR edb0000c.log!'].join('\n'),
      }),
    ]);
    expect(evidence.logGroups.flatMap((g) => [...logsOf(g.entries)]).map(facts)).toEqual([
      { file: 'edb0000a.log', generation: 10, signature: 24842, signatureAt: 'chksig.txt:2', fileAt: 'chksig.txt:1', fault: undefined, attachments: [] },
      { file: 'edb0000c.log', generation: 12, signature: undefined, signatureAt: undefined, fileAt: 'chksig.txt:3', fault: 'log-signature-mismatch chksig.txt:3', attachments: [] },
    ]);
  });

  it('a sigchk block whose place is unknown (no anchor lines) gives the log no signature, but says it does not match the anchor', () => {
    const evidence = collect([
      parseCaptureText({
        name: 'Log Signature Check.txt',
        text: ['Comparing files edb012cf.log.check and EDB012D2.LOG.CHECK', '***** edb012cf.log.check', 'Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:',
          '***** EDB012D2.LOG.CHECK', 'Signature: Create time:2/11/1999 9:12:5 Rand:48211977 Computer:', '*****'].join('\n'),
      }),
    ]);
    expect(evidence.logGroups.flatMap((g) => [...logsOf(g.entries)]).map((l) => [l.file, l.generation, l.signature, l.attachments, l.streamCheckFault?.kind, at(l.streamCheckFault?.at), l.streamCheckFault?.at.text])).toEqual([
      ['edb012cf.log', 4815, undefined, [], undefined, undefined, undefined],
      ['EDB012D2.LOG', 4818, undefined, [], 'log-signature-mismatch', 'Log Signature Check.txt:2', '***** edb012cf.log.check'],
    ]);
  });
});

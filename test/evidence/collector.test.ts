import { describe, expect, it } from 'vitest';
import { EvidenceCollector, logsOf } from '../../src/evidence/index.js';
import { input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_MH, sig, streamCheck } from '../rules/builders.js';
import type { InputAst } from '../../src/ast/types.js';

function collect(inputs: readonly InputAst[]) {
  const collector = new EvidenceCollector();
  for (const i of inputs) {
    collector.addInput({ name: i.name, encoding: i.encoding });
    for (const d of i.dumps) collector.addDump(i.name, d);
    for (const r of i.unrecognized) collector.addUnrecognized(i.name, r);
  }
  return collector.finish();
}

describe('EvidenceCollector', () => {
  it('groups logs by their own signature and orders each group by generation', () => {
    const evidence = collect([input('a.txt', [...kbLogs(4817, 4818).reverse(), logHeader({ file: 'E0100005.log', gen: 5, sig: OTHER_SIG }), ...kbLogs(4815, 4816)])]);
    expect(evidence.logGroups.map((g) => [g.signature?.rand, [...logsOf(g.entries)].map((l) => l.generation)])).toEqual([
      [710915685, [4815, 4816, 4817, 4818]],
      [3070420, [5]],
    ]);
  });

  it('shares one signature object among the logs of a stream', () => {
    const evidence = collect([input('a.txt', kbLogs(4815, 4817))]);
    const [a, b] = [...logsOf(evidence.logGroups[0]!.entries)];
    expect(a!.signature).toBe(b!.signature);
  });

  it('merges a find-filtered capture into the full capture of the same file, case-insensitively', () => {
    const fragment = logHeader({ file: 'EDB012CF.LOG', gen: 4815 });
    const evidence = collect([input('full.txt', kbLogs(4815, 4815)), input('find.txt', [fragment])]);
    expect(evidence.logGroups).toHaveLength(1);
    expect([...logsOf(evidence.logGroups[0]!.entries)]).toHaveLength(1);
    expect(evidence.conflictingCaptures).toEqual([]);
  });

  it('joins an unsigned fragment to the one signed group of its base name', () => {
    const evidence = collect([input('a.txt', [...kbLogs(4815, 4816), logHeader({ file: 'Edb.log', gen: 4817 })])]);
    expect(evidence.logGroups.map((g) => [...logsOf(g.entries)].map((l) => l.file))).toEqual([['Edb012cf.log', 'Edb012d0.log', 'Edb.log']]);
  });

  it('keeps database facts with the lines they were printed on', () => {
    const evidence = collect([input('priv.txt', [PRIV_MH])]);
    expect(evidence.databases[0]).toMatchObject({
      name: 'priv.edb',
      state: 'Consistent',
      stateKind: 'clean',
      stateAt: { input: 'priv.txt', line: 3, text: 'State: Consistent' },
      lastConsistent: { generation: 4815, radix: 10, text: '(4815,7337,362)' },
      repairCount: 0,
    });
    expect(evidence.databases[0]!.logSignature).toEqual({ key: '1999-8-3 17:37:42.0|710915685|', text: LOG_SIG.text, rand: 710915685 });
  });

  it('places the logs of eseutil /ml E00 by their names, and the OK current log after the last numbered one', () => {
    const evidence = collect([input('e00.txt', [streamCheck({ baseName: 'E00', logs: [{ file: 'D:\\L\\E000000008F.log', ok: true }, { file: 'D:\\L\\E00.log', ok: true }] })])]);
    expect([...logsOf(evidence.logGroups[0]!.entries)].map((l) => [l.file, l.kind, l.generation, l.integrity])).toEqual([
      ['E000000008F.log', 'numbered', 143, 'passed'],
      ['E00.log', 'current', 144, 'passed'],
    ]);
  });

  it('counts dumps and keeps unrecognized ranges per input', () => {
    const evidence = collect([input('p.txt', [PRIV_MH], [{ startLine: 9, endLine: 10, text: '\n  hello  ' }])]);
    expect(evidence.inputs).toEqual([{ name: 'p.txt', encoding: 'utf-8', dumps: 1, unrecognized: [{ input: 'p.txt', startLine: 9, endLine: 10, firstLine: 'hello' }] }]);
  });

  it('normalizes padded and unpadded signature dates to one key', () => {
    const evidence = collect([input('a.txt', [logHeader({ file: 'E0000001.log', gen: 1, sig: sig('08/03/1999 07:07:02', 5) }), logHeader({ file: 'E0000002.log', gen: 2, sig: sig('8/3/1999 7:7:2', 5) })])]);
    expect(evidence.logGroups).toHaveLength(1);
  });
});

describe('EvidenceCollector: where a log was and what eseutil /ml <base> said of it', () => {
  it('takes the folder from the printed path, else Env LogFilePath, lower-cased and without the last backslash', () => {
    const check = streamCheck({ baseName: 'E00', logs: [{ file: 'L:\\Logs\\SG1\\E0000318.log', ok: true }] });
    const evidence = collect([input('a.txt', [logHeader({ file: 'Edb012cf.log', gen: 4815, sig: LOG_SIG, logPath: 'E:\\exchsrvr\\MDBDATA\\' }), check])]);
    const logs = evidence.logGroups.flatMap((g) => [...logsOf(g.entries)]);
    expect(logs.map((l) => [l.file, l.folder])).toEqual([
      ['Edb012cf.log', 'e:\\exchsrvr\\mdbdata'],
      ['E0000318.log', 'l:\\logs\\sg1'],
    ]);
  });

  it('gives a log the signature of its "Invalid log signature" line (-530) and the lGeneration of its -513 line', () => {
    const check = streamCheck({
      baseName: 'Edb',
      logs: [
        { file: 'Edb012cf.log', ok: true },
        { file: 'Edb012d0.log', ok: false, errors: [`ERROR: Invalid log signature: ${OTHER_SIG.text} Expected signature: ${LOG_SIG.text}`] },
        { file: 'Edb012d1.log', ok: false, errors: ['ERROR: Mismatched log generation 4819 (0x12D3) with log file name. Expected generation 4817 (0x12D1).'] },
      ],
    });
    const evidence = collect([input('verify.txt', [check])]);
    const logs = new Map(evidence.logGroups.flatMap((g) => [...logsOf(g.entries)]).map((l) => [l.file, l]));
    expect([logs.get('Edb012d0.log')?.signature?.rand, logs.get('Edb012d0.log')?.streamCheckFault?.kind]).toEqual([3070420, 'log-signature-mismatch']);
    expect([logs.get('Edb012d1.log')?.generation, logs.get('Edb012d1.log')?.generationFromHeader, logs.get('Edb012d1.log')?.streamCheckFault?.at.line]).toEqual([4819, true, 6]);
  });
});

/** The folders a capture shows (prompt, `Env SystemPath`, `Env LogFilePath`, stream check paths) reach the evidence. */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { EvidenceCollector, logsOf } from '../../src/evidence/index.js';
import { readSample } from '../support/samples.js';

function evidenceOf(...files: string[]) {
  const collector = new EvidenceCollector();
  for (const file of files) {
    const ast = readSample(file.replace(/^samples\//, ''), file);
    collector.addInput({ name: file });
    for (const dump of ast.dumps) collector.addDump(file, dump);
  }
  return collector.finish();
}

describe('folders in the evidence', () => {
  it('keeps the prompt directory and the Env paths of each /ml dump (samples/2003-clean-sg)', () => {
    const evidence = evidenceOf('samples/2003-clean-sg/logs.txt', 'samples/2003-clean-sg/priv1-stm-mh.txt');
    const log = evidence.logGroups.flatMap((g) => [...logsOf(g.entries)]).find((l) => l.file === 'E00000A2.log')!;
    expect({ directory: log.directory, envSystemPath: log.envSystemPath, envLogFilePath: log.envLogFilePath }).toEqual({
      directory: 'L:\\Exchsrvr\\logs',
      envSystemPath: 'D:\\Exchsrvr\\mdbdata',
      envLogFilePath: 'L:\\Exchsrvr\\logs',
    });
    expect(evidence.databases.find((d) => d.name === 'priv1.stm')!.directory).toBe('D:\\Exchsrvr\\mdbdata');
  });

  it('takes the folder of a stream check from the full path eseutil prints for each log (samples/2010-stream-check-missing)', () => {
    const evidence = evidenceOf('samples/2010-stream-check-missing/E00-verify.txt');
    const logs = evidence.logGroups.flatMap((g) => [...logsOf(g.entries)]);
    expect(logs.length).toBe(9);
    expect(new Set(logs.map((l) => l.directory))).toEqual(new Set(['E:\\ExchangeLogs\\DB0575556787']));
  });

  it('notes the | find filter a header went through', () => {
    const ast = parseCaptureText({ name: 'f.txt', text: 'E:\\exchsrvr\\mdbdata>eseutil /mh priv.edb | find /i "consistent"\r\n             State: Consistent\r\n   Last Consistent: (4815,7337,362)  8/6/1999 20:46:33\r\n' });
    const collector = new EvidenceCollector();
    for (const dump of ast.dumps) collector.addDump('f.txt', dump);
    expect(collector.finish().databases[0]).toMatchObject({ directory: 'E:\\exchsrvr\\mdbdata', findFilter: 'consistent' });
  });
});

/**
 * A synthetic CheckReport of a long Exchange 2010-style stream (SPEC §9 "an HTML report of
 * 100,000 logs stays small"): every log with its signature and paths, a gap, a signature
 * mismatch and a path change, so that folding is exercised on every table.
 */
import { formatLogFileName, generationHex } from '../../src/domain/log-names.js';
import type { CheckReport, LogStatus, StreamLog } from '../../src/verdict/types.js';

export function longStreamReport(logCount: number): CheckReport {
  const first = 0x10000;
  const last = first + logCount - 1;
  const gapAt = first + Math.floor(logCount / 2);
  const mismatchAt = first + Math.floor(logCount / 4);
  const pathChangeAt = first + Math.floor(logCount / 8);
  const signature = 'Create time:01/04/2012 07:15:02.117 Rand:715244149 Computer:';
  const name = (g: number): string => formatLogFileName('E00', g, { digits: 8, hexCase: 'upper' });

  const logs: StreamLog[] = [];
  for (let g = first; g <= last; g++) {
    let status: LogStatus = 'ok';
    if (g === first) status = 'anchor';
    else if (g === mismatchAt) status = 'signature-mismatch';
    else if (g >= gapAt && g < gapAt + 3) status = 'missing';
    else if (g >= gapAt + 3) status = 'after-gap';
    const file = g === last ? 'E00.log' : name(g);
    logs.push(
      status === 'missing'
        ? { file, generation: g, status }
        : {
            file,
            generation: g,
            status,
            signature: g === mismatchAt ? 'Create time:02/02/2012 10:00:00.001 Rand:4242 Computer:' : signature,
            paths: [
              { dbid: 1, path: g < pathChangeAt ? 'D:\\DB01\\DB01.edb' : 'E:\\DB01\\DB01.edb' },
              { dbid: 2, path: 'D:\\DB02\\DB02.edb' },
            ],
            input: 'E00-logs.txt',
            line: (g - first) * 38 + 9,
          },
    );
  }
  const anchor = { generation: first, hex: generationHex(first), file: name(first) };
  return {
    schemaVersion: 1,
    verdict: 'roll-forward-partial',
    verdictLabel: 'PARTIAL ROLL FORWARD',
    summary: `PARTIAL ROLL FORWARD — DB01 replays through ${name(pathChangeAt - 1)}, DB02 through ${name(mismatchAt - 1)}`,
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixSteps: [],
    databases: [
      {
        name: 'DB01.edb',
        path: 'D:\\DB01\\DB01.edb',
        state: 'Clean Shutdown',
        anchor,
        verdict: { kind: 'roll-forward-partial', label: 'PARTIAL ROLL FORWARD', replayFrom: first, replayThrough: pathChangeAt - 1, reasons: ['path-change'], explanation: 'The path of DB01.edb changes.' },
        stream: 'E00-715244149',
      },
      {
        name: 'DB02.edb',
        path: 'D:\\DB02\\DB02.edb',
        state: 'Clean Shutdown',
        anchor,
        verdict: { kind: 'roll-forward-partial', label: 'PARTIAL ROLL FORWARD', replayFrom: first, replayThrough: mismatchAt - 1, reasons: ['log-signature-mismatch'], explanation: 'A log of another stream.' },
        stream: 'E00-715244149',
      },
    ],
    streams: [
      {
        id: 'E00-715244149',
        baseName: 'E00',
        signature,
        digits: 8,
        logs,
        lowAnchor: anchor,
        replayThrough: mismatchAt - 1,
        checkpoint: { generation: first + 5, hex: generationHex(first + 5), file: name(first + 5) },
        events: [
          { generation: pathChangeAt, kind: 'path-change', database: 'DB01.edb', from: 'D:\\DB01\\DB01.edb', to: 'E:\\DB01\\DB01.edb' },
          { generation: mismatchAt, kind: 'log-signature-change' },
        ],
        databases: ['DB01.edb', 'DB02.edb'],
      },
    ],
    findings: [],
    plan: [],
    inputs: [{ name: 'E00-logs.txt', dumps: logCount - 3, unrecognized: 0, encoding: 'utf-8' }],
  };
}

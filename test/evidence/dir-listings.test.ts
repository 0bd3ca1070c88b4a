/**
 * Issue 16: the files a `dir` listing shows as evidence — folder, name, size, the log kind their name
 * gives (ese-format §7.2) and the entry line — and the listed checkpoint files joined with the
 * `eseutil /mk` captures by name and folder.
 */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import type { InputAst } from '../../src/ast/types.js';
import { EvidenceCollector } from '../../src/evidence/collector.js';
import type { Evidence } from '../../src/evidence/types.js';

function evidenceOf(...inputs: InputAst[]): Evidence {
  const collector = new EvidenceCollector();
  for (const input of inputs) {
    collector.addInput({ name: input.name });
    for (const dump of input.dumps) collector.addDump(input.name, dump);
    for (const listing of input.dirListings ?? []) collector.addDirListing(input.name, listing);
  }
  return collector.finish();
}

const LISTING = [
  'L:\\Exchsrvr\\logs>dir',
  ' Volume in drive L is LOGS',
  ' Volume Serial Number is 5C1E-09A4',
  '',
  ' Directory of L:\\Exchsrvr\\logs\\',
  '',
  '10/26/2004  08:57 AM    <DIR>          .',
  '10/26/2004  02:13 AM         5,242,880 E00.log',
  '10/26/2004  08:57 AM                 0 E00000A5.log',
  '03/14/2004  09:12 AM         5,242,880 res1.log',
  '10/26/2004  02:13 AM             8,192 E00.chk',
  '10/22/2004  07:47 PM       155,197,440 priv1.edb',
  '               5 File(s)    165,691,392 bytes',
  '               1 Dir(s)  61,203,144,704 bytes free',
].join('\r\n');

const CHECKPOINT_DUMP = ['>eseutil /mk E00.chk', '', 'Initiating FILE DUMP mode...', '', '      Checkpoint file: E00.chk', '      Checkpoint: (0xA2,1F3B,10)', '', 'Operation completed successfully in 0.31 seconds.'].join('\n');

describe('the files a dir listing shows, as evidence', () => {
  it('each file with its folder, size, log kind and line; folders are not files', () => {
    const evidence = evidenceOf(parseCaptureText({ name: 'dir.txt', text: LISTING }));
    expect(evidence.listedFiles).toEqual([
      { file: 'E00.log', fileKey: 'e00.log', directory: 'L:\\Exchsrvr\\logs\\', folder: 'l:\\exchsrvr\\logs', size: 5242880, logKind: 'current', baseName: 'E00', at: { input: 'dir.txt', line: 8, text: '10/26/2004  02:13 AM  5,242,880 E00.log' } },
      {
        file: 'E00000A5.log',
        fileKey: 'e00000a5.log',
        directory: 'L:\\Exchsrvr\\logs\\',
        folder: 'l:\\exchsrvr\\logs',
        size: 0,
        logKind: 'numbered',
        baseName: 'E00',
        nameGeneration: 165,
        at: { input: 'dir.txt', line: 9, text: '10/26/2004  08:57 AM  0 E00000A5.log' },
      },
      { file: 'res1.log', fileKey: 'res1.log', directory: 'L:\\Exchsrvr\\logs\\', folder: 'l:\\exchsrvr\\logs', size: 5242880, logKind: 'reserve', at: { input: 'dir.txt', line: 10, text: '03/14/2004  09:12 AM  5,242,880 res1.log' } },
      { file: 'E00.chk', fileKey: 'e00.chk', directory: 'L:\\Exchsrvr\\logs\\', folder: 'l:\\exchsrvr\\logs', size: 8192, at: { input: 'dir.txt', line: 11, text: '10/26/2004  02:13 AM  8,192 E00.chk' } },
      { file: 'priv1.edb', fileKey: 'priv1.edb', directory: 'L:\\Exchsrvr\\logs\\', folder: 'l:\\exchsrvr\\logs', size: 155197440, at: { input: 'dir.txt', line: 12, text: '10/22/2004  07:47 PM  155,197,440 priv1.edb' } },
    ]);
  });

  it('a listed checkpoint file no /mk captured is a checkpoint of unknown position, at the listing line', () => {
    const evidence = evidenceOf(parseCaptureText({ name: 'dir.txt', text: LISTING }));
    const at = { input: 'dir.txt', line: 11, text: '10/26/2004  02:13 AM  8,192 E00.chk' };
    expect(evidence.checkpoints).toEqual([{ file: 'E00.chk', path: 'L:\\Exchsrvr\\logs\\E00.chk', input: 'dir.txt', at, listedAt: at }]);
  });

  it('a listed checkpoint file joins its /mk capture of unknown folder, which takes the listed folder', () => {
    const evidence = evidenceOf(parseCaptureText({ name: 'mk.txt', text: CHECKPOINT_DUMP }), parseCaptureText({ name: 'dir.txt', text: LISTING }));
    expect(evidence.checkpoints.map((c) => [c.file, c.path, c.checkpoint?.generation, c.listedAt?.line])).toEqual([['E00.chk', 'L:\\Exchsrvr\\logs\\E00.chk', 162, 11]]);
  });

  it('a /mk capture in another folder stays apart from the listed file of the same name', () => {
    const other = CHECKPOINT_DUMP.replace('>eseutil', 'D:\\Exchsrvr\\mdbdata>eseutil');
    const evidence = evidenceOf(parseCaptureText({ name: 'mk.txt', text: other }), parseCaptureText({ name: 'dir.txt', text: LISTING }));
    expect(evidence.checkpoints.map((c) => [c.path, c.checkpoint?.generation, c.listedAt?.line])).toEqual([
      ['D:\\Exchsrvr\\mdbdata\\E00.chk', 162, undefined],
      ['L:\\Exchsrvr\\logs\\E00.chk', undefined, 11],
    ]);
  });

  it('no listing: no listedFiles property, the checkpoints as captured', () => {
    const evidence = evidenceOf(parseCaptureText({ name: 'mk.txt', text: CHECKPOINT_DUMP }));
    expect('listedFiles' in evidence).toBe(false);
    expect(evidence.checkpoints.map((c) => c.path)).toEqual(['E00.chk']);
  });
});

import { describe, expect, it } from 'vitest';
import { CaptureParser, type ParsedItem } from '../../src/ast/index.js';

function dumpsOf(text: string): ParsedItem[] {
  const parser = new CaptureParser({ inputName: 'mh.txt' });
  return [...text.split('\n').flatMap((line) => parser.pushLine(line)), ...parser.end()];
}

describe('`Last Objid:` of a database header (ese-format §1.3/§1.4), added as one catalogue entry', () => {
  it('is read as the number lastObjid, on its line, and stays a field as printed', () => {
    const items = dumpsOf(
      [
        'Initiating FILE DUMP mode...',
        '         Database: priv.edb',
        '',
        '             State: Consistent',
        '        Last Objid: 1366',
        '      Repair Count: 0',
        '',
        'Operation completed successfully in 1.2 seconds.',
      ].join('\n'),
    );
    expect(items).toHaveLength(1);
    const dump = items[0]!.type === 'dump' ? items[0]!.dump : undefined;
    expect(dump).toMatchObject({ kind: 'databaseHeader', lastObjid: 1366, repairCount: 0 });
    expect(dump?.fields).toContainEqual({ label: 'Last Objid', value: '1366', line: 5 });
  });

  it('a value that is no number makes the line unrecognized', () => {
    const items = dumpsOf(['         Database: priv.edb', '             State: Consistent', '        Last Objid: many'].join('\n'));
    const dump = items.find((item) => item.type === 'dump');
    expect(dump?.type === 'dump' && 'lastObjid' in dump.dump).toBe(false);
    expect(items.filter((item) => item.type === 'unrecognized').map((item) => item.type === 'unrecognized' && item.range)).toEqual([
      { startLine: 3, endLine: 3, text: '        Last Objid: many' },
    ]);
  });
});

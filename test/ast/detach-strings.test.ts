import { describe, expect, it } from 'vitest';
import { detachStrings } from '../../src/ast/detach-strings.js';

describe('detachStrings', () => {
  it('keeps every string of a nested dump-like value equal, in place, and leaves other values alone', () => {
    const chunk = 'x'.repeat(100) + 'Signature: Create time:01/08/2024 09:14:05.087 Rand:3350228141 Computer:' + 'y'.repeat(100);
    const value = {
      kind: 'logHeader',
      lGeneration: 4815,
      fields: [{ label: chunk.slice(100, 109), value: chunk.slice(111, 172), line: 7 }],
      path: ['E:\\Logs', chunk.slice(100, 130)],
      missing: undefined,
      ok: true,
    };
    const same = detachStrings(value);
    expect(same).toBe(value);
    expect(value).toEqual({
      kind: 'logHeader',
      lGeneration: 4815,
      fields: [{ label: 'Signature', value: 'Create time:01/08/2024 09:14:05.087 Rand:3350228141 Computer:', line: 7 }],
      path: ['E:\\Logs', 'Signature: Create time:01/08/2'],
      missing: undefined,
      ok: true,
    });
  });
});

import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimmedRestOf } from '../../src/ast/line-records.js';

const token = (image: string) => ({ image }) as IToken;

describe('trimmedRestOf', () => {
  it('cuts the value after the label, without the blanks around it or the line break and what follows', () => {
    expect(trimmedRestOf(token('lGeneration:   4815 (0x12CF)  \n\n   '), 'lGeneration:'.length)).toBe('4815 (0x12CF)');
    expect(trimmedRestOf(token('State:\u00a0Clean Shutdown\u3000\r\n'), 'State:'.length)).toBe('Clean Shutdown');
    expect(trimmedRestOf(token('Signature: \n'), 'Signature:'.length)).toBe('');
    expect(trimmedRestOf(token('Env (CircLog)'), 'Env '.length)).toBe('(CircLog)');
  });

  it('is String#trim of the rest of the line, for any white space ECMAScript knows and any other text', () => {
    const blank = fc.constantFrom(' ', '\t', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e');
    const piece = fc.oneof(blank, fc.string({ maxLength: 3 }), fc.constant('\n'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.nat(), (image, at) => {
        const labelEnd = image.length === 0 ? 0 : at % (image.length + 1);
        const lf = image.indexOf('\n');
        const line = lf < 0 ? image : image.slice(0, lf);
        const expected = labelEnd > line.length ? '' : line.slice(labelEnd).trim();
        expect(trimmedRestOf(token(image), labelEnd)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

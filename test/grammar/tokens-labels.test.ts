import type { IToken, TokenType } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineTokens } from '../../grammar/catalogue.js';
import { fixedLabelOf, fixedLabelText, labelLength, labelPatternOf } from '../../grammar/tokens.js';
const withFixedLabel = lineTokens.filter((type) => {
  const pattern = labelPatternOf(type);
  return pattern !== undefined && fixedLabelOf(new RegExp(pattern.source)) !== undefined;
});

const token = (tokenType: TokenType, image: string) => ({ tokenType, image }) as IToken;

/** Where the label pattern itself ends in `image`. */
function matchedLength(type: TokenType, image: string): number {
  const pattern = labelPatternOf(type)!;
  pattern.lastIndex = 0;
  return pattern.test(image) ? pattern.lastIndex : -1;
}

describe('label length of a line token', () => {
  it('is counted, not matched, for the fixed labels of the log header and the database header', () => {
    const names = withFixedLabel.map((type) => type.name);
    expect(names).toEqual(expect.arrayContaining(['LGeneration', 'CreationTime', 'PrevGenTime', 'LastLgpos', 'Signature', 'Checkpoint', 'Env', 'State', 'LastConsistent', 'ParenthesizedValues', 'LogDamaged']));
    expect(names).not.toContain('GenericLabel');
    // Every other line token: a label with alternatives, a character class or no label at all.
    expect(lineTokens.filter((type) => !withFixedLabel.includes(type)).map((type) => type.name)).toEqual([
      'LineBreak', 'Blank', 'BannerProduct', 'BannerVersion', 'Copyright', 'CheckpointFileLabel', 'LogFileLabel', 'CircularLoggingFlag',
      'AttachedDatabaseId', 'ErrorLabel', 'MissingLogFiles', 'ChecksumStatus', 'ProgressAxis', 'ProgressBar', 'ProgressDots',
      'ChecksumCounter', 'HighestDbtime', 'RunStep', 'RunStatusTitle', 'Prompt', 'DirVolume', 'DirEntry', 'DirSummary',
      'FcNoDifferences', 'FcBlockMark', 'BatchSeparator', 'GenericLabel', 'Text',
    ]);
  });

  it('reads `lGeneration:   4815` and ESE97 `lGeneration (4815)` as the pattern does', () => {
    const lGeneration = lineTokens.find((type) => type.name === 'LGeneration')!;
    expect(labelLength(token(lGeneration, 'lGeneration:   4815 (0x12CF)\n'))).toBe('lGeneration:'.length);
    expect(labelLength(token(lGeneration, 'lGeneration \t: 4815'))).toBe('lGeneration \t:'.length);
    expect(labelLength(token(lGeneration, 'lGeneration (4815)'))).toBe('lGeneration '.length);
  });

  it('ends where the label pattern ends, for every fixed label followed by any blanks, colon and value', () => {
    const rest = fc.array(fc.constantFrom(' ', '\t', ':', '::', 'x', '(1)', '\u00a0', '\n', ' \t:'), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...withFixedLabel), rest, rest, (type, before, after) => {
        const text = /^(?:[A-Za-z0-9 ]|\\[()])+/.exec(labelPatternOf(type)!.source)![0].replaceAll('\\', '');
        const image = text + before + after;
        const expected = matchedLength(type, image);
        // Only images the lexer could have made: the label pattern matches them.
        fc.pre(expected >= 0);
        expect(labelLength(token(type, image))).toBe(expected);
        // The label line records give every line of this kind: what they would cut from the image.
        expect(fixedLabelText(type)).toBe(image.slice(0, expected).replace(/[ \t:]+$/, '').replace(/^[ \t]+/, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('ends at the first colon for a generic `Label:`, as its pattern does', () => {
    const generic = lineTokens.find((type) => type.name === 'GenericLabel')!;
    expect(labelLength(token(generic, 'Format LGVersion: (8.4000.13.24)'))).toBe('Format LGVersion:'.length);
    const piece = fc.constantFrom('a', 'Z', ' ', '\t', ':', '(', '0', 'é', '\n');
    fc.assert(
      fc.property(fc.constantFrom('A', 'z'), fc.array(piece, { maxLength: 80 }).map((p) => p.join('')), (first, rest) => {
        const image = first + rest;
        const expected = matchedLength(generic, image);
        fc.pre(expected >= 0);
        expect(labelLength(token(generic, image))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

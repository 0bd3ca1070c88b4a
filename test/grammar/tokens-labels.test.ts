import type { IToken, TokenType } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, lineTokens } from '../../grammar/catalogue.js';
import { eseOutputLexer } from '../../grammar/lexer.js';
import { endsAtFirstColon, fixedLabelOf, fixedLabelText, labelLength, labelPatternOf } from '../../grammar/tokens.js';
import { fixed, fixedLabelLength, fixedLabelPattern, type FixedLabel } from '../../src/input/fixed-label.js';

const withFixedLabel = lineTokens.filter((type) => fixedLabelOf(type) !== undefined);

const token = (tokenType: TokenType, image: string) => ({ tokenType, image }) as IToken;

/** Where the label pattern itself ends in `image`. */
function matchedLength(type: TokenType, image: string): number {
  const pattern = labelPatternOf(type)!;
  pattern.lastIndex = 0;
  return pattern.test(image) ? pattern.lastIndex : -1;
}

/** The shortest line a fixed label's pattern takes: its text, a blank if it needs one, a colon if it needs one. */
const shortestLine = (label: FixedLabel): string => label.text + (label.blanks === 'required' ? ' ' : '') + (label.colon === 'required' ? ':' : '');

describe('a fixed label declared as data', () => {
  it('builds its pattern from the text, the blanks and the colon', () => {
    expect(fixedLabelPattern(fixed('Checkpoint at log creation time', { blanks: 'optional', colon: 'optional' })).source).toBe('Checkpoint at log creation time[ \\t]*:?');
    expect(fixedLabelPattern(fixed('Log Required', { blanks: 'optional', colon: 'required' })).source).toBe('Log Required[ \\t]*:');
    expect(fixedLabelPattern(fixed('Env', { blanks: 'required' })).source).toBe('Env[ \\t]+');
    expect(fixedLabelPattern(fixed('Log Damaged (unusable)', { blanks: 'optional', colon: 'optional' })).source).toBe('Log Damaged \\(unusable\\)[ \\t]*:?');
    expect(fixedLabelPattern(fixed('(')).source).toBe('\\(');
    expect(fixedLabelPattern(fixed('Verifying log files')).flags).toBe('');
  });

  it('counts its length in a line: text, blanks, colon when there', () => {
    const lGeneration = fixed('lGeneration', { blanks: 'optional', colon: 'optional' });
    expect(fixedLabelLength(lGeneration, 'lGeneration:   4815')).toBe(12);
    expect(fixedLabelLength(lGeneration, 'lGeneration \t: 4815')).toBe(14);
    expect(fixedLabelLength(lGeneration, 'lGeneration (4815)')).toBe(12);
    expect(fixedLabelLength(fixed('Env', { blanks: 'required' }), 'Env  SystemPath:')).toBe(5);
    expect(fixedLabelLength(fixed('Licensed under the'), 'Licensed under the MIT License.')).toBe(18);
  });

  it('refuses a text no label can be', () => {
    for (const text of ['', ' State', 'State ', 'State:', 'Log\nRequired', 'a\tb']) expect(() => fixed(text)).toThrow(/not a fixed label text/);
  });

  it('is how these catalogue entries declare their label', () => {
    expect(withFixedLabel.map((type) => type.name)).toEqual([
      'License', 'Initiating', 'VerifyingLogFiles', 'CheckpointAtCreation', 'LastFullBackupCheckpoint', 'Checkpoint', 'DatabaseLabel',
      'LogDamaged', 'LogSignature', 'LogRequired', 'LogCommitted', 'BaseNameLabel', 'FileType', 'FileLabel', 'LGeneration',
      'FullBackupTime', 'FullBackup', 'IncBackupTime', 'IncBackup', 'CreationTime', 'PrevGenTime', 'LastLgpos', 'LastConsistent',
      'LastAttach', 'LastDetach', 'LastReAttach', 'UsingReservedLogFile', 'Env', 'ParenthesizedValues', 'UlVersion', 'Dbtime',
      'ObjidLast', 'MaxDbSize', 'DbSignature', 'Signature', 'State', 'CbDbPage', 'RepairCount', 'RepairDate', 'Dbid', 'LastObjid',
      'IntegrityPassed', 'CorruptionDetected', 'WarningLabel', 'FailureLabel', 'TemporaryDatabase', 'NoDamagedLogFiles',
      'Checksumming', 'OperationCompleted', 'OperationTerminated', 'EsefileCompletes', 'RecoveryHint', 'DirDirectoryOf',
      'SignatureMatchingFailed', 'FcComparing', 'FcMessage',
    ]);
    // The others: a label with alternatives or a character class, and the catch-all text.
    expect(Object.keys(CATALOGUE).filter((name) => !withFixedLabel.some((type) => type.name === name))).toEqual([
      'BannerProduct', 'BannerVersion', 'Copyright', 'CheckpointFileLabel', 'LogFileLabel', 'CircularLoggingFlag',
      'AttachedDatabaseId', 'ErrorLabel', 'MissingLogFiles', 'ChecksumStatus', 'ProgressAxis', 'ProgressBar', 'ProgressDots',
      'ChecksumCounter', 'HighestDbtime', 'RunStep', 'RunStatusTitle', 'Prompt', 'DirVolume', 'DirEntry', 'DirSummary',
      'FcNoDifferences', 'FcBlockMark', 'BatchSeparator', 'GenericLabel', 'Text',
    ]);
  });

  it('is lexed as its own token, and names the line after its text', () => {
    const wrong: string[] = [];
    for (const type of withFixedLabel) {
      const label = fixedLabelOf(type)!;
      const line = `${shortestLine(label)} 1`;
      const { tokens, errors } = eseOutputLexer.tokenize(line);
      if (errors.length > 0 || tokens.length !== 1 || tokens[0]!.tokenType !== type) wrong.push(`${type.name}: ${tokens.map((t) => t.tokenType.name).join(',')}`);
      // The blank before the value belongs to a label that takes blanks and no colon after them.
      else if (labelLength(tokens[0]!) !== shortestLine(label).length + (label.blanks !== 'none' && label.colon !== 'required' ? 1 : 0) || fixedLabelText(type) !== label.text) {
        wrong.push(`${type.name}: length ${labelLength(tokens[0]!)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(fixedLabelText(CATALOGUE.LogDamaged.token)).toBe('Log Damaged (unusable)');
    expect(fixedLabelText(CATALOGUE.GenericLabel.token)).toBeUndefined();
  });
});

describe('label length of a line token', () => {
  it('reads `lGeneration:   4815` and ESE97 `lGeneration (4815)` as the pattern does', () => {
    const lGeneration = CATALOGUE.LGeneration.token;
    expect(labelLength(token(lGeneration, 'lGeneration:   4815 (0x12CF)\n'))).toBe('lGeneration:'.length);
    expect(labelLength(token(lGeneration, 'lGeneration \t: 4815'))).toBe('lGeneration \t:'.length);
    expect(labelLength(token(lGeneration, 'lGeneration (4815)'))).toBe('lGeneration '.length);
  });

  it('ends where the label pattern ends, for every fixed label followed by any blanks, colon and value', () => {
    const rest = fc.array(fc.constantFrom(' ', '\t', ':', '::', 'x', '(1)', '\u00a0', '\n', ' \t:'), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...withFixedLabel), rest, rest, (type, before, after) => {
        const image = fixedLabelOf(type)!.text + before + after;
        const expected = matchedLength(type, image);
        // Only images the lexer could have made: the label pattern matches them.
        fc.pre(expected >= 0);
        expect(labelLength(token(type, image))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('ends at the first colon for the generic `Label:`, the one label declared so, as its pattern does', () => {
    expect(lineTokens.filter(endsAtFirstColon).map((type) => type.name)).toEqual(['GenericLabel']);
    const generic = CATALOGUE.GenericLabel.token;
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

  it('is matched with the label pattern for the other labels (`Log File:`, `1 D:\\`)', () => {
    expect(labelLength(token(CATALOGUE.LogFileLabel.token, 'Log File: E00.log'))).toBe(9);
    expect(labelLength(token(CATALOGUE.AttachedDatabaseId.token, '1 D:\\DB\\a.edb'))).toBe(5);
  });
});

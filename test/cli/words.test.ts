/** The CLI's pure helpers for words: did you mean, yargs messages, colour, format from -o, --anchor. */
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/cli/did-you-mean.js';
import { colorWanted } from '../../src/cli/color.js';
import { reportFormat } from '../../src/cli/report-format.js';
import { commandTypo, usageMessage } from '../../src/cli/usage-messages.js';

describe('editDistance / closest', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('explian', 'explain')).toBe(1);
    expect(editDistance('frmat', 'format')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('suggests within two edits, or a unique prefix, and nothing when far', () => {
    expect(closest('explian', ['check', 'parse', 'explain', 'logname', 'collect'])).toBe('explain');
    expect(closest('temp', ['template', 'format'])).toBe('template');
    expect(closest('pdf', ['text', 'md', 'html', 'json'])).toBeUndefined();
    expect(closest('ab', ['md'])).toBeUndefined();
  });
});

describe('usageMessage', () => {
  it('turns yargs messages into esereport words with a suggestion', () => {
    expect(usageMessage('Unknown argument: frmat', ['--frmat', 'md'])).toBe('unknown option --frmat: did you mean --format?');
    expect(usageMessage('Unknown argument: colr', ['--no-colr'])).toBe('unknown option --no-colr: did you mean --no-color?');
    expect(usageMessage('Unknown arguments: zzzzzz, b', ['logname', 'a', 'b', '--zzzzzz'])).toBe('unknown option --zzzzzz; unexpected argument b');
    expect(usageMessage('Invalid values:\n  Argument: fail-on, Given: "none", Choices: "error", "warning", "never"', [])).toBe(
      'unknown --fail-on none: did you mean never? (error, warning or never)',
    );
    expect(usageMessage('Not enough arguments following: o', ['-o'])).toBe('-o needs a value (--output)');
    expect(usageMessage('Missing required argument: out-dir', ['collect', 'x'])).toBe('--out-dir is required');
    expect(usageMessage('Not enough non-option arguments: got 0, need at least 1', ['explain'])).toBe(
      'explain needs a JET error code or name, or a rule id (esereport explain -1811)',
    );
  });
  it('takes a command-like word for a command typo, never a path', () => {
    expect(commandTypo('explian')).toBe('explain');
    expect(commandTypo('colect')).toBe('collect');
    expect(commandTypo('./explian')).toBeUndefined();
    expect(commandTypo('priv.txt')).toBeUndefined();
  });
});

describe('colorWanted', () => {
  it('--color / --no-color first, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(colorWanted(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorWanted(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(colorWanted(undefined, {}, false)).toBe(false);
  });
});

describe('reportFormat', () => {
  it('--format first, then the extension of -o, then html for --out-dir, else text', () => {
    expect(reportFormat({ output: 'restore.md' })).toBe('md');
    expect(reportFormat({ output: 'r.HTML' })).toBe('html');
    expect(reportFormat({ output: 'r.json' })).toBe('json');
    expect(reportFormat({ output: 'r.txt' })).toBe('text');
    expect(reportFormat({ output: 'report' })).toBe('text');
    expect(reportFormat({ output: 'r.md', format: 'json' })).toBe('json');
    expect(reportFormat({ outDir: 'out' })).toBe('html');
    expect(reportFormat({})).toBe('text');
  });
});

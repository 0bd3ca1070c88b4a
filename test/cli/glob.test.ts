import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandGlob, globToRegExp, hasGlobMagic, splitGlobBase } from '../../src/cli/glob.js';

describe('globToRegExp', () => {
  it('matches * within one segment only', () => {
    const re = globToRegExp('edb*.txt');
    expect(re.test('edb012cf.txt')).toBe(true);
    expect(re.test('sub/edb012cf.txt')).toBe(false);
  });
  it('matches ? as exactly one character', () => {
    expect(globToRegExp('E0?.txt').test('E00.txt')).toBe(true);
    expect(globToRegExp('E0?.txt').test('E000.txt')).toBe(false);
  });
  it('matches ** across any number of folders, none included', () => {
    const re = globToRegExp('**/*.txt');
    expect(re.test('a.txt')).toBe(true);
    expect(re.test('srv1/sg1/a.txt')).toBe(true);
    expect(re.test('srv1/a.log')).toBe(false);
  });
  it('ignores case, as Windows does', () => {
    expect(globToRegExp('edb*.LOG.txt').test('EDB012CF.log.TXT')).toBe(true);
  });
  it('takes dots and brackets literally', () => {
    expect(globToRegExp('a.(1).txt').test('a.(1).txt')).toBe(true);
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
  });
});

describe('splitGlobBase', () => {
  it('walks from the last folder without wildcards, with either slash', () => {
    expect(splitGlobBase('captures\\srv1\\*.txt')).toEqual({ base: 'captures/srv1', rest: '*.txt' });
    expect(splitGlobBase('captures/**/E00*.txt')).toEqual({ base: 'captures', rest: '**/E00*.txt' });
    expect(splitGlobBase('*.txt')).toEqual({ base: '', rest: '*.txt' });
  });
  it('keeps an absolute root', () => {
    expect(splitGlobBase('/var/caps/*.txt')).toEqual({ base: '/var/caps', rest: '*.txt' });
    expect(splitGlobBase('C:\\caps\\*.txt')).toEqual({ base: 'C:/caps', rest: '*.txt' });
  });
});

describe('hasGlobMagic', () => {
  it('sees * and ? only', () => {
    expect(hasGlobMagic('edb*.txt')).toBe(true);
    expect(hasGlobMagic('E0?.txt')).toBe(true);
    expect(hasGlobMagic('priv.txt')).toBe(false);
  });
});

describe('expandGlob', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'esereport-glob-'));
    mkdirSync(join(root, 'caps', 'srv1'), { recursive: true });
    mkdirSync(join(root, 'caps', '.trash'), { recursive: true });
    for (const file of ['caps/b.txt', 'caps/a.txt', 'caps/srv1/c.txt', 'caps/srv1/d.log', 'caps/.hidden.txt', 'caps/.trash/e.txt']) {
      writeFileSync(join(root, file), 'x');
    }
  });

  it('lists matches in one folder, sorted', async () => {
    expect(await expandGlob('caps/*.txt', root)).toEqual([join('caps', 'a.txt'), join('caps', 'b.txt')]);
  });
  it('descends with ** and skips dotfiles and dot-folders', async () => {
    expect(await expandGlob('caps/**/*.txt', root)).toEqual([
      join('caps', 'a.txt'),
      join('caps', 'b.txt'),
      join('caps', 'srv1', 'c.txt'),
    ]);
  });
  it('returns nothing for a folder that does not exist', async () => {
    expect(await expandGlob('nowhere/*.txt', root)).toEqual([]);
  });
});

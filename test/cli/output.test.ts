import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicFile, refuseToOverwriteInput, writeFileAtomic } from '../../src/cli/output.js';

describe('refuseToOverwriteInput', () => {
  it('refuses a target that is one of the inputs, by another spelling of its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-out-'));
    writeFileSync(join(dir, 'priv.txt'), 'capture');
    expect(() => refuseToOverwriteInput(join(dir, 'sub', '..', 'priv.txt'), [join(dir, 'priv.txt')])).toThrow(
      `refusing to write the report over the input ${join(dir, 'sub', '..', 'priv.txt')}: choose another output file`,
    );
  });
  it('accepts a target that is not an input', () => {
    expect(() => refuseToOverwriteInput('/tmp/report.md', ['/tmp/priv.txt'])).not.toThrow();
  });
});

describe('atomic writes', () => {
  it('leaves the finished file and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-out-'));
    await writeFileAtomic(join(dir, 'deep', 'report.md'), '# Verdict\n');
    expect(readFileSync(join(dir, 'deep', 'report.md'), 'utf8')).toBe('# Verdict\n');
    expect(readdirSync(join(dir, 'deep'))).toEqual(['report.md']);
  });
  it('does not touch the target until commit, and abort leaves the old file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-out-'));
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    const file = await openAtomicFile(target);
    await file.write('new');
    expect(readFileSync(target, 'utf8')).toBe('old');
    await file.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(existsSync(target)).toBe(true);
  });
});

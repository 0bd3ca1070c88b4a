import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memorySink, type TextSink } from '../../src/cli/io.js';
import { openAtomicFile, refuseToOverwriteInput, writeFileAtomic, writeToStdout } from '../../src/cli/output.js';

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

describe('writing a report in pieces', () => {
  it('writes the pieces of a file one after the other and renames it into place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-out-'));
    await writeFileAtomic(join(dir, 'report.json'), ['{\n  "verdict": ', '"roll-forward"', '\n}']);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('{\n  "verdict": "roll-forward"\n}');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('ends standard output with one line break, whether or not the last piece has one', async () => {
    const withoutBreak = memorySink();
    await writeToStdout(withoutBreak, ['{', '}', '']);
    expect(withoutBreak.text()).toBe('{}\n');
    const withBreak = memorySink();
    await writeToStdout(withBreak, ['ROLL FORWARD\n', '']);
    expect(withBreak.text()).toBe('ROLL FORWARD\n');
    const nothing = memorySink();
    await writeToStdout(nothing, []);
    expect(nothing.text()).toBe('\n');
  });

  it('waits for each piece to be taken before handing over the next (backpressure)', async () => {
    const written: string[] = [];
    let pending = 0;
    let mostPending = 0;
    const slowPipe: TextSink = {
      isTTY: false,
      write: async (text) => {
        pending++;
        mostPending = Math.max(mostPending, pending);
        await new Promise((resolveLater) => setTimeout(resolveLater, 1));
        written.push(text);
        pending--;
      },
    };
    function* pieces(): Generator<string> {
      for (let i = 0; i < 5; i++) {
        // The next piece is made only once the previous one has been taken.
        expect(written).toHaveLength(i);
        yield `piece ${i};`;
      }
    }
    await writeToStdout(slowPipe, pieces());
    expect(mostPending).toBe(1);
    expect(written.join('')).toBe('piece 0;piece 1;piece 2;piece 3;piece 4;\n');
  });
});

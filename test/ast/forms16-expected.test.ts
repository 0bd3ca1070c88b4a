/**
 * Keeps test/ast/forms16-expected.ts honest until the parser reads the issue-16 forms: every
 * number, name and line it states must be in the capture text of samples-pending/ at the place it
 * says. (The assertions on the parser's AST come with issue 16's implementation.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS16_EXPECTED, type ExpectedAttached, type ExpectedDump } from './forms16-expected.js';

const PENDING = new URL('../../samples-pending/', import.meta.url).pathname;
/** Where a folder goes once the parser reads its forms (issue 16 moves them one by one). */
const SAMPLES = new URL('../../samples/', import.meta.url).pathname;

/** The folder holding a capture of FORMS16_EXPECTED: samples-pending/, or samples/ once moved. */
function rootOf(relative: string): string {
  return existsSync(join(PENDING, relative)) ? PENDING : SAMPLES;
}


function capturesIn(root: string, folders: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && folders(e.name))) {
    for (const file of readdirSync(join(root, dir.name))) {
      if (file !== 'README.md' && file !== 'expected.json') out.push(`${dir.name}/${file}`);
    }
  }
  return out;
}

function pendingCaptures(): string[] {
  return capturesIn(PENDING, () => true).sort();
}

function captureLines(relative: string): string[] {
  const lines = readFileSync(join(rootOf(relative), relative), 'utf8').split(/\r\n|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Lines start..end (1-based, inclusive) joined with `\n`. */
function range(lines: readonly string[], [start, end]: readonly [number, number]): string {
  return lines.slice(start - 1, end).join('\n');
}

function expectAttached(text: string, attached: readonly ExpectedAttached[]): void {
  for (const db of attached) {
    if (db.path !== undefined) expect(text).toContain(`${db.dbid} ${db.path}`);
    if (db.signature !== undefined) expect(text).toContain(`Rand:${db.signature} `);
  }
}

function expectDump(lines: readonly string[], dump: ExpectedDump): void {
  const [start, end] = dump.lines;
  expect(start).toBeLessThanOrEqual(end);
  expect(lines[end - 1]!.trim()).not.toBe('');
  const text = range(lines, dump.lines);
  if (dump.command !== undefined) expect(lines[start - 1]!.endsWith(dump.command)).toBe(true);
  if (dump.file !== undefined) expect(text.toLowerCase()).toContain(dump.file.toLowerCase());
  if (dump.lGeneration !== undefined) expect(text).toMatch(new RegExp(`lGeneration(: | \\()${dump.lGeneration}\\b`));
  for (const rand of [dump.signature, dump.logSignature, dump.dbSignature]) {
    if (rand !== undefined) expect(text).toContain(`Rand:${rand} `);
  }
  if (dump.state !== undefined) expect(text).toContain(`State: ${dump.state}`);
  if (dump.attached !== undefined) expectAttached(text, dump.attached);
  if (dump.integrity === 'passed') expect(text).toContain(`Integrity check passed for log file: `);
  if (dump.integrity === 'failed') expect(text).toContain(`CORRUPTION DETECTED in log file: `);
  if (dump.operationMode !== undefined) expect(text).toContain(`Initiating ${dump.operationMode} mode...`);
  if (dump.result === 'ok') expect(lines[end - 1]).toMatch(/^Operation completed successfully/);
  if (typeof dump.result === 'number') expect(lines[end - 1]).toContain(`Operation terminated with error ${dump.result} `);
}

describe('forms16-expected.ts agrees with the captures of samples-pending/ (and of those moved to samples/)', () => {
  it('has one entry per capture file still pending, and its moved captures are in samples/', () => {
    const keys = Object.keys(FORMS16_EXPECTED).sort();
    expect(keys.filter((k) => rootOf(k) === PENDING)).toEqual(pendingCaptures());
    for (const moved of keys.filter((k) => rootOf(k) === SAMPLES)) expect(existsSync(join(SAMPLES, moved))).toBe(true);
  });

  for (const [file, expected] of Object.entries(FORMS16_EXPECTED)) {
    describe(file, () => {
      const lines = captureLines(file);

      it('dumps: command on the first line, facts inside the range, ranges in order', () => {
        let previousEnd = 0;
        for (const dump of expected.dumps) {
          expect(dump.lines[0]).toBeGreaterThan(previousEnd);
          previousEnd = dump.lines[1];
          expectDump(lines, dump);
        }
        expect(previousEnd).toBeLessThanOrEqual(lines.length);
      });

      it('commands: each on its line, after its prompt', () => {
        for (const c of expected.commands) {
          const line = lines[c.line - 1]!;
          // `E:\mdbdata>for …`, `[PS] D:\Recovery>`; the bare `>` prompt has no directory at all.
          if (c.directory === undefined) expect(line).toBe(`>${c.command}`);
          else expect(line.endsWith(`${c.directory}>${c.command}`)).toBe(true);
        }
      });

      it('dir listings: every entry with its size, the counts and totals', () => {
        for (const listing of expected.dirListings ?? []) {
          const [start, end] = listing.lines;
          expect(lines[start - 1]!.endsWith('>dir')).toBe(true);
          const text = range(lines, listing.lines);
          expect(text).toContain(` Directory of ${listing.directory}\n`);
          for (const entry of listing.entries) {
            const size = entry.size === undefined ? '<DIR>' : entry.size.toLocaleString('en-US');
            expect(text).toMatch(new RegExp(`\\n\\d\\d/\\d\\d/\\d{4}  \\d\\d:\\d\\d [AP]M +${size.replace(/[<>]/g, '\\$&')} +${entry.name.replace(/\./g, '\\.')}(\\n|$)`));
          }
          const files = listing.entries.filter((e) => e.size !== undefined);
          expect(files.length).toBe(listing.fileCount);
          expect(files.reduce((sum, e) => sum + e.size!, 0)).toBe(listing.totalBytes);
          expect(listing.entries.length - files.length).toBe(listing.dirCount);
          expect(lines[end - 2]!.trim()).toMatch(new RegExp(`^${listing.fileCount} File\\(s\\) +${listing.totalBytes.toLocaleString('en-US')} bytes$`));
          expect(lines[end - 1]!.trim()).toMatch(new RegExp(`^${listing.dirCount} Dir\\(s\\) +${listing.freeBytes.toLocaleString('en-US')} bytes free$`));
        }
      });

      it('KB batch-file output: matches, failures and comparisons where they are said to be', () => {
        for (const batch of expected.batchOutputs ?? []) {
          const text = range(lines, batch.lines);
          if (batch.signature !== undefined) expect(text).toContain(`Rand:${batch.signature} `);
          for (const n of batch.matchedLines ?? []) expect(lines[n - 1]).toContain(`Rand:${batch.signature} `);
          for (const f of batch.failed ?? []) expect(lines[f.line - 1]).toMatch(new RegExp(`^SIGNATURE MATCHING FAILED FOR ${f.log.replace(/\./g, '\\.')}(!| )$`));
          if (batch.anchorAttached !== undefined) {
            const head = lines.slice(batch.lines[0] - 1, batch.comparisons?.[0]?.line ?? batch.lines[1]).join('\n');
            expectAttached(head, batch.anchorAttached);
          }
          for (const c of batch.comparisons ?? []) {
            expect(lines[c.line - 1]).toBe(`Comparing files ${batch.anchor}.check and ${c.log}.CHECK`);
            expect(lines[c.line] === 'FC: no differences encountered').toBe(c.same);
            if (c.otherSignature !== undefined) {
              const block = lines.slice(c.line, lines.indexOf('*****', c.line)).join('\n');
              const other = block.slice(block.indexOf(`***** ${c.log}.CHECK`));
              expect(other).toContain(`Rand:${c.otherSignature} `);
              expectAttached(other, c.otherAttached ?? []);
            }
          }
        }
      });

      it('run lines: each text on its line', () => {
        for (const r of expected.runLines ?? []) expect(lines[r.line - 1]).toBe(r.text);
      });

      it('states the target: no unrecognized line', () => {
        expect(expected.unrecognized).toEqual([]);
      });
    });
  }
});

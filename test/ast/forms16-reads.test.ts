/**
 * Issue 16 (forms-b): the parser reads what test/ast/forms16-expected.ts says of the scenarios
 * moved into samples/ — positional `Signature:` lines of a `find` (Q296787 step 3), attach-block
 * fragments, integrity lines per log, the steps, status titles and hint of /r, /g, /p runs — and
 * leaves no line of them unrecognized: their command lines that print no dump (`for` loops, the
 * final empty prompts) are held as commands (issue 16 part A). (`dir` listings are forms-a's part.)
 */
import { describe, expect, it } from 'vitest';
import type { AttachedDatabase, Dump } from '../../src/ast/types.js';
import { readFileSync } from 'node:fs';
import { parseCaptureText } from '../../src/ast/index.js';
import { readSample } from '../support/samples.js';
import { FORMS16_EXPECTED, FORMS_B, MOVED_TO_SAMPLES, type ExpectedDump } from './forms16-expected.js';

/** A capture of samples/ or, not moved yet, of samples-pending/ (plain UTF-8 text). */
function readCapture(file: string) {
  if (MOVED_TO_SAMPLES.includes(file.slice(0, file.indexOf('/')))) return readSample(file);
  const text = readFileSync(new URL(`../../samples-pending/${file}`, import.meta.url), 'utf8');
  return parseCaptureText({ name: file, text });
}

/** The AST facts forms16-expected.ts states, in its shape (absent when the AST has none). */
function readDump(d: Dump): ExpectedDump {
  const out: Record<string, unknown> = { kind: d.kind, lines: [d.startLine, d.endLine], fragment: d.fragment };
  if (d.command !== undefined) out.command = d.command;
  // `mode` is the command's switch (forms16-expected.ts conventions); an operation's own mode is operationMode.
  if (d.prompt?.mode !== undefined) out.mode = d.prompt.mode;
  if (d.file !== undefined) out.file = d.file;
  if (d.fileSource !== undefined) out.fileSource = d.fileSource;
  const attached = (list: readonly AttachedDatabase[]) =>
    list.map((a) => ({ dbid: a.dbid, ...(a.path !== undefined ? { path: a.path } : {}), ...(a.signature ? { signature: a.signature.rand } : {}) }));
  switch (d.kind) {
    case 'databaseHeader':
      if (d.state !== undefined) out.state = d.state;
      if (d.lastConsistent !== undefined) out.lastConsistent = d.lastConsistent.generation;
      if (d.logSignature !== undefined) out.logSignature = d.logSignature.rand;
      if (d.dbSignature !== undefined) out.dbSignature = d.dbSignature.rand;
      break;
    case 'logHeader':
      if (d.lGeneration !== undefined) out.lGeneration = d.lGeneration;
      if (d.signature !== undefined) out.signature = d.signature.rand;
      if (d.checkpoint !== undefined) out.checkpoint = d.checkpoint.generation;
      if (d.attachedDatabases.length > 0) out.attached = attached(d.attachedDatabases);
      if (d.integrity !== undefined) out.integrity = d.integrity;
      break;
    case 'checkpoint':
      if (d.signature !== undefined) out.signature = d.signature.rand;
      if (d.checkpoint !== undefined) out.checkpoint = d.checkpoint.generation;
      if (d.attachedDatabases.length > 0) out.attached = attached(d.attachedDatabases);
      break;
    case 'operation':
      if (d.mode !== undefined) out.operationMode = d.mode;
      break;
  }
  if (d.result !== undefined) out.result = d.result.ok ? 'ok' : d.result.error?.code;
  return out as unknown as ExpectedDump;
}

const RUN_KIND = { step: 'step', statusTitle: 'status-title', hint: 'hint' } as const;

describe("issue 16 forms read from forms-b's scenarios", () => {
  const files = Object.keys(FORMS16_EXPECTED).filter((f) => FORMS_B.includes(f.slice(0, f.indexOf('/'))));

  it('covers the six scenarios', () => {
    expect(new Set(files.map((f) => f.slice(0, f.indexOf('/'))))).toEqual(new Set(FORMS_B));
    expect(files).toHaveLength(11);
  });

  for (const file of files) {
    const expected = FORMS16_EXPECTED[file]!;
    describe(file, () => {
      const ast = readCapture(file);

      it('reads every dump with the facts forms16-expected.ts states', () => {
        expect(ast.dumps.map(readDump)).toEqual(expected.dumps);
      });

      it('leaves no line unrecognized', () => {
        expect(ast.unrecognized.map((u) => [u.startLine, u.endLine])).toEqual(expected.unrecognized);
      });

      it('holds each command line that prints no dump as a command: its line, kind, command and directory', () => {
        const commands = (ast.commands ?? []).map((c) => ({ line: c.line, kind: c.kind, command: c.command, ...(c.directory !== undefined ? { directory: c.directory } : {}) }));
        expect(commands).toEqual(expected.commands);
      });

      it('reads each step, status title and hint of a run as one message of its run, not a field', () => {
        const runLines = ast.dumps.flatMap((d) => (d.kind === 'operation' ? (d.runLines ?? []) : []));
        const messages = (expected.runLines ?? []).filter((r) => r.kind === 'step' || r.kind === 'status-title' || r.kind === 'hint');
        expect(runLines.map((r) => ({ line: r.line, kind: RUN_KIND[r.kind], text: r.text }))).toEqual(
          messages.map((r) => ({ line: r.line, kind: r.kind, text: r.text.trim() })),
        );
        const fieldLines = new Set(ast.dumps.flatMap((d) => d.fields.map((f) => f.line)));
        for (const r of messages) expect(fieldLines.has(r.line)).toBe(false);
        for (const label of expected.notFields ?? []) {
          expect(ast.dumps.flatMap((d) => d.fields.map((f) => f.label))).not.toContain(label);
        }
        // The status bars and the `ERROR:` lines between the dots lie inside their run's dump.
        for (const r of expected.runLines ?? []) {
          expect(ast.dumps.some((d) => d.kind === 'operation' && d.startLine <= r.line && r.line <= d.endLine)).toBe(true);
        }
      });
    });
  }
});

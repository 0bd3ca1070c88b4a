import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dump, Field } from '../../src/ast/types.js';
import { findField, findFieldStartingWith } from '../../src/evidence/lines.js';

const dumpWith = (labels: readonly string[]): Dump =>
  ({ kind: 'logHeader', fields: labels.map((label, i): Field => ({ label, value: `v${i}`, line: i + 1 })) }) as unknown as Dump;

/** The definition: trim, drop one trailing colon (and the blanks before it), lower case. */
const normalized = (label: string): string => {
  const trimmed = label.trim();
  return (trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed).toLowerCase();
};

describe('findField', () => {
  it('finds a label as eseutil and a pasted capture print it: blanks, colon, case', () => {
    const dump = dumpWith(['Signature', '  lGeneration :', '\tLOG FILE:', '\u00a0Checkpoint', '\u000bcreation time', 'Log file']);
    expect(findField(dump, 'lGeneration')?.line).toBe(2);
    expect(findField(dump, 'Log file', 'Log File')?.line).toBe(3);
    expect(findField(dump, 'Checkpoint')?.line).toBe(4);
    expect(findField(dump, 'creation time')?.line).toBe(5);
    expect(findField(dump, 'signature')?.line).toBe(1);
    expect(findField(dump, 'dbtime')).toBeUndefined();
  });

  it('finds a label by its start, and the first field for an empty start', () => {
    const dump = dumpWith(['lGeneration', ' Circular Logging Flag (past files):', 'Env (CircLog,Session,Opentbl)']);
    expect(findFieldStartingWith(dump, 'circular logging flag (past')?.line).toBe(2);
    expect(findFieldStartingWith(dump, 'env (circlog')?.line).toBe(3);
    expect(findFieldStartingWith(dump, 'circular logging flag (current')).toBeUndefined();
    expect(findFieldStartingWith(dump, '')?.line).toBe(1);
  });

  it('answers as normalizing every label would, for any labels (blanks, colons, non-ASCII letters)', () => {
    const piece = fc.constantFrom('', ' ', '\t', '\u000b', '\u00a0', '\u2003', ':', 'a', 'A', 'İ', 'ß', 'Log', 'log file', 'LOG FILE', 'é', 'É');
    const label = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(label, { maxLength: 8 }), fc.array(label, { minLength: 1, maxLength: 3 }), (labels, wanted) => {
        const dump = dumpWith(labels);
        const lowered = wanted.map((w) => w.toLowerCase());
        const expected = labels.findIndex((l) => lowered.includes(normalized(l)));
        expect(findField(dump, ...wanted)?.line).toBe(expected < 0 ? undefined : expected + 1);
        const prefix = wanted[0]!.toLowerCase();
        const expectedStart = labels.findIndex((l) => normalized(l).startsWith(prefix));
        expect(findFieldStartingWith(dump, wanted[0]!)?.line).toBe(expectedStart < 0 ? undefined : expectedStart + 1);
      }),
      { numRuns: 500 },
    );
  });
});

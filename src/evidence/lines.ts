/**
 * The input lines behind each fact. The AST keeps every `label: value` pair with its line
 * number, and each value the field it was read from (src/ast/value-fields.ts); a finding quotes
 * the line as printed, rebuilt from that pair.
 */
import type { AttachedDatabase, Dump, Field } from '../ast/types.js';
import { fieldOf, type SourcedValue } from '../ast/value-fields.js';
import type { EvidenceLine } from './types.js';

/**
 * ESE97 prints `lGeneration (4815)` and `Checkpoint (255,5582,406)` without a colon
 * (ese-format §2.1, §4.1): a decimal log position value means no colon was printed.
 */
export function fieldText(field: Field): string {
  const label = field.label.trim();
  if (field.value === '') return label;
  if (/^\(\d/.test(field.value) && !label.endsWith(':')) return `${label} ${field.value}`;
  return `${label.replace(/:$/, '')}: ${field.value}`;
}

export function evidenceLine(input: string, line: number, text: string): EvidenceLine {
  return { input, line, text: text.trim().slice(0, 300) };
}

/** The line a value was read from, as printed (src/ast/value-fields.ts), if it was read from one. */
export function valueLine(input: string, owner: Dump | AttachedDatabase, value: SourcedValue): EvidenceLine | undefined {
  const field = fieldOf(owner, value);
  return field === undefined ? undefined : evidenceLine(input, field.line, fieldText(field));
}

/** Evidence for a value of a dump: the line it was read from; else `fallback` on the dump's first line. */
export function fieldEvidence(input: string, dump: Dump, value: SourcedValue, fallback: string): EvidenceLine {
  return valueLine(input, dump, value) ?? evidenceLine(input, dump.startLine, fallback);
}

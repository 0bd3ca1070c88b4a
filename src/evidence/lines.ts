/**
 * The input lines behind each fact. The AST keeps every `label: value` pair with its line
 * number; a finding quotes the line as printed, rebuilt from that pair.
 */
import type { Dump, Field } from '../ast/types.js';
import type { EvidenceLine } from './types.js';

/** `  Last Consistent: ` → `last consistent` (one trailing colon dropped). */
function normalizedLabel(label: string): string {
  const trimmed = label.trim();
  return (trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed).toLowerCase();
}

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

/**
 * Whether `label` may normalize to a text starting with the character `first` (lower case): a
 * look at its first character that is not white space, so that evidence, which looks up a handful
 * of labels in every one of 100,000 log dumps, normalizes only the few labels that may match
 * (SPEC §9). Exact: a character outside ASCII is always normalized.
 */
function mayStartWith(label: string, first: number): boolean {
  if (Number.isNaN(first)) return true;
  let i = 0;
  let c = label.charCodeAt(0);
  // What String#trim takes off at the start, in ASCII: TAB, LF, VT, FF, CR and space.
  while (c === 32 || (c >= 9 && c <= 13)) c = label.charCodeAt(++i);
  if (Number.isNaN(c)) return false;
  if (c >= 0x80) return true;
  return (c >= 65 && c <= 90 ? c + 32 : c) === first;
}

/** The first field whose label is one of `labels` (case-insensitive, colon ignored). */
export function findField(dump: Dump, ...labels: string[]): Field | undefined {
  const wanted = labels.map((l) => l.toLowerCase());
  for (const field of dump.fields) {
    if (!wanted.some((w) => mayStartWith(field.label, w.charCodeAt(0)))) continue;
    if (wanted.includes(normalizedLabel(field.label))) return field;
  }
  return undefined;
}

export function findFieldStartingWith(dump: Dump, prefix: string): Field | undefined {
  const p = prefix.toLowerCase();
  return dump.fields.find((field) => mayStartWith(field.label, p.charCodeAt(0)) && normalizedLabel(field.label).startsWith(p));
}

/** Evidence for a labelled fact; falls back to `fallback` on the dump's first line. */
export function fieldEvidence(
  input: string,
  dump: Dump,
  labels: readonly string[],
  fallback: string,
): EvidenceLine {
  const field = findField(dump, ...labels);
  if (field) return evidenceLine(input, field.line, fieldText(field));
  return evidenceLine(input, dump.startLine, fallback);
}

/** Evidence for whatever was printed on `line` (fields on that line, else `fallback`). */
export function lineEvidence(input: string, dump: Dump, line: number, fallback: string): EvidenceLine {
  const onLine = dump.fields.filter((f) => f.line === line);
  if (onLine.length > 0) return evidenceLine(input, line, onLine.map(fieldText).join('  '));
  return evidenceLine(input, line, fallback);
}

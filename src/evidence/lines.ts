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
 * The normalized label of each field of a dump, computed once per dump: evidence looks up a
 * handful of labels in every one of 100,000 log dumps (SPEC §9).
 */
const labelsOf = new WeakMap<Dump, readonly string[]>();

function normalizedLabels(dump: Dump): readonly string[] {
  let labels = labelsOf.get(dump);
  if (labels === undefined) {
    labels = dump.fields.map((f) => normalizedLabel(f.label));
    labelsOf.set(dump, labels);
  }
  return labels;
}

/** The first field whose label is one of `labels` (case-insensitive, colon ignored). */
export function findField(dump: Dump, ...labels: string[]): Field | undefined {
  const wanted = labels.map((l) => l.toLowerCase());
  const index = normalizedLabels(dump).findIndex((label) => wanted.includes(label));
  return index < 0 ? undefined : dump.fields[index];
}

export function findFieldStartingWith(dump: Dump, prefix: string): Field | undefined {
  const p = prefix.toLowerCase();
  const index = normalizedLabels(dump).findIndex((label) => label.startsWith(p));
  return index < 0 ? undefined : dump.fields[index];
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

/**
 * Memory (SPEC §9: memory that does not grow with the archive). The strings of a dump are
 * slices of the decoded text: V8 keeps a sliced string's whole parent alive, so one retained
 * value (a signature, a path, an evidence line) kept the whole 64 KB chunk it was read from,
 * and an archive's evidence held all of the archive's text. Copying each string of a finished
 * dump into a string of its own lets the chunks go.
 */

/** A string that shares no storage with a larger one (short strings are always copies). */
function ownCopy(text: string): string {
  // The concatenation is flattened into a new string of text.length + 1 characters; the slice
  // then refers to that string only.
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** Replaces, in place, every string reachable from a freshly built AST value by its own copy. */
export function detachStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string') list[i] = ownCopy(item);
      else if (typeof item === 'object' && item !== null) detachStrings(item);
    }
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') record[key] = ownCopy(item);
      else if (typeof item === 'object' && item !== null) detachStrings(item);
    }
  }
  return value;
}

/**
 * `JSON.stringify(value, null, indent)` handed out in pieces of about `chunkSize` characters.
 *
 * The JSON report of 100,000 logs is about 53 million characters (two bytes each in V8, since the
 * summary's dash is not Latin-1), and SPEC §9 wants memory that does not grow with the archive:
 * the CLI writes these pieces one after the other instead of building that string. The walk
 * follows the serialization steps of ECMA-262 (SerializeJSONProperty, SerializeJSONObject,
 * SerializeJSONArray) and leaves every primitive, and every small subtree such as one log entry,
 * to JSON.stringify itself, so the bytes are the same: `toJSON` is called with the member's key, object members whose value is undefined, a
 * function or a symbol are dropped, such array elements become `null`, keys come in
 * `Object.keys` order, strings are escaped by the engine (well-formed: lone surrogates as \u
 * escapes), and a cycle throws a TypeError. The members are walked with an explicit stack, not
 * recursion, so the generator can stop after any member.
 */

/** An array or object being written: its members, how far along, and its indentation. */
interface OpenContainer {
  readonly value: object;
  /** Member names of an object; undefined for an array, whose members are its indices. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  next: number;
  written: number;
  /** Line break and indentation before a member, and before the closing bracket. */
  readonly memberBreak: string;
  readonly closingBreak: string;
}

/** Objects serialized member by member; boxed primitives are serialized as their primitive. */
function isContainer(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt)
  );
}

/**
 * Whether `value` has at most `members` members, nested ones included (a cycle never does), and
 * no `toJSON` of its own: JSON.stringify would call that with the key `""`, not the member's
 * name. Counting stops at the limit, so asking costs little even for a large tree.
 */
function isSmall(value: object, members: number): boolean {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  let budget = members;
  const pending: object[] = [value];
  while (pending.length > 0) {
    const container = pending.pop()!;
    for (const member of Array.isArray(container) ? (container as readonly unknown[]) : Object.values(container)) {
      if (--budget < 0) return false;
      if (typeof member === 'object' && member !== null) pending.push(member);
    }
  }
  return true;
}

/** The value JSON.stringify serializes for a member: what its `toJSON(key)` returns, if it has one. */
function serializedValue(value: unknown, key: string): unknown {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

export interface JsonChunksOptions {
  /** JSON.stringify's `space` as a string; `''` writes compact JSON. */
  readonly indent?: string;
  /** A piece is handed out once it reaches this many characters. */
  readonly chunkSize?: number;
  /**
   * Subtrees of at most this many members, nested ones included, are left to one JSON.stringify
   * call, which is several times faster than walking them here (a log entry of the report has
   * about 15); 0 walks everything.
   */
  readonly smallSubtreeMembers?: number;
}

export function* jsonChunks(value: unknown, options: JsonChunksOptions = {}): Generator<string, void, undefined> {
  const { indent = '  ', chunkSize = 64 * 1024, smallSubtreeMembers = 100 } = options;
  const root = serializedValue(value, '');
  if (!isContainer(root)) {
    const text = JSON.stringify(root);
    if (text !== undefined) yield text;
    return;
  }
  const colon = indent === '' ? ':' : ': ';
  const open: OpenContainer[] = [];
  const onStack = new Set<object>();
  const enter = (container: object): void => {
    if (onStack.has(container)) throw new TypeError('Converting circular structure to JSON');
    onStack.add(container);
    const depth = open.length;
    const keys = Array.isArray(container) ? undefined : Object.keys(container);
    open.push({
      value: container,
      keys,
      length: keys === undefined ? (container as readonly unknown[]).length : keys.length,
      next: 0,
      written: 0,
      memberBreak: indent === '' ? '' : `\n${indent.repeat(depth + 1)}`,
      closingBreak: indent === '' ? '' : `\n${indent.repeat(depth)}`,
    });
  };
  enter(root);
  let text = '';
  while (open.length > 0) {
    const container = open[open.length - 1]!;
    if (container.next < container.length) {
      const index = container.next++;
      const key = container.keys === undefined ? String(index) : container.keys[index]!;
      const raw =
        container.keys === undefined ? (container.value as readonly unknown[])[index] : (container.value as Record<string, unknown>)[key];
      const member = serializedValue(raw, key);
      const memberIsContainer = isContainer(member);
      const leaf = memberIsContainer ? '' : JSON.stringify(member);
      if (leaf === undefined && container.keys !== undefined) continue;
      text += container.written++ === 0 ? (container.keys === undefined ? '[' : '{') : ',';
      text += container.memberBreak;
      if (container.keys !== undefined) text += `${JSON.stringify(key)}${colon}`;
      if (!memberIsContainer) text += leaf ?? 'null';
      else if (isSmall(member, smallSubtreeMembers)) text += JSON.stringify(member, null, indent).replaceAll('\n', container.memberBreak);
      else enter(member);
    } else {
      open.pop();
      onStack.delete(container.value);
      const closing = container.keys === undefined ? ']' : '}';
      text += container.written === 0 ? (container.keys === undefined ? '[]' : '{}') : `${container.closingBreak}${closing}`;
    }
    if (text.length >= chunkSize) {
      yield text;
      text = '';
    }
  }
  if (text !== '') yield text;
}

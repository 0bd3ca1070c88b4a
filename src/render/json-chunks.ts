/**
 * `JSON.stringify(value, null, indent)` handed out in pieces of about `chunkSize` characters.
 *
 * The JSON report of 100,000 logs is about 53 million characters (two bytes each in V8, since the
 * summary's dash is not Latin-1), and SPEC §9 wants memory that does not grow with the archive:
 * the CLI writes these pieces one after the other instead of building that string. The walk
 * follows the serialization steps of ECMA-262 (SerializeJSONProperty, SerializeJSONObject,
 * SerializeJSONArray) and leaves every primitive, and every small subtree such as one log entry,
 * to JSON.stringify itself (runs of small array members in one call), so the bytes are the same:
 * `toJSON` is called with the member's key, object members whose value is undefined, a
 * function or a symbol are dropped, such array elements become `null`, keys come in
 * `Object.keys` order, strings are escaped by the engine (well-formed: lone surrogates as \u
 * escapes), and a cycle throws a TypeError. The members are walked with an explicit stack, not
 * recursion, so the generator can stop after any member.
 *
 * A `StreamLogList` (`StreamReport.logs` as `check` makes it, issue 18) is written as the array it
 * stands for, its members pulled from its iterator a run at a time: the report of 100,000 logs is
 * never an array of 100,000 entries. Its `toJSON` (the whole array, for a plain JSON.stringify)
 * is not called.
 */
import { isStreamLogList } from '../verdict/stream-log-list.js';

/** An array or object being written: its members, how far along, and its indentation. */
interface OpenContainer {
  readonly value: object;
  /** Member names of an object; undefined for an array, whose members are its indices. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  /** A StreamLogList's members, pulled in order; `length` is then not used. */
  readonly members: Iterator<unknown> | undefined;
  /** A member pulled from `members` and not written yet. */
  pulled: IteratorResult<unknown> | undefined;
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
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || isStreamLogList(value)) return false;
  let budget = members;
  const pending: object[] = [value];
  while (pending.length > 0) {
    const container = pending.pop()!;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const member: unknown = container[i];
        if (--budget < 0) return false;
        if (typeof member === 'object' && member !== null) {
          if (isStreamLogList(member)) return false;
          pending.push(member);
        }
      }
    } else {
      // for-in allocates no list of values; it also counts inherited enumerable members, which
      // JSON.stringify skips: counting too many only sends a subtree to the walk, same bytes.
      for (const key in container) {
        const member: unknown = (container as Record<string, unknown>)[key];
        if (--budget < 0) return false;
        if (typeof member === 'object' && member !== null) {
          if (isStreamLogList(member)) return false;
          pending.push(member);
        }
      }
    }
  }
  return true;
}

/** Consecutive small array members stringified by one JSON.stringify call: about 8 KB of log entries. */
const RUN_MEMBERS = 16;

/**
 * The members `start…` of `array` that are small containers (see isSmall), at most RUN_MEMBERS:
 * a member with its own `toJSON` ends the run, since JSON.stringify would call it with its index
 * in the run instead of its index in `array`.
 */
function smallRun(array: readonly unknown[], start: number, members: number): unknown[] {
  const run: unknown[] = [];
  for (let i = start; i < array.length && run.length < RUN_MEMBERS; i++) {
    const member = array[i];
    if (!isContainer(member) || !isSmall(member, members)) break;
    run.push(member);
  }
  return run;
}

/** The same from a StreamLogList's iterator: a member that ends the run stays `pulled` for the walk. */
function pulledRun(container: OpenContainer, members: number): unknown[] {
  const run: unknown[] = [];
  while (run.length < RUN_MEMBERS) {
    const next = (container.pulled ??= container.members!.next());
    if (next.done === true || !isContainer(next.value) || !isSmall(next.value, members)) break;
    run.push(next.value);
    container.pulled = undefined;
  }
  return run;
}

/** Whether an array being written has a member left (for a StreamLogList: one more pulled). */
function hasMember(container: OpenContainer): boolean {
  if (container.members === undefined) return container.next < container.length;
  container.pulled ??= container.members.next();
  return container.pulled.done !== true;
}

/**
 * The members of `run` as JSON.stringify writes them as members of an array `level` levels deep:
 * each preceded by a line break and the indentation of that level, separated by commas. One call
 * for the run: `run` is nested in `level - 1` arrays so that JSON.stringify indents its members at
 * that level, and the brackets of the nesting are cut off.
 */
function stringifyRun(run: readonly unknown[], level: number, gap: string): string {
  let nested: unknown = run;
  for (let k = 1; k < level; k++) nested = [nested];
  const text = JSON.stringify(nested, null, gap);
  const lineBreak = gap === '' ? 0 : 1;
  // Before the run's `[`: `[` and a break at each outer level; after its `]`: a break and `]`.
  let before = 0;
  for (let k = 1; k < level; k++) before += 1 + lineBreak + gap.length * k;
  let after = 0;
  for (let k = 0; k < level - 1; k++) after += lineBreak + gap.length * k + 1;
  const closing = lineBreak + gap.length * (level - 1) + 1;
  return text.slice(before + 1, text.length - after - closing);
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
  const { chunkSize = 64 * 1024, smallSubtreeMembers = 100 } = options;
  // JSON.stringify uses at most 10 characters of a string `space`.
  const indent = (options.indent ?? '  ').slice(0, 10);
  const root = isStreamLogList(value) ? value : serializedValue(value, '');
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
    const list = isStreamLogList(container);
    const keys = Array.isArray(container) || list ? undefined : Object.keys(container);
    open.push({
      value: container,
      keys,
      length: keys === undefined ? (container as readonly unknown[]).length : keys.length,
      members: list ? container[Symbol.iterator]() : undefined,
      pulled: undefined,
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
    const run =
      container.keys === undefined && smallSubtreeMembers > 0 && hasMember(container)
        ? container.members !== undefined
          ? pulledRun(container, smallSubtreeMembers)
          : smallRun(container.value as readonly unknown[], container.next, smallSubtreeMembers)
        : undefined;
    if (run !== undefined && run.length > 0) {
      text += container.written === 0 ? '[' : ',';
      text += stringifyRun(run, open.length, indent);
      container.next += run.length;
      container.written += run.length;
    } else if (hasMember(container)) {
      const index = container.next++;
      const key = container.keys === undefined ? String(index) : container.keys[index]!;
      let raw: unknown;
      if (container.members !== undefined) {
        raw = container.pulled!.value;
        container.pulled = undefined;
      } else raw = container.keys === undefined ? (container.value as readonly unknown[])[index] : (container.value as Record<string, unknown>)[key];
      const member = isStreamLogList(raw) ? raw : serializedValue(raw, key);
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

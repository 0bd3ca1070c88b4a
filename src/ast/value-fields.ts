/**
 * Typed AST values carry their line (issue 15): for each value of a dump — a typed property
 * (`lGeneration`, `state`, `dbSignature`…), the subject `file`, or a fact the AST keeps only as a
 * field (`Env SystemPath`, a circular logging flag) — the field it was read from: its 1-based line
 * and its label and value as printed, which is what evidence quotes (src/evidence/lines.ts). The
 * evidence takes the line from here instead of searching the fields for labels again.
 *
 * Kept off the JSON: `parse --format json` is a contract (SPEC §4) and stays byte-identical, so
 * the map is a non-enumerable property of the dump (and of each attached database). JSON.stringify,
 * `for…in`, spreads, v8.serialize and the tests' deep equality all skip it; a numeric value cannot
 * hold a property of its own, and a parsed signature is shared by the dumps of a stream
 * (src/ast/signature.ts), so the line cannot live on the value itself. Who copies a dump
 * (src/binary/read-file.ts) or sends one to another thread (src/read/wire/fact-codec.ts) carries
 * the map with `carriedValueFields` / `restoreValueFields`.
 */
import type { AttachedDatabase, Dump, Field } from './types.js';

/** Facts the AST keeps only as fields, whose line evidence quotes (ese-format §2.1–§2.4). */
export type FieldOnlyValue =
  /** `Env SystemPath:` and `Env LogFilePath:` of a log header. */
  | 'envSystemPath'
  | 'envLogFilePath'
  /** `Circular Logging Flag (current file):` and `(past files):`, two of CircularLogging's sources (§2.2). */
  | 'circularLoggingCurrentFile'
  | 'circularLoggingPastFiles';

/** Every property of any dump kind. */
type DumpProperty = { [K in Dump['kind']]: keyof Extract<Dump, { readonly kind: K }> }[Dump['kind']];

/** What a value-field map names: a dump's or an attached database's property, or a field-only fact. */
export type SourcedValue = DumpProperty | keyof AttachedDatabase | FieldOnlyValue;

/** The field each value was read from (the first line that read, as the value itself). */
export type ValueFields = { readonly [V in SourcedValue]?: Field };

/** A map being filled by the AST builder. */
export type ValueFieldsDraft = { -readonly [V in SourcedValue]?: Field };

/** The key of the non-enumerable map: a symbol, so that no property name of the contract can clash. */
const VALUE_FIELDS = Symbol('valueFields');

type Carrier = { [VALUE_FIELDS]?: ValueFields };

const NONE: ValueFields = Object.freeze({});

/** Gives `owner` (a dump or an attached database) its map, kept off its JSON. */
export function setValueFields(owner: Dump | AttachedDatabase, fields: ValueFields): void {
  Object.defineProperty(owner, VALUE_FIELDS, { value: fields, enumerable: false, writable: true, configurable: true });
}

/** The map of a dump or attached database (empty when it has none: a dump written by hand). */
export function valueFieldsOf(owner: Dump | AttachedDatabase): ValueFields {
  return (owner as Carrier)[VALUE_FIELDS] ?? NONE;
}

/** The field `value` of `owner` was read from, if it was read from one. */
export function fieldOf(owner: Dump | AttachedDatabase, value: SourcedValue): Field | undefined {
  return (owner as Carrier)[VALUE_FIELDS]?.[value];
}

/** The maps of a dump and of its attached databases, as plain data that a copy or a message keeps. */
export interface CarriedValueFields {
  readonly dump: ValueFields;
  /** By the index of the attached database (log and checkpoint headers). */
  readonly attachedDatabases?: readonly ValueFields[];
}

/** What to send with a dump so that `restoreValueFields` gives the copy its maps again. */
export function carriedValueFields(dump: Dump): CarriedValueFields {
  const attached = 'attachedDatabases' in dump ? dump.attachedDatabases : undefined;
  return attached === undefined || attached.length === 0
    ? { dump: valueFieldsOf(dump) }
    : { dump: valueFieldsOf(dump), attachedDatabases: attached.map(valueFieldsOf) };
}

/** Gives a copy of a dump (a spread, a deserialized message) the maps of the original. */
export function restoreValueFields(dump: Dump, carried: CarriedValueFields): void {
  setValueFields(dump, carried.dump);
  const attached = 'attachedDatabases' in dump ? dump.attachedDatabases : undefined;
  carried.attachedDatabases?.forEach((fields, i) => {
    const database = attached?.[i];
    if (database !== undefined) setValueFields(database, fields);
  });
}

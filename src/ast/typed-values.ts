/**
 * The typed AST properties the catalogue's labels fill (grammar/catalogue.ts `typed`): for each
 * dump kind, the line kinds that carry one, the property and the value parser.
 */
import { CATALOGUE, entryOf, type DumpKind, type LabelName, type ValueKind } from '../../grammar/catalogue.js';
import { parseOnOff } from './env-block.js';
import { parseEseDate } from './ese-date.js';
import { parseGeneration, parseGenerationRange, parseLeadingNumber } from './generation.js';
import type { LineRecord } from './line-records.js';
import { parseLogPosition } from './log-position.js';
import { parseSignature } from './signature.js';
import type { CheckpointDump, DatabaseHeaderDump, LogHeaderDump } from './types.js';
import type { SourcedValue, ValueFieldsDraft } from './value-fields.js';

/** The parser of each kind of value (undefined: the value does not read). */
const VALUE_PARSERS = {
  text: (value: string) => value,
  number: parseLeadingNumber,
  generation: parseGeneration,
  generationRange: parseGenerationRange,
  logPosition: parseLogPosition,
  date: parseEseDate,
  signature: parseSignature,
  onOff: parseOnOff,
} as const satisfies Record<ValueKind, (value: string) => unknown>;

export interface TypedReader {
  readonly property: SourcedValue;
  readonly parse: (value: string) => unknown;
}

function readersOf(kind: DumpKind): ReadonlyMap<LabelName, TypedReader> {
  const readers = new Map<LabelName, TypedReader>();
  for (const name of Object.keys(CATALOGUE) as LabelName[]) {
    const typed = entryOf(name).typed?.[kind];
    // The catalogue's properties are the dump kinds' (CATALOGUE_PROPERTIES_EXIST below).
    if (typed !== undefined) readers.set(name, { property: typed.property as SourcedValue, parse: VALUE_PARSERS[typed.value] });
  }
  return readers;
}

/** By dump kind, by line kind: one look-up per line (SPEC §9). */
export const TYPED_READERS: { readonly [K in DumpKind]: ReadonlyMap<LabelName, TypedReader> } = {
  databaseHeader: readersOf('databaseHeader'),
  logHeader: readersOf('logHeader'),
  logStreamCheck: readersOf('logStreamCheck'),
  checkpoint: readersOf('checkpoint'),
  checksum: readersOf('checksum'),
  operation: readersOf('operation'),
  batchCheck: readersOf('batchCheck'),
};

/** The properties the catalogue names for a dump kind. */
type CatalogueProperty<K extends DumpKind> = {
  [N in LabelName]: (typeof CATALOGUE)[N] extends { readonly typed: { readonly [P in K]: { readonly property: infer Property } } } ? Property : never;
}[LabelName];

// Each property the catalogue names is one of the dump kind's AST type: a misspelt one does not compile.
export const CATALOGUE_PROPERTIES_EXIST = {
  databaseHeader: [] as CatalogueProperty<'databaseHeader'>[] satisfies (keyof DatabaseHeaderDump)[],
  logHeader: [] as CatalogueProperty<'logHeader'>[] satisfies (keyof LogHeaderDump)[],
  checkpoint: [] as CatalogueProperty<'checkpoint'>[] satisfies (keyof CheckpointDump)[],
  logStreamCheck: [] as CatalogueProperty<'logStreamCheck'>[] satisfies never[],
  checksum: [] as CatalogueProperty<'checksum'>[] satisfies never[],
  operation: [] as CatalogueProperty<'operation'>[] satisfies never[],
  batchCheck: [] as CatalogueProperty<'batchCheck'>[] satisfies never[],
};

/**
 * Reads the line's value into its property unless an earlier line did (the first line that reads
 * wins), and keeps the line's field as the value's (src/ast/value-fields.ts); a value that does not
 * read makes the line unrecognized.
 */
export function readTypedValue(target: object, sources: ValueFieldsDraft, reader: TypedReader, r: LineRecord, unreadable: (r: LineRecord) => void): void {
  const out = target as Record<string, unknown>;
  if (out[reader.property] !== undefined) return;
  const value = reader.parse(r.value);
  if (value === undefined) unreadable(r);
  else {
    out[reader.property] = value;
    sources[reader.property] = r.field;
  }
}

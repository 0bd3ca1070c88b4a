/**
 * The wire format of the items a parse worker sends (SPEC §9: the reader thread shares two
 * cores with the workers, so each µs it spends per dump is taken from parsing).
 *
 * Nearly everything in the facts of one `eseutil /ml FILE` dump repeats from log to log: the
 * signature and its line, the tool banner, the attachment paths and lines, the circular logging
 * line, the base name, `fileSource`, `source`. Only the file name, the `lGeneration` and
 * `Log file` lines and the line numbers change (ese-format §2). So a worker numbers every
 * repeated string, signature and tool the first time it sends it; after that it sends the
 * number. The reader keeps what it was sent in a table and hands out the same object each time,
 * so the collector finds the signatures and banners it interned by identity (identity.ts).
 * The structure and the numbers travel in a Float64Array moved to the reader without a copy.
 *
 * One encoder per worker, one decoder per worker in the reader, for the worker's life: the
 * table then holds the few values a capture repeats, once. Anything else — a segment to parse
 * again, a whole-file item, a dump that ended with an error footer — is sent as before, with
 * v8.serialize, in its place among the others. A dump's value-field maps, which v8.serialize
 * skips (non-enumerable, src/ast/value-fields.ts), go beside it: the collector quotes from them.
 */
import { deserialize, serialize } from 'node:v8';
import type { CircularLogging, Signature, Tool } from '../../ast/types.js';
import { carriedValueFields, restoreValueFields, type CarriedValueFields } from '../../ast/value-fields.js';
import type { AttachmentFact, LogFact, LogHeaderFacts } from '../../evidence/log-header-facts.js';
import type { CircularLoggingEvidence, EvidenceLine } from '../../evidence/types.js';
import type { PartItem } from '../part.js';

/** A batch of items as it crosses to the reader. */
export interface EncodedItems {
  /** Values the worker numbered in this batch, in the order it numbered them. */
  readonly shared: readonly unknown[];
  /** The strings that change from dump to dump, in the order they are read. */
  readonly texts: readonly string[];
  /** Per item its header, then its structure, numbers and table indices. */
  readonly numbers: Float64Array;
  /** The items the codec does not encode, v8-serialized (absent when there are none). */
  readonly others?: Uint8Array;
}

/** An item kept in `others`, with the value-field maps of its dump (a whole-file dump item). */
type OtherItem = PartItem & { readonly valueFields?: CarriedValueFields };

/** Item header of an item kept in `others`; any other header is a log fact's presence bits. */
const OTHER = -1;
const HAS_LOG = 1;

/**
 * The presence bit of each property of a log fact, 0 for those always present (`file` is
 * always present, maybe undefined). Keyed by every property of LogFact: one added there does not
 * compile until it is encoded here.
 */
const LOG_BIT = {
  file: 1 << 1,
  fileSource: 0,
  input: 0,
  source: 0,
  generation: 1 << 2,
  generationAt: 1 << 3,
  signature: 1 << 4,
  signatureAt: 1 << 5,
  attachments: 0,
  circularLogging: 1 << 6,
  integrity: 1 << 7,
  damageAt: 1 << 8,
  reservedLogFile: 1 << 9,
  fileAt: 0,
  tool: 1 << 10,
  radix: 1 << 11,
  baseName: 1 << 12,
  directory: 1 << 13,
  envSystemPath: 1 << 14,
  envLogFilePath: 1 << 15,
} as const satisfies Record<keyof LogFact, number>;

const ATTACHMENT_BIT = { dbid: 0, path: 0, signature: 1 << 0, at: 0, signatureAt: 1 << 1 } as const satisfies Record<keyof AttachmentFact, number>;

/**
 * The flags of a circular logging fact, in the order the dump printed them (build-dump.ts sets
 * them line by line): each is sent as `3 × its index here + its value's code`.
 */
const CIRCULAR_KEYS = ['env', 'currentFile', 'pastFiles'] as const satisfies readonly (keyof CircularLogging)[];
const FLAG_VALUES = [false, true, undefined] as const;

/** Where the texts that repeat are in a log fact: each is compared with the last dump's first. */
const SLOT = { signatureAt: 0, damageAt: 1, circularAt: 2, baseName: 3, attachments: 4 } as const;
/** An evidence line whose text changes from dump to dump (`lGeneration`, `Log file`). */
const CHANGES = -1;

/** The fields that make a signature (Signature in src/ast/types.ts). */
function sameSignature(a: Signature, b: Signature): boolean {
  return a.text === b.text && a.createTime === b.createTime && Object.is(a.rand, b.rand) && a.computer === b.computer;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** `value` serialized into a buffer of its own, to transfer without a copy (a small one may be a view on Node's shared pool, which cannot move). */
export function serializedToMove(value: unknown): Uint8Array {
  const bytes = serialize(value);
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.from(bytes);
}

/** Builds the batches of one worker. */
export class PartItemEncoder {
  /** The table index of each string sent so far. */
  private readonly stringIndex = new Map<unknown, number>();
  /** Signatures and tools sent so far, by their printed text and their product. */
  private readonly signatures = new Map<string, { readonly index: number; readonly signature: Signature }>();
  private readonly tools = new Map<string, { readonly index: number; readonly tool: Tool }>();
  private tableSize = 0;
  /** What each slot held in the last dump (see `string` and `signature`). */
  private readonly lastText: unknown[] = [];
  private readonly lastTextIndex: number[] = [];
  private readonly lastSignature: ({ readonly index: number; readonly signature: Signature } | undefined)[] = [];
  private lastTool: { readonly index: number; readonly tool: Tool } | undefined;

  private shared: unknown[] = [];
  private texts: string[] = [];
  private others: OtherItem[] = [];
  private numbers = new Float64Array(4096);
  private length = 0;
  private items = 0;

  /** Items added since the last batch was taken. */
  get count(): number {
    return this.items;
  }

  add(item: PartItem): void {
    this.items++;
    if (item.kind === 'log' && this.facts(item.facts)) return;
    this.push(OTHER);
    this.others.push(item.kind === 'item' && item.item.type === 'dump' ? { ...item, valueFields: carriedValueFields(item.item.dump) } : item);
  }

  /** The batch so far, and the buffers to transfer with it. */
  take(): { readonly encoded: EncodedItems; readonly transfer: ArrayBuffer[] } {
    const numbers = this.numbers.slice(0, this.length);
    const transfer = [numbers.buffer];
    let others: Uint8Array | undefined;
    if (this.others.length > 0) {
      others = serializedToMove(this.others);
      transfer.push(others.buffer as ArrayBuffer);
    }
    const encoded: EncodedItems = { shared: this.shared, texts: this.texts, numbers, ...(others ? { others } : {}) };
    this.shared = [];
    this.texts = [];
    this.others = [];
    this.length = 0;
    this.items = 0;
    return { encoded, transfer };
  }

  private push(value: number): void {
    if (this.length === this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.length++] = value;
  }

  /** Encodes the facts, or writes nothing and answers false when they go as they are. */
  private facts(facts: LogHeaderFacts): boolean {
    if (facts.errorFooter !== undefined) return false;
    if (facts.log === undefined) {
      this.push(0);
      return true;
    }
    const length = this.length;
    const texts = this.texts.length;
    if (this.log(facts.log)) return true;
    // Values numbered on the way stay in the table: they are sent all the same.
    this.length = length;
    this.texts.length = texts;
    return false;
  }

  private log(log: LogFact): boolean {
    let bits = HAS_LOG;
    if (log.file !== undefined) bits |= LOG_BIT.file;
    if (log.generation !== undefined) bits |= LOG_BIT.generation;
    if (log.generationAt !== undefined) bits |= LOG_BIT.generationAt;
    if (log.signature !== undefined) bits |= LOG_BIT.signature;
    if (log.signatureAt !== undefined) bits |= LOG_BIT.signatureAt;
    if (log.circularLogging !== undefined) bits |= LOG_BIT.circularLogging;
    if (log.integrity !== undefined) bits |= LOG_BIT.integrity;
    if (log.damageAt !== undefined) bits |= LOG_BIT.damageAt;
    if (log.reservedLogFile !== undefined) bits |= LOG_BIT.reservedLogFile;
    if (log.tool !== undefined) bits |= LOG_BIT.tool;
    if (log.radix !== undefined) bits |= LOG_BIT.radix;
    if (log.baseName !== undefined) bits |= LOG_BIT.baseName;
    if (log.directory !== undefined) bits |= LOG_BIT.directory;
    if (log.envSystemPath !== undefined) bits |= LOG_BIT.envSystemPath;
    if (log.envLogFilePath !== undefined) bits |= LOG_BIT.envLogFilePath;
    this.push(bits);

    if (log.file !== undefined) this.texts.push(log.file);
    this.push(this.string(log.fileSource));
    this.push(this.string(log.input));
    this.push(this.string(log.source));
    if (log.generation !== undefined) this.push(log.generation);
    if (log.generationAt !== undefined) this.line(log.generationAt, CHANGES);
    if (log.signature !== undefined) this.push(this.signature(log.signature, 0));
    if (log.signatureAt !== undefined) this.line(log.signatureAt, SLOT.signatureAt);
    this.push(log.attachments.length);
    log.attachments.forEach((attachment, i) => this.attachment(attachment, i));
    if (log.circularLogging !== undefined && !this.circular(log.circularLogging)) return false;
    if (log.integrity !== undefined) this.push(this.string(log.integrity));
    if (log.damageAt !== undefined) this.line(log.damageAt, SLOT.damageAt);
    if (log.reservedLogFile !== undefined) this.push(log.reservedLogFile ? 1 : 0);
    this.line(log.fileAt, CHANGES);
    if (log.tool !== undefined) this.push(this.tool(log.tool));
    if (log.radix !== undefined) this.push(log.radix);
    if (log.baseName !== undefined) this.push(this.string(log.baseName, SLOT.baseName));
    if (log.directory !== undefined) this.push(this.string(log.directory));
    if (log.envSystemPath !== undefined) this.push(this.string(log.envSystemPath));
    if (log.envLogFilePath !== undefined) this.push(this.string(log.envLogFilePath));
    return true;
  }

  /** The `n`th attachment of its log: the same database as the `n`th of the log before, usually. */
  private attachment(attachment: AttachmentFact, n: number): void {
    const slot = SLOT.attachments + 3 * n;
    let bits = 0;
    if (attachment.signature !== undefined) bits |= ATTACHMENT_BIT.signature;
    if (attachment.signatureAt !== undefined) bits |= ATTACHMENT_BIT.signatureAt;
    this.push(bits);
    this.push(attachment.dbid);
    this.push(this.string(attachment.path, slot));
    if (attachment.signature !== undefined) this.push(this.signature(attachment.signature, 1 + n));
    this.line(attachment.at, slot + 1);
    if (attachment.signatureAt !== undefined) this.line(attachment.signatureAt, slot + 2);
  }

  /** Its flags in their order, then its line; false for a shape this codec does not know. */
  private circular(circular: CircularLoggingEvidence): boolean {
    const countAt = this.length;
    this.push(0);
    let flags = 0;
    let atSeen = false;
    for (const key in circular) {
      if (atSeen) return false;
      if (key === 'at') {
        atSeen = true;
        continue;
      }
      const index = CIRCULAR_KEYS.indexOf(key as (typeof CIRCULAR_KEYS)[number]);
      const value: unknown = circular[key as (typeof CIRCULAR_KEYS)[number]];
      if (index < 0 || (value !== undefined && typeof value !== 'boolean')) return false;
      this.push(3 * index + FLAG_VALUES.indexOf(value as boolean | undefined));
      flags++;
    }
    if (!atSeen) return false;
    this.numbers[countAt] = flags;
    this.line(circular.at, SLOT.circularAt);
    return true;
  }

  /** `slot`: where a text that repeats from dump to dump is; CHANGES for one sent as it is. */
  private line(line: EvidenceLine, slot: number): void {
    this.push(this.string(line.input));
    this.push(line.line);
    if (slot === CHANGES) this.texts.push(line.text);
    else this.push(this.string(line.text, slot));
  }

  private share(value: unknown): number {
    this.shared.push(value);
    return this.tableSize++;
  }

  /**
   * The table index of a string. The parser makes new strings for every dump: looking one up
   * would hash it, so a string at a `slot` is first compared with the one there in the last dump.
   */
  private string(text: string, slot?: number): number {
    if (slot !== undefined) {
      const last = this.lastTextIndex[slot];
      if (last !== undefined && this.lastText[slot] === text) return last;
    }
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.share(text);
      this.stringIndex.set(text, index);
    }
    if (slot !== undefined) {
      this.lastText[slot] = text;
      this.lastTextIndex[slot] = index;
    }
    return index;
  }

  /** Sent as it is the first time: the reader gets the very object the parser made, cloned. `slot`: 0 for the log's, 1 + n for its `n`th attachment's. */
  private signature(signature: Signature, slot: number): number {
    const last = this.lastSignature[slot];
    if (last !== undefined && sameSignature(last.signature, signature)) return last.index;
    const known = this.signatures.get(signature.text);
    let index: number;
    if (known !== undefined && sameSignature(known.signature, signature)) index = known.index;
    else {
      index = this.share(signature);
      this.signatures.set(signature.text, { index, signature });
    }
    this.lastSignature[slot] = { index, signature };
    return index;
  }

  /** Most captures print one banner (§0.1): the last one sent is compared first. */
  private tool(tool: Tool): number {
    const last = this.lastTool;
    if (last !== undefined && last.tool.product === tool.product && last.tool.version === tool.version) return last.index;
    const known = this.tools.get(tool.product);
    let index: number;
    if (known !== undefined && known.tool.version === tool.version) index = known.index;
    else {
      index = this.share(tool);
      this.tools.set(tool.product, { index, tool });
    }
    this.lastTool = { index, tool };
    return index;
  }
}

/**
 * Reads the batches of one worker. `learn` each batch as it arrives, in the order the worker
 * sent them; `decode` it whenever its turn comes (a part waits for the parts before it).
 */
export class PartItemDecoder {
  private readonly table: unknown[] = [];
  private numbers: Float64Array = new Float64Array(0);
  private at = 0;
  private texts: readonly string[] = [];
  private nextText = 0;

  learn(encoded: EncodedItems): void {
    for (const value of encoded.shared) this.table.push(value);
  }

  /** The batch's items, in order. */
  decode(encoded: EncodedItems): PartItem[] {
    const others = encoded.others ? (deserialize(encoded.others) as OtherItem[]) : [];
    let nextOther = 0;
    const items: PartItem[] = [];
    this.numbers = encoded.numbers;
    this.at = 0;
    this.texts = encoded.texts;
    this.nextText = 0;
    while (this.at < this.numbers.length) {
      const header = this.next();
      if (header === OTHER) items.push(placedOther(others[nextOther++]!));
      else items.push({ kind: 'log', facts: (header & HAS_LOG) !== 0 ? { log: this.log(header) } : {} });
    }
    return items;
  }

  private next(): number {
    return this.numbers[this.at++]!;
  }

  private text(): string {
    return this.texts[this.nextText++]!;
  }

  private shared<T>(): T {
    return this.table[this.next()] as T;
  }

  /** The properties in the order log-header-facts.ts writes them. */
  private log(bits: number): LogFact {
    const log: Record<string, unknown> = {
      file: (bits & LOG_BIT.file) !== 0 ? this.text() : undefined,
      fileSource: this.shared(),
      input: this.shared(),
      source: this.shared(),
    };
    if ((bits & LOG_BIT.generation) !== 0) log.generation = this.next();
    if ((bits & LOG_BIT.generationAt) !== 0) log.generationAt = this.line(false);
    if ((bits & LOG_BIT.signature) !== 0) log.signature = this.shared();
    if ((bits & LOG_BIT.signatureAt) !== 0) log.signatureAt = this.line(true);
    const attachments: AttachmentFact[] = [];
    for (let n = this.next(); n > 0; n--) attachments.push(this.attachment());
    log.attachments = attachments;
    if ((bits & LOG_BIT.circularLogging) !== 0) log.circularLogging = this.circular();
    if ((bits & LOG_BIT.integrity) !== 0) log.integrity = this.shared();
    if ((bits & LOG_BIT.damageAt) !== 0) log.damageAt = this.line(true);
    if ((bits & LOG_BIT.reservedLogFile) !== 0) log.reservedLogFile = this.next() === 1;
    log.fileAt = this.line(false);
    if ((bits & LOG_BIT.tool) !== 0) log.tool = this.shared();
    if ((bits & LOG_BIT.radix) !== 0) log.radix = this.next();
    if ((bits & LOG_BIT.baseName) !== 0) log.baseName = this.shared();
    if ((bits & LOG_BIT.directory) !== 0) log.directory = this.shared();
    if ((bits & LOG_BIT.envSystemPath) !== 0) log.envSystemPath = this.shared();
    if ((bits & LOG_BIT.envLogFilePath) !== 0) log.envLogFilePath = this.shared();
    return log as unknown as LogFact;
  }

  private attachment(): AttachmentFact {
    const bits = this.next();
    const attachment: Writable<AttachmentFact> = { dbid: this.next(), path: this.shared() } as Writable<AttachmentFact>;
    if ((bits & ATTACHMENT_BIT.signature) !== 0) attachment.signature = this.shared();
    attachment.at = this.line(true);
    if ((bits & ATTACHMENT_BIT.signatureAt) !== 0) attachment.signatureAt = this.line(true);
    return attachment;
  }

  private circular(): CircularLoggingEvidence {
    const circular: Record<string, unknown> = {};
    for (let n = this.next(); n > 0; n--) {
      const code = this.next();
      circular[CIRCULAR_KEYS[Math.floor(code / 3)]!] = FLAG_VALUES[code % 3];
    }
    circular.at = this.line(true);
    return circular as unknown as CircularLoggingEvidence;
  }

  private line(shared: boolean): EvidenceLine {
    return { input: this.shared(), line: this.next(), text: shared ? this.shared() : this.text() };
  }
}

/** An item of `others` as it was added: a dump gets its value-field maps back. */
function placedOther(other: OtherItem): PartItem {
  if (other.kind !== 'item') return other;
  const { valueFields, ...item } = other;
  if (valueFields !== undefined && item.item.type === 'dump') restoreValueFields(item.item.dump, valueFields);
  return item;
}

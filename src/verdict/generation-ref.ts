/**
 * A generation as the report carries it (SPEC §6 GenerationRef): decimal, hex and the file name
 * in the stream's naming era (KB Q296787 step 2 gives all three).
 */
import { generationHex } from '../domain/log-names.js';
import { logFileFor, type NamedStream } from '../model/index.js';
import type { GenerationRef } from './types.js';

export function generationRef(stream: NamedStream, generation: number): GenerationRef {
  return { generation, hex: generationHex(generation), file: logFileFor(stream, generation) };
}

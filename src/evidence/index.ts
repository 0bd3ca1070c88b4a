/**
 * AST dumps → evidence (databases, log streams, checkpoints, checksum runs). OWNER: rules.
 * Interface stub until the evidence collector lands.
 */
import type { Dump, InputProblem, UnrecognizedRange } from '../ast/types.js';

export interface InputMeta {
  readonly name: string;
  readonly encoding?: string;
  readonly lineEnding?: string;
  readonly problem?: InputProblem;
}

/** Compact, joined evidence of a whole capture set (shape owned by the rules part). */
export interface Evidence {
  readonly inputs: readonly InputMeta[];
}

/**
 * Incremental: keeps compact evidence per dump (not the AST), so memory does not grow with
 * the size of the captures' text.
 */
export class EvidenceCollector {
  addInput(_input: InputMeta): void {
    throw new Error('EvidenceCollector: not implemented yet');
  }
  addDump(_inputName: string, _dump: Dump): void {
    throw new Error('EvidenceCollector: not implemented yet');
  }
  addUnrecognized(_inputName: string, _range: UnrecognizedRange): void {
    throw new Error('EvidenceCollector: not implemented yet');
  }
  finish(): Evidence {
    throw new Error('EvidenceCollector: not implemented yet');
  }
}

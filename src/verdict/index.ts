/**
 * Evidence → findings, verdicts and the restore plan (SPEC §5–§6). OWNER: rules.
 * Interface stub until the rules land.
 */
import type { AstDocument } from '../ast/types.js';
import type { Evidence } from '../evidence/index.js';
import type { CheckReport } from './types.js';

export interface AnalyzeOptions {
  /** `--anchor FILE`: names the anchor log of a chain checked without a database header. */
  readonly anchorFile?: string;
}

export function analyze(_evidence: Evidence, _options: AnalyzeOptions = {}): CheckReport {
  throw new Error('analyze: not implemented yet');
}

/** Convenience: a whole AST document through EvidenceCollector and analyze. */
export function checkDocument(_doc: AstDocument, _options: AnalyzeOptions = {}): CheckReport {
  throw new Error('checkDocument: not implemented yet');
}

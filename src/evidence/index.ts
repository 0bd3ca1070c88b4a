/**
 * AST dumps → evidence (databases, log streams, checkpoints, checksum runs).
 */
export { EvidenceCollector, databaseNameKey } from './collector.js';
export type { InputMeta } from './collector.js';
export type * from './types.js';
export { sameSignature, signatureKey } from './signature.js';
export { cutRun, headOf, isLogRun, lastGenerationOf, logCount, logsOf, memberOf } from './log-run.js';

import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG,
} from './builders.js';

describe('a dirty database needs its whole Log Required range', () => {
  it('is not restorable when the required range crosses a log of another signature', () => {
    const dirty = dbHeader({ file: 'priv.edb', state: 'dirty', logSig: LOG_SIG, logRequired: [4815, 4817], radix: 16 });
    const report = check([input('mh.txt', [dirty]), input('logs.txt', [...kbLogs(4815, 4815), logHeader({ file: 'Edb012d0.log', gen: 4816, sig: OTHER_SIG }), ...kbLogs(4817, 4818)])]);
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'not-restorable', reasons: ['db-not-clean', 'log-signature-mismatch'] });
  });
});

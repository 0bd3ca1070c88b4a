import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, rulesWith,
} from './builders.js';

const edbLog = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('two storage groups in one capture', () => {
  it('keeps streams of different signatures and base names apart, each with its own verdict', () => {
    const priv2 = dbHeader({ file: 'priv2.edb', state: 'clean', logSig: OTHER_SIG, lastConsistent: 5 });
    const e01 = [5, 6].map((g) => logHeader({ file: `E010000${g}.log`, gen: g, sig: OTHER_SIG }));
    const report = check([dbs, input('all.txt', [...kbLogs(4815, 4828, { sig: LOG_SIG }), edbLog, ...e01, logHeader({ file: 'E01.log', gen: 7, sig: OTHER_SIG })]), input('mh2.txt', [priv2])]);
    expect(report.streams.map((s) => [s.id, s.databases])).toEqual([['Edb-710915685', ['priv.edb', 'pub.edb']], ['E01-3070420', ['priv2.edb']]]);
    expect(report.databases.map((d) => d.verdict.kind)).toEqual(['roll-forward', 'roll-forward', 'roll-forward']);
    expect(rulesWith(report, 'error')).toEqual([]);
  });
});

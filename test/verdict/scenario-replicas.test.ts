/**
 * Sample scenarios rebuilt from the AST builders (their README "Facts"), asserted against the
 * folder's own expected.json: the verdict logic is tested even without the parser.
 */
import { describe, expect, it } from 'vitest';
import {
  check, checkpoint, checksum, dbHeader, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, sig,
} from '../rules/builders.js';
import { expectScenario, optionsFrom, readExpected } from './scenario-expectations.js';

const edbLog = (gen: number) => logHeader({ file: 'Edb.log', gen, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });

function scenario(folder: string, build: () => Parameters<typeof check>[0]): void {
  it(`${folder} gives the verdict of its expected.json`, () => {
    const expected = readExpected(folder);
    expectScenario(check(build(), optionsFrom(expected.args)), expected);
  });
}

describe('sample scenarios rebuilt from builders', () => {
  scenario('55-kb-roll-forward', () => [input('priv-mh.txt', [PRIV_MH]), input('pub-mh.txt', [PUB_MH]), input('logs.txt', kbLogs(4815, 4828)), input('edb-log.txt', [edbLog(4829)])]);

  scenario('55-generation-gap', () => [input('session.txt', [PRIV_MH, PUB_MH, ...kbLogs(4815, 4820), ...kbLogs(4822, 4828), edbLog(4829)])]);

  scenario('55-anchor-missing', () => {
    const s = sig('11/22/1999 8:14:51', 1937265);
    const priv = dbHeader({ file: 'priv.edb', state: 'clean', logSig: s, lastConsistent: 2730 });
    const pub = dbHeader({ file: 'pub.edb', state: 'clean', logSig: s, lastConsistent: 2730 });
    const at = [{ dbid: 1, path: 'D:\\exchsrvr\\MDBDATA\\PRIV.EDB' }, { dbid: 2, path: 'D:\\exchsrvr\\MDBDATA\\PUB.EDB' }];
    const logs = [];
    for (let g = 2733; g <= 2740; g++) logs.push(logHeader({ file: `EDB${g.toString(16).toUpperCase().padStart(5, '0')}.LOG`, gen: g, sig: s, attached: at }));
    logs.push(logHeader({ file: 'EDB.LOG', gen: 2741, sig: s, attached: at }));
    return [input('mh.txt', [priv, pub]), input('logs.txt', logs)];
  });

  scenario('55-esefile-bad-checksums', () => [
    input('mh.txt', [PRIV_MH, PUB_MH]),
    input('logs.txt', [...kbLogs(4815, 4818), edbLog(4819)]),
    input('esefile-priv.txt', [checksum({ file: 'priv.edb', bad: 2, wrong: 0, pages: 245760 })]),
    input('esefile-pub.txt', [checksum({ file: 'pub.edb', bad: 0, wrong: 0, pages: 71680 })]),
  ]);

  scenario('55-checkpoint-past-anchor', () => [
    input('priv.txt', [PRIV_MH]),
    input('pub.txt', [PUB_MH]),
    input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)]),
    input('chk.txt', [checkpoint({ gen: 4826, sig: LOG_SIG, directory: 'E:\\exchsrvr\\mdbdata' })]),
  ]);

  scenario('55-chksig-kb', () => [
    input('ml-all.txt', [
      logHeader({ file: 'edb0000a.log', gen: 10, sig: LOG_SIG }),
      logHeader({ file: 'edb0000b.log', gen: 11, sig: LOG_SIG }),
      logHeader({ file: 'edb0000c.log', gen: 12, sig: OTHER_SIG }),
      logHeader({ file: 'edb0000d.log', gen: 13, sig: LOG_SIG }),
      logHeader({ file: 'edb0000e.log', gen: 14, sig: OTHER_SIG }),
    ]),
  ]);

  it('55-checkpoint-past-anchor: the plan moves the checkpoint away and names the logs below it', () => {
    const report = check([input('priv.txt', [PRIV_MH]), input('pub.txt', [PUB_MH]), input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)]), input('chk.txt', [checkpoint({ gen: 4826, sig: LOG_SIG, directory: 'E:\\exchsrvr\\mdbdata' })])]);
    expect(report.plan.map((s) => s.action)).toEqual(['stop-service', 'move-checkpoint', 'restore-database', 'restore-database', 'start-service', 'isinteg-patch', 'truncate-logs']);
    expect(report.plan.find((s) => s.action === 'truncate-logs')!.files).toEqual(['Edb012cf.log', 'Edb012d0.log', 'Edb012d1.log', 'Edb012d2.log', 'Edb012d3.log', 'Edb012d4.log', 'Edb012d5.log', 'Edb012d6.log', 'Edb012d7.log', 'Edb012d8.log', 'Edb012d9.log']);
  });
});

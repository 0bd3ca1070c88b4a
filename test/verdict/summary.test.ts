/**
 * The summary line (SPEC §6 `summary`): one vocabulary of labels, databases sharing a result in
 * one sentence, and the plan steps to carry out before the verdict holds.
 */
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../src/rules/types.js';
import { groupVerdicts, labelled, stepsText, summaryLine, VERDICT_LABELS, type NamedVerdict } from '../../src/verdict/summary.js';
import type { VerdictKind } from '../../src/verdict/types.js';

const of = (name: string | undefined, kind: VerdictKind, explanation: string, reasons: RuleId[] = []): NamedVerdict => ({
  ...(name !== undefined ? { name } : {}),
  verdict: { kind, reasons, explanation },
});

/** The sentences database-verdict.ts writes, for two databases of one storage group. */
const replays = (name: string): NamedVerdict =>
  of(name, 'roll-forward-partial', `${name} replays Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is missing, 8 later logs cannot replay.`, ['generation-gap']);

describe('labels', () => {
  it('has one label per verdict kind, the words every format prints', () => {
    expect(VERDICT_LABELS).toEqual({
      'roll-forward': 'ROLL FORWARD',
      'roll-forward-partial': 'PARTIAL ROLL FORWARD',
      'point-in-time': 'POINT IN TIME ONLY',
      'not-restorable': 'NOT RESTORABLE',
      undetermined: 'UNDETERMINED',
    });
  });

  it('puts the label right after the kind, the verdict otherwise unchanged', () => {
    const verdict = labelled({ kind: 'point-in-time', reasons: ['anchor-missing'], explanation: 'x.' });
    expect(Object.keys(verdict)).toEqual(['kind', 'label', 'reasons', 'explanation']);
    expect(verdict).toEqual({ kind: 'point-in-time', label: 'POINT IN TIME ONLY', reasons: ['anchor-missing'], explanation: 'x.' });
  });
});

describe('stepsText', () => {
  it('names one step, a run of steps and separate steps', () => {
    expect(stepsText([2])).toBe('step 2');
    expect(stepsText([2, 3])).toBe('steps 2–3');
    expect(stepsText([4, 2, 3])).toBe('steps 2–4');
    expect(stepsText([2, 5, 7])).toBe('steps 2, 5 and 7');
    expect(stepsText([2, 3, 4, 6])).toBe('steps 2–4 and 6');
  });
});

describe('groupVerdicts', () => {
  it('says the databases that replay the same logs in one sentence, its verb in the plural', () => {
    expect(groupVerdicts([replays('priv.edb'), replays('pub.edb')]).map((g) => [g.names, g.sentence])).toEqual([
      [
        ['priv.edb', 'pub.edb'],
        'priv.edb and pub.edb replay Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is missing, 8 later logs cannot replay',
      ],
    ]);
  });

  it('turns its and it into their, they and them', () => {
    const pointInTime = (name: string): NamedVerdict =>
      of(name, 'point-in-time', `${name}: its anchor log EDB00AAA.log (2730, 0xAAA) is not among the captured logs; restore it without replaying any log.`, ['anchor-missing']);
    const dirty = (name: string): NamedVerdict =>
      of(name, 'not-restorable', `${name} is "Dirty Shutdown" and needs logs 143–145 (0x8F–0x91); E0000000090.log (144) is missing, so it cannot be made consistent.`, ['db-not-clean']);
    expect(groupVerdicts([pointInTime('priv.edb'), pointInTime('pub.edb')])[0]!.sentence).toBe(
      'priv.edb and pub.edb: their anchor log EDB00AAA.log (2730, 0xAAA) is not among the captured logs; restore them without replaying any log',
    );
    expect(groupVerdicts([dirty('a.edb'), dirty('b.edb'), dirty('c.edb')])[0]!.sentence).toBe(
      'a.edb, b.edb and c.edb are "Dirty Shutdown" and need logs 143–145 (0x8F–0x91); E0000000090.log (144) is missing, so they cannot be made consistent',
    );
  });

  it('keeps apart what differs: the kind, the reasons, the words, and a name used in a command', () => {
    const state = (name: string): NamedVerdict => of(name, 'undetermined', `${name}: its State was not captured; run eseutil /mh ${name}.`);
    expect(groupVerdicts([state('priv.edb'), state('priv1.edb')]).map((g) => g.sentence)).toEqual([
      'priv.edb: its State was not captured; run eseutil /mh priv.edb',
      'priv1.edb: its State was not captured; run eseutil /mh priv1.edb',
    ]);
    const other = of('pub.edb', 'roll-forward-partial', 'pub.edb replays Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is missing, 8 later logs cannot replay.', ['path-change']);
    expect(groupVerdicts([replays('priv.edb'), other]).map((g) => g.names)).toEqual([['priv.edb'], ['pub.edb']]);
    const chain = of(undefined, 'roll-forward-partial', 'The chain replays edb0000a.log (10) through edb0000b.log (11).');
    expect(groupVerdicts([chain, chain]).map((g) => [g.names, g.sentence])).toEqual([
      [[], 'The chain replays edb0000a.log (10) through edb0000b.log (11)'],
      [[], 'The chain replays edb0000a.log (10) through edb0000b.log (11)'],
    ]);
  });

  it('keeps a sentence whose subject is not its database as it is', () => {
    const odd = (name: string): NamedVerdict => of(name, 'roll-forward', `Every log replays into ${name}.`);
    expect(groupVerdicts([odd('priv.edb'), odd('pub.edb')]).map((g) => g.sentence)).toEqual(['Every log replays into priv.edb', 'Every log replays into pub.edb']);
  });
});

describe('summaryLine', () => {
  it('starts with the label, then the steps to carry out first, then the grouped sentences of the worst verdict', () => {
    const clean = of('priv1.edb', 'roll-forward', 'priv1.edb replays E00000A2.log (162) through E00.log (168): every captured log from its anchor on.');
    expect(summaryLine('roll-forward-partial', [replays('priv.edb'), clean, replays('pub.edb')], '', [2, 3, 4])).toBe(
      'PARTIAL ROLL FORWARD after the fixes in steps 2–4 — priv.edb and pub.edb replay Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is missing, 8 later logs cannot replay',
    );
    expect(summaryLine('undetermined', [], 'no database header (eseutil /mh) and no log header (eseutil /ml) was recognized in the input')).toBe(
      'UNDETERMINED — no database header (eseutil /mh) and no log header (eseutil /ml) was recognized in the input',
    );
  });

  it('counts the databases it does not spell out', () => {
    const state = (name: string): NamedVerdict => of(name, 'undetermined', `${name}: its State was not captured; run eseutil /mh ${name}.`);
    expect(summaryLine('undetermined', ['a.edb', 'b.edb', 'c.edb', 'd.edb', 'e.edb'].map(state), '')).toBe(
      'UNDETERMINED — a.edb: its State was not captured; run eseutil /mh a.edb; b.edb: its State was not captured; run eseutil /mh b.edb; c.edb: its State was not captured; run eseutil /mh c.edb; and 2 more',
    );
  });
});

describe('the plural of a grouped sentence', () => {
  it('changes the pronouns only, never a path or a file name that reads "it"', () => {
    const odd = (name: string): NamedVerdict =>
      of(name, 'point-in-time', `${name}: its copy in D:\\it\\backup and it.log do not replay. Restore it without replaying any log.`, ['anchor-missing']);
    expect(groupVerdicts([odd('a.edb'), odd('b.edb')])[0]!.sentence).toBe(
      'a.edb and b.edb: their copy in D:\\it\\backup and it.log do not replay. Restore them without replaying any log',
    );
  });
});

/**
 * The verdict in one line an administrator can act on (SPEC §6 `summary`), e.g.
 * `PARTIAL ROLL FORWARD after the fixes in steps 2–4 — priv.edb and pub.edb replay Edb012cf.log
 * (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is missing, 8 later logs cannot replay`.
 *
 * Databases that share a result share one sentence: a storage group's databases usually replay
 * the same logs, and one 300-character sentence per database hides the verdict.
 */
import type { DatabaseVerdict, LabelledVerdict, VerdictKind, VerdictLabel } from './types.js';

export const VERDICT_LABELS = {
  'roll-forward': 'ROLL FORWARD',
  'roll-forward-partial': 'PARTIAL ROLL FORWARD',
  'point-in-time': 'POINT IN TIME ONLY',
  'not-restorable': 'NOT RESTORABLE',
  undetermined: 'UNDETERMINED',
} as const satisfies Record<VerdictKind, VerdictLabel>;

export function verdictLabel(kind: VerdictKind): VerdictLabel {
  return VERDICT_LABELS[kind];
}

/** The verdict with its label beside its kind (`{kind, label, replayFrom, …}`, in that order). */
export function labelled(verdict: DatabaseVerdict): LabelledVerdict {
  const { kind, ...rest } = verdict;
  return { kind, label: VERDICT_LABELS[kind], ...rest };
}

/** `step 2`, `steps 2–3`, `steps 2, 5 and 7`, `steps 2–4 and 6`. */
export function stepsText(steps: readonly number[]): string {
  const sorted = [...new Set(steps)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return `${sorted.length === 1 ? 'step' : 'steps'} ${joinAnd(runs)}`;
}

/** `VERDICT` or `VERDICT after the fixes in steps 2–3`: what the summary starts with. */
export function verdictHeadline(kind: VerdictKind, fixSteps: readonly number[]): string {
  return fixSteps.length > 0 ? `${VERDICT_LABELS[kind]} after the fixes in ${stepsText(fixSteps)}` : VERDICT_LABELS[kind];
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A verdict and the database it is about; chains checked without a database have no name. */
export interface NamedVerdict {
  readonly name?: string;
  readonly verdict: DatabaseVerdict;
}

/** Databases with the same verdict, the same reasons and the same sentence but for their name. */
export interface VerdictGroup {
  readonly kind: VerdictKind;
  readonly names: readonly string[];
  readonly reasons: readonly string[];
  /** One sentence for all of them, without its final full stop. */
  readonly sentence: string;
}

/** Third-person verbs a database sentence starts with, and their plural. */
const PLURAL_VERBS: Readonly<Record<string, string>> = { replays: 'replay', is: 'are', has: 'have', needs: 'need', was: 'were' };

/**
 * The sentence about one database, said of several: `its` becomes `their`, `it` becomes `they`
 * before a verb and `them` elsewhere, and a verb joined to the first with `and` agrees.
 */
function pluralPronouns(text: string): string {
  // Words only: `it` inside a path or a file name (`D:\it\priv.edb`, `it.log`) stays.
  const word = (pattern: string): RegExp => new RegExp(`(?<![\\w\\\\/.:-])${pattern}(?![\\w\\\\/-]|\\.\\w)`, 'g');
  return text
    .replace(word('its'), 'their')
    .replace(word('itself'), 'themselves')
    .replace(word('it (is|has|was|cannot|can|must|needs|replays)'), (_, verb: string) => `they ${PLURAL_VERBS[verb] ?? verb}`)
    .replace(word('it'), 'them')
    .replace(word('and (is|has|needs|replays)'), (_, verb: string) => `and ${PLURAL_VERBS[verb]!}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a database's sentence says after its name, when the name is its subject and appears
 * nowhere else (a name in a command, `run eseutil /mh priv.edb`, must not be grouped).
 */
function predicate(item: NamedVerdict): string | undefined {
  const { name } = item;
  const text = item.verdict.explanation.replace(/\.$/, '');
  if (name === undefined || name === '' || !text.startsWith(name)) return undefined;
  const rest = text.slice(name.length);
  if (!/^(: | )/.test(rest)) return undefined;
  if (new RegExp(`(^|[^\\w.-])${escapeRegExp(name)}($|[^\\w-])`, 'i').test(rest)) return undefined;
  if (rest.startsWith(' ') && PLURAL_VERBS[rest.slice(1).split(' ')[0]!] === undefined) return undefined;
  return rest;
}

function pluralPredicate(rest: string): string {
  if (rest.startsWith(': ')) return `: ${pluralPronouns(rest.slice(2))}`;
  const [verb = '', ...words] = rest.slice(1).split(' ');
  return ` ${PLURAL_VERBS[verb] ?? verb} ${pluralPronouns(words.join(' '))}`;
}

/** The verdicts grouped by result, in the order of their first database. */
export function groupVerdicts(items: readonly NamedVerdict[]): VerdictGroup[] {
  const groups: { kind: VerdictKind; names: string[]; reasons: readonly string[]; rest?: string; sentence: string }[] = [];
  const byKey = new Map<string, (typeof groups)[number]>();
  for (const item of items) {
    const rest = predicate(item);
    const key = rest === undefined ? undefined : `${item.verdict.kind}\u0000${item.verdict.reasons.join(',')}\u0000${rest}`;
    const existing = key === undefined ? undefined : byKey.get(key);
    if (existing) {
      existing.names.push(item.name!);
      continue;
    }
    const group = {
      kind: item.verdict.kind,
      names: item.name === undefined ? [] : [item.name],
      reasons: item.verdict.reasons,
      ...(rest !== undefined ? { rest } : {}),
      sentence: item.verdict.explanation.replace(/\.$/, ''),
    };
    groups.push(group);
    if (key !== undefined) byKey.set(key, group);
  }
  return groups.map((g) => ({
    kind: g.kind,
    names: g.names,
    reasons: g.reasons,
    sentence: g.names.length > 1 && g.rest !== undefined ? `${joinAnd(g.names)}${pluralPredicate(g.rest)}` : g.sentence,
  }));
}

/** Sentences shown in the summary before `and N more`. */
const MAX_SENTENCES = 3;

/**
 * `LABEL[ after the fixes in steps …] — sentence; sentence`: the verdicts of the overall kind,
 * grouped; `fallback` when no verdict decided.
 */
export function summaryLine(
  overall: VerdictKind,
  verdicts: readonly NamedVerdict[],
  fallback: string,
  fixSteps: readonly number[] = [],
): string {
  const groups = groupVerdicts(verdicts.filter((v) => v.verdict.kind === overall));
  const shown = groups.slice(0, MAX_SENTENCES).map((g) => g.sentence);
  const hidden = groups.slice(MAX_SENTENCES).reduce((n, g) => n + Math.max(1, g.names.length), 0);
  const text = groups.length > 0 ? shown.join('; ') + (hidden > 0 ? `; and ${hidden} more` : '') : fallback;
  return `${verdictHeadline(overall, fixSteps)} — ${text}`;
}

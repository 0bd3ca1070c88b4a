/**
 * Terminal text (SPEC §7 text): the verdict first, then the findings, then the plan. Colour only
 * when the CLI asks for it (a TTY without NO_COLOR); the words carry the meaning without it.
 */
import type { Tone } from './labels.js';
import type { FindingView, ReportView } from './view-model.js';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
} as const;

const TONE_COLOURS = {
  good: ANSI.green,
  warn: ANSI.yellow,
  bad: ANSI.red,
  neutral: ANSI.cyan,
  unknown: ANSI.yellow,
} as const satisfies Record<Tone, string>;

interface Paint {
  tone(tone: Tone, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

function paint(color: boolean): Paint {
  const wrap = (code: string, text: string): string => (color ? `${code}${text}${ANSI.reset}` : text);
  return {
    tone: (tone, text) => wrap(TONE_COLOURS[tone], text),
    bold: (text) => wrap(ANSI.bold, text),
    dim: (text) => wrap(ANSI.dim, text),
  };
}

const SEVERITY_WORDS = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Pieces of text output are handed out once they reach this many characters. */
const TEXT_CHUNK = 64 * 1024;

/**
 * The text report in pieces of about 64 KB, written as they are produced: a stream whose logs
 * do not fold (alternating signatures) has a row per log.
 */
export function* renderTextChunks(view: ReportView, color: boolean): Generator<string, void, undefined> {
  let text = '';
  for (const line of textLines(view, color)) {
    text += `${line}\n`;
    if (text.length >= TEXT_CHUNK) {
      yield text;
      text = '';
    }
  }
  if (text !== '') yield text;
}

export function renderText(view: ReportView, color: boolean): string {
  return [...renderTextChunks(view, color)].join('');
}

function* textLines(view: ReportView, color: boolean): Generator<string> {
  const p = paint(color);

  // The JSON report's summary, word for word: the label, what to fix first, then the sentence.
  yield `${p.bold(p.tone(view.verdict.tone, view.verdict.headline))} — ${view.verdict.summary}`;
  yield p.dim(view.countsText);

  for (const db of view.databases) {
    yield '';
    yield `  ${p.bold(db.name)}  ${p.tone(db.verdict.tone, db.verdict.label)}`;
    if (db.path !== null) yield `    path:    ${db.path}`;
    if (db.state !== null) yield `    state:   ${db.state}`;
    if (db.anchor !== null) yield `    anchor:  ${db.anchor.long}`;
    if (db.logRequired !== null) yield `    Log Required: ${db.logRequired}`;
    if (db.replayRange !== null) yield `    replay:  ${db.replayRange}`;
    if (db.verdict.summary !== '') yield `    ${db.verdict.summary}`;
  }

  for (const stream of view.streams) {
    yield '';
    yield `${p.bold(stream.title)}  ${stream.range ?? 'no logs captured'}`;
    yield `  ${stream.statusText || 'no logs'}`;
    for (const row of stream.signatureRows) {
      if (row.tone === 'good' || row.tone === 'neutral') continue;
      yield `  ${p.tone(row.tone, row.statusLabel.padEnd(20))} ${row.generations}  ${row.fileText}`;
    }
    for (const event of stream.events) {
      const who = event.database !== null ? ` ${event.database}` : '';
      yield `  ${p.tone('bad', event.label.padEnd(20))} at ${event.generation.long}${who}`;
    }
  }

  yield '';
  yield p.bold('Findings');
  if (view.findingGroups.length === 0) yield '  none';
  for (const group of view.findingGroups) {
    for (const finding of group.findings) yield* findingLines(finding, p, group.tone);
  }

  yield '';
  yield p.bold('Plan');
  if (view.plan.length === 0) yield '  no steps';
  for (const step of view.plan) {
    yield `  ${String(step.step).padStart(2)}. ${step.text}`;
    for (const command of step.commands) yield `        ${p.bold(command)}`;
    if (step.files.length > 0) yield p.dim(`      files: ${step.files.join(', ')}`);
  }

  yield '';
  yield p.dim(`Inputs: ${view.inputsText}`);
  for (const input of view.inputs) {
    if (input.problem !== null) yield `  ${p.tone('warn', input.name)}: ${input.problem}`;
  }
}

function findingLines(finding: FindingView, p: Paint, tone: Tone): string[] {
  const lines = [
    `  ${p.tone(tone, SEVERITY_WORDS[finding.severity].padEnd(7))} ${p.bold(finding.rule)}: ${finding.message}${
      finding.undetermined ? ' (undetermined)' : ''
    }${finding.kb !== null ? ` ${p.dim(`[${finding.kb}]`)}` : ''}`,
  ];
  if (finding.subjects.length > 0) lines.push(p.dim(`          subjects: ${finding.subjectsText}`));
  for (const evidence of finding.evidence) lines.push(p.dim(`          ${evidence.display}`));
  return lines;
}

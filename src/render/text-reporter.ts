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

export function renderText(view: ReportView, color: boolean): string {
  const p = paint(color);
  const out: string[] = [];

  // The JSON report's summary, word for word: the label, what to fix first, then the sentence.
  out.push(`${p.bold(p.tone(view.verdict.tone, view.verdict.headline))} — ${view.verdict.summary}`);
  out.push(p.dim(view.countsText));

  for (const db of view.databases) {
    out.push('');
    out.push(`  ${p.bold(db.name)}  ${p.tone(db.verdict.tone, db.verdict.label)}`);
    if (db.path !== null) out.push(`    path:    ${db.path}`);
    if (db.state !== null) out.push(`    state:   ${db.state}`);
    if (db.anchor !== null) out.push(`    anchor:  ${db.anchor.long}`);
    if (db.logRequired !== null) out.push(`    Log Required: ${db.logRequired}`);
    if (db.replayRange !== null) out.push(`    replay:  ${db.replayRange}`);
    if (db.verdict.summary !== '') out.push(`    ${db.verdict.summary}`);
  }

  for (const stream of view.streams) {
    out.push('');
    out.push(`${p.bold(stream.title)}  ${stream.range ?? 'no logs captured'}`);
    out.push(`  ${stream.statusText || 'no logs'}`);
    for (const row of stream.signatureRows) {
      if (row.tone === 'good' || row.tone === 'neutral') continue;
      out.push(`  ${p.tone(row.tone, row.statusLabel.padEnd(20))} ${row.generations}  ${row.fileText}`);
    }
    for (const event of stream.events) {
      const who = event.database !== null ? ` ${event.database}` : '';
      out.push(`  ${p.tone('bad', event.label.padEnd(20))} at ${event.generation.long}${who}`);
    }
  }

  out.push('');
  out.push(p.bold('Findings'));
  if (view.findingGroups.length === 0) out.push('  none');
  for (const group of view.findingGroups) {
    for (const finding of group.findings) out.push(...findingLines(finding, p, group.tone));
  }

  out.push('');
  out.push(p.bold('Plan'));
  if (view.plan.length === 0) out.push('  no steps');
  for (const step of view.plan) {
    out.push(`  ${String(step.step).padStart(2)}. ${step.text}`);
    for (const command of step.commands) out.push(`        ${p.bold(command)}`);
    if (step.files.length > 0) out.push(p.dim(`      files: ${step.files.join(', ')}`));
  }

  out.push('');
  out.push(p.dim(`Inputs: ${view.inputsText}`));
  for (const input of view.inputs) {
    if (input.problem !== null) out.push(`  ${p.tone('warn', input.name)}: ${input.problem}`);
  }
  return `${out.join('\n')}\n`;
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

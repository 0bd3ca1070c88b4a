/**
 * Properties every restore plan keeps, checked on the plan `esereport check` prints for every
 * sample (issue 13 "Done when"; issue 20: `commands` beside the prose): no step copies one file
 * onto another's path, and every command pastes into cmd.exe or the Exchange Management Shell as
 * printed — no placeholder, no unknown name, every path quoted.
 */
import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../src/domain/log-names.js';
import type { PlanStep } from '../../src/verdict/types.js';
import { checkSample, SAMPLE_FOLDERS } from './plan-helpers.js';

/** The quoted arguments of a command, in order (`"…"` for cmd.exe, `'…'` for PowerShell). */
function quotedArguments(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'((?:[^']|'')*)'/g)].map((m) => m[1] ?? m[2]!);
}

/** What stays of a command once its quoted arguments are taken out. */
function unquoted(command: string): string {
  return command.replace(/"[^"]*"|'(?:[^']|'')*'/g, '""');
}

/** `copy "A" "B"` / `move "A" "B"` / `ren "A" "B"`: source and destination as typed. */
function transfer(command: string): { verb: string; from: string; to: string } | undefined {
  const verb = /^(?:if exist "[^"]*" )?(copy|move|ren)\b/i.exec(command)?.[1]?.toLowerCase();
  if (!verb) return undefined;
  const body = command.replace(/^if exist "[^"]*" /i, '');
  const args = quotedArguments(body);
  const tail = body.replace(/"[^"]*"/g, '').trim().split(/\s+/).slice(1);
  const [from, to] = args.length >= 2 ? args : [args[0] ?? '', tail[tail.length - 1] ?? ''];
  return { verb, from: from!, to: to! };
}

const DATABASE_FILE = /\.(edb|stm|dit)$/i;

describe.each(SAMPLE_FOLDERS)('the plan of sample %s', (folder) => {
  it('keeps each step as its prose line followed by its commands, and pastes as printed', async () => {
    const report = await checkSample(folder);
    for (const step of report.plan) {
      const [prose, ...commands] = step.text.split('\n');
      expect(commands).toEqual(step.commands);
      expect(prose!.trim()).not.toBe('');
      for (const command of step.commands) {
        expect(command, `step ${step.step}: ${command}`).not.toMatch(/[<>]/);
        expect(command, `step ${step.step}: ${command}`).not.toMatch(/unknown/i);
        // Every absolute path and every database or log file name is inside quotes.
        expect(unquoted(command), `step ${step.step}: ${command}`).not.toMatch(/[a-z]:\\|\.(edb|stm|dit|log|chk)\b/i);
      }
    }
  });

  it('never copies, moves or renames one file onto another file’s path', async () => {
    const report = await checkSample(folder);
    for (const step of report.plan) {
      for (const command of step.commands) {
        const t = transfer(command);
        if (!t) continue;
        if (t.to.endsWith('\\')) continue; // into a folder: the name stays
        const from = fileNameOf(t.from).toLowerCase();
        const to = fileNameOf(t.to).toLowerCase();
        if (t.verb === 'ren') {
          // Q296787 step 7 and Q237767: only a log takes another log's name.
          expect(from, command).toMatch(/\.log$/);
          expect(to, command).toMatch(/\.log$/);
          continue;
        }
        // A file keeps its name; one moved aside may only gain a suffix.
        expect(to === from || (t.verb === 'move' && to.startsWith(`${from}.`)), `step ${step.step}: ${command}`).toBe(true);
      }
    }
  });

  it('restores each database file only to a path of its own name (an .stm never onto an .edb)', async () => {
    const report = await checkSample(folder);
    const restoring = report.plan.filter((s: PlanStep) => s.action === 'restore-database' || s.action === 'move-aside');
    for (const step of restoring) {
      const named = new Set(step.files.map((f) => fileNameOf(f).toLowerCase()));
      const paths = step.text.match(/[a-z]:\\[^"(),;:]*?\.(edb|stm|dit)\b/gi) ?? [];
      for (const path of paths.filter((p) => DATABASE_FILE.test(p))) {
        if (named.size === 0) continue;
        expect(named.has(fileNameOf(path).toLowerCase()), `step ${step.step}: ${path} in "${step.text.split('\n')[0]}"`).toBe(true);
      }
    }
  });
});

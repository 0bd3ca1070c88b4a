/** Help text at 80 columns (cmd.exe's default window): no line wider, no example command broken. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, HELP_WIDTH } from '../../src/cli/command-line.js';
import { runCli } from './harness.js';

const COMMANDS = [[], ['check'], ['parse'], ['explain'], ['logname'], ['collect']] as const;

describe('help', () => {
  it('is 80 columns wide', () => {
    expect(HELP_WIDTH).toBe(80);
  });

  it.each(COMMANDS.map((words) => [words.join(' ') || '(no command)', words] as const))('%s --help: no line over 80 columns, every example command whole on its own line', async (_name, words) => {
    const run = await runCli([...words, '--help']);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.length > HELP_WIDTH)).toEqual([]);
    const examples = EXAMPLES[words[0] ?? 'check']!;
    expect(examples.length).toBeGreaterThan(0);
    for (const [command] of examples) expect(lines).toContain(`  ${command}`);
  });
});

import { defineRule } from './define.js';

/** SPEC §3: nothing is dropped without a trace. */
export const unrecognizedInput = defineRule({
  id: 'unrecognized-input',
  title: 'Input text not recognized',
  defaultSeverity: 'warning',
  kb: 'SPEC §3',
  description: 'Input text that is not a recognized dump, with its line range. (An input that gave no text, such as a binary file, is reported in the inputs summary.)',
  remedy: 'Check that these lines are not a capture the verdict needs; re-capture with the eseutil switch named.',
  messages: {
    unrecognized: '{{input}}: {{lines}} not recognized ({{where}}).',
  },
  check({ evidence }, report) {
    for (const input of evidence.inputs) {
      if (input.unrecognized.length === 0) continue;
      const ranges = input.unrecognized.map((r) => (r.startLine === r.endLine ? `${r.startLine}` : `${r.startLine}–${r.endLine}`));
      const lines = input.unrecognized.reduce((n, r) => n + r.endLine - r.startLine + 1, 0);
      report({
        subjects: [input.name],
        messageId: 'unrecognized',
        data: {
          input: input.name,
          lines: `${lines} line${lines === 1 ? '' : 's'}`,
          where: `line${ranges.length === 1 && !ranges[0]!.includes('–') ? '' : 's'} ${ranges.slice(0, 12).join(', ')}${ranges.length > 12 ? ', …' : ''}`,
        },
        evidence: input.unrecognized.slice(0, 10).map((r) => ({ input: r.input, line: r.startLine, text: r.firstLine })),
      });
    }
  },
});

import { defineRule } from './define.js';

/** ese-format §3: eseutil's own whole-stream check (`eseutil /ml E00`). */
export const eseutilReported = defineRule({
  id: 'eseutil-reported',
  title: "eseutil's stream check reports a problem",
  defaultSeverity: 'error',
  kb: 'ese-format §3 (eseutil /ml <base>); Q296787 roll-forward step 8',
  description: 'An ERROR: or Missing log file(s) line printed by eseutil /ml or /k on a base name.',
  remedy: 'Deal with the log it names (missing, damaged, other signature) before replay.',
  messages: {
    fileProblem: 'eseutil reports for {{file}}: {{line}}',
    streamProblem: 'eseutil reports for base name {{baseName}}: {{line}}',
  },
  check({ model, evidence }, report) {
    for (const check of evidence.streamChecks) {
      const stream = model.streams.find((s) => s.streamChecks.includes(check))?.id;
      for (const problem of check.problems) {
        report({
          subjects: problem.file ? [problem.file] : [check.baseName ?? 'log stream'],
          ...(stream ? { stream } : {}),
          ...(problem.file
            ? { messageId: 'fileProblem', data: { file: problem.file, line: problem.at.text } }
            : { messageId: 'streamProblem', data: { baseName: check.baseName ?? '?', line: problem.at.text } }),
          evidence: [problem.at],
        });
      }
    }
  },
});

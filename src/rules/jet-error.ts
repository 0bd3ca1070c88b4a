import { findJetError, jetCodeForms } from '../domain/jet-errors.js';
import { defineRule } from './define.js';

/** ese-format §0.3, §8; Q237767 (JET error forms -530 / 4294966766 / 0xfffffdee). */
export const jetError = defineRule({
  id: 'jet-error',
  title: 'eseutil ended with an error',
  defaultSeverity: 'error',
  kb: 'Q237767 (JET error codes); ese-format §0.3, §8',
  description: 'A dump ended in "Operation terminated with error -N": its name, signed, unsigned and hex forms, and what it means for the restore.',
  remedy: 'Follow the advice for the error code, then capture the command again.',
  messages: {
    noErrorCode: '{{subject}}: eseutil terminated unsuccessfully without an error code: {{line}}',
    jetError: '{{subject}}: error {{signed}} {{name}} ({{unsigned}}, {{hex}}){{meaning}}.{{advice}}',
  },
  check({ evidence }, report) {
    for (const footer of evidence.errorFooters) {
      const subject = footer.file ?? footer.mode ?? footer.dumpKind;
      if (!footer.error) {
        report({
          subjects: [subject],
          messageId: 'noErrorCode',
          data: { subject, line: footer.at.text },
          evidence: [footer.at],
        });
        continue;
      }
      const forms = jetCodeForms(footer.error.code);
      const info = findJetError(footer.error.code);
      const name = footer.error.name ?? info?.name ?? 'unknown JET error';
      const description = footer.error.description ?? info?.description;
      report({
        subjects: [subject],
        messageId: 'jetError',
        data: {
          subject,
          signed: forms.signed,
          name,
          unsigned: forms.unsigned,
          hex: forms.hex,
          meaning: description ? `: ${description}` : '',
          advice: info ? ` ${info.restoreAdvice}` : '',
        },
        evidence: [footer.at],
      });
    }
  },
});

import { defineRule } from './define.js';

/** Q296787 backup step 6 (Esefile), Q237767: 0 bad checksums and 0 wrong page numbers in a healthy copy. */
export const pageChecksum = defineRule({
  id: 'page-checksum',
  title: 'Page checksum errors',
  defaultSeverity: 'error',
  kb: 'Q296787 backup step 6 (esefile); Q237767 backup step 7; ese-format §5',
  description:
    'esefile /s, /x or eseutil /k reports bad checksums or wrong page numbers: this database copy is damaged. Uninitialized pages are normal.',
  remedy: 'Restore a previous backup that is known to be good and roll it forward.',
  messages: {
    damaged: '{{file}}: {{badChecksums}}, {{wrongPageNumbers}}{{pages}}{{errorLines}}: this copy is damaged; restore a known-good backup and roll forward.',
  },
  check({ evidence, model }, report) {
    for (const run of evidence.checksums) {
      const bad = run.badChecksums ?? 0;
      const wrong = run.wrongPageNumbers ?? 0;
      if (bad === 0 && wrong === 0 && !(run.pageErrorCount > 0 && run.badChecksums === undefined)) continue;
      const stream = model.databases.find((m) => m.db.nameKey === run.nameKey)?.stream?.id;
      report({
        subjects: [run.file],
        ...(stream ? { stream } : {}),
        messageId: 'damaged',
        data: {
          file: run.file,
          badChecksums: `${bad} bad checksum${bad === 1 ? '' : 's'}`,
          wrongPageNumbers: `${wrong} wrong page number${wrong === 1 ? '' : 's'}`,
          pages: run.pagesSeen !== undefined ? ` in ${run.pagesSeen} pages` : '',
          errorLines: run.pageErrorCount ? `, ${run.pageErrorCount} page error line${run.pageErrorCount === 1 ? '' : 's'}` : '',
        },
        evidence: [...run.lines, run.at],
      });
    }
  },
});

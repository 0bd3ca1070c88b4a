import { defineRule } from './define.js';
import { describeGeneration, listedWrongSize, singlesOf, wrongSizeMembers } from '../model/index.js';

/** ese-format §2.2–§3: `ERROR: Log damaged`, `CORRUPTION DETECTED`, -501 JET_errLogFileCorrupt. */
export const logDamaged = defineRule({
  id: 'log-damaged',
  title: 'Damaged log',
  defaultSeverity: 'error',
  kb: 'ese-format §2.2, §3 (-501 JET_errLogFileCorrupt); Q296787 roll-forward step 5',
  description: 'A log failed its integrity check: replay stops before it.',
  remedy: 'Find an undamaged copy of this generation in another log backup; otherwise replay stops at the log before it.',
  messages: {
    damaged: '{{file}}{{where}} is damaged{{damage}}{{stops}}.',
    wrongSize:
      '{{file}}{{where}} has {{size}} in the dir listing of {{folder}} ({{input}} line {{line}}){{expected}}: eseutil refuses a log of the wrong size (-541 JET_errLogFileSizeMismatch, ese-format §7.2){{stops}}. Find a good copy of it in another log backup.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      // A damaged log is never a run member: the single entries and the foreign logs are all there
      // is to look at — and the run members a `dir` listing shows at the wrong size (issue 16).
      for (const log of [...wrongSizeMembers(s, singlesOf(s.entries)), ...s.intruders]) {
        // A run member is made anew where it is asked for: the same log is the same file and generation.
        const stopLog = s.chain?.stop?.kind === 'log-damaged' ? s.chain.stop.log : undefined;
        const stops = stopLog !== undefined && (stopLog === log || (stopLog.fileKey === log.fileKey && stopLog.generation === log.generation && stopLog.folder === log.folder));
        const where = log.generation !== undefined ? ` (${log.generation}, 0x${log.generation.toString(16).toUpperCase()})` : '';
        const wrongSize = log.integrity !== 'failed' && s.wrongSizeLogs.length > 0 ? listedWrongSize(s, log) : undefined;
        if (wrongSize !== undefined) {
          const { listed, expectedSize } = wrongSize;
          report({
            subjects: [log.file],
            stream: s.id,
            messageId: 'wrongSize',
            data: {
              file: log.file,
              where,
              size: `${listed.size.toLocaleString('en-US')} bytes`,
              folder: listed.directory ?? 'its folder',
              input: listed.at.input,
              line: listed.at.line,
              expected: expectedSize !== undefined ? `, not the ${expectedSize.toLocaleString('en-US')} bytes of the other logs of this stream` : '',
              stops: stops ? `; replay stops at ${describeGeneration(s, s.chain!.through)}` : '',
            },
            evidence: [listed.at, log.fileAt],
          });
          continue;
        }
        if (log.integrity !== 'failed') continue;
        report({
          subjects: [log.file],
          stream: s.id,
          messageId: 'damaged',
          data: { file: log.file, where, damage: log.damageAt ? `: ${log.damageAt.text}` : '', stops: stops ? `; replay stops at ${describeGeneration(s, s.chain!.through)}` : '' },
          evidence: [log.damageAt, log.fileAt],
        });
      }
    }
  },
});

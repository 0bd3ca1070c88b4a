import { defineRule } from './define.js';
import { describeGeneration, singlesOf } from '../model/index.js';

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
  },
  check({ model }, report) {
    for (const s of model.streams) {
      // A damaged log is never a run member: the single entries and the foreign logs are all there is to look at.
      for (const log of [...singlesOf(s.entries), ...s.intruders]) {
        if (log.integrity !== 'failed') continue;
        const stops = s.chain?.stop?.kind === 'log-damaged' && s.chain.stop.log === log;
        const where = log.generation !== undefined ? ` (${log.generation}, 0x${log.generation.toString(16).toUpperCase()})` : '';
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

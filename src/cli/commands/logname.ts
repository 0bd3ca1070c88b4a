/**
 * `esereport logname <generation|file>`: generation ↔ log file name in every era
 * (ese-format.md §7.2; KB Q296787 "log files are numbered hexadecimally": 4815 → Edb012cf.log).
 */
import {
  eraLogFileNames,
  generationHex,
  MAX_FIVE_DIGIT_GENERATION,
  parseLogFileName,
} from '../../domain/log-names.js';
import { UsageError } from '../errors.js';

/** Largest generation an 8-digit name holds. */
const MAX_GENERATION = 0xffffffff;

/** `4815` or `0x12CF` → 4815; undefined when the text is not a generation. */
export function parseGeneration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const hex = /^0x([0-9a-f]+)$/i.exec(t);
  return hex?.[1] !== undefined ? parseInt(hex[1], 16) : undefined;
}

function describeGeneration(generation: number): string {
  if (generation < 1 || generation > MAX_GENERATION) {
    throw new UsageError(`${generation} is not a log generation: generations run from 1 to 4294967295 (0xFFFFFFFF)`);
  }
  const names = eraLogFileNames(generation);
  const fiveDigits = generation <= MAX_FIVE_DIGIT_GENERATION;
  const beyond = '(none: past 0xFFFFF, the last 5-digit generation)';
  return [
    `Generation ${generation} (0x${generationHex(generation)})`,
    `  Exchange 5.5:             ${fiveDigits ? names.exchange55 : beyond}`,
    `  Exchange 2000/2003:       ${fiveDigits ? names.exchange2000 : beyond}`,
    `  Exchange 2007 and later:  ${names.exchange2007}`,
    '',
  ].join('\n');
}

function describeFile(text: string): string | undefined {
  // A numbered name without its extension (`Edb012cf`) is still a log name.
  const bareNumbered = /^[a-z0-9]{3}(?:[0-9a-f]{5}|[0-9a-f]{8})$/i.test(text);
  const log = parseLogFileName(bareNumbered ? `${text}.log` : text);
  if (!log) return undefined;
  const file = bareNumbered ? text : log.name;
  switch (log.kind) {
    case 'numbered':
      return `${file} is log generation ${log.generation} (0x${generationHex(log.generation!)}) of stream ${log.baseName}\n`;
    case 'current':
      return (
        `${file} is the current log of stream ${log.baseName}: its generation is not in its name. ` +
        `Run \`eseutil /ml ${file}\` and read lGeneration; it must be the highest numbered generation + 1.\n`
      );
    case 'reserve':
      return `${file} is a reserve log: it is never backed up nor replayed.\n`;
    case 'temp':
      return `${file} is the log being created: it is never backed up nor replayed.\n`;
  }
}

export function lognameText(value: string): string {
  const generation = parseGeneration(value);
  if (generation !== undefined) return describeGeneration(generation);
  const described = describeFile(value.trim());
  if (described !== undefined) return described;
  throw new UsageError(
    `${value} is neither a log generation (4815, 0x12CF) nor a log file name (Edb012cf.log, E00000012CF.log)`,
  );
}

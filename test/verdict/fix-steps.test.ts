/**
 * The plan steps a roll-forward verdict depends on (KB Q296787 roll-forward steps 6–9): the
 * steps that move aside, rename, remove ceiling logs or move the checkpoint for a file an error
 * finding names.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/rules/types.js';
import { fixSteps } from '../../src/verdict/fix-steps.js';
import type { PlanStep } from '../../src/verdict/types.js';

const error = (rule: Finding['rule'], subjects: string[], message: string): Finding => ({
  rule,
  severity: 'error',
  message,
  subjects,
  evidence: [],
  kb: 'Q296787',
});

/** The runbook of samples/55-no-edb-log-ceiling (src/verdict/plan.ts). */
const plan: PlanStep[] = [
  { step: 1, action: 'stop-service', text: 'Stop the database service:\nnet stop MSExchangeIS', files: [], commands: [] },
  { step: 2, action: 'rename', text: 'Rename the last log of the chain, Edb012d4.log (4820, 0x12D4), to Edb.log:\nren Edb012d4.log Edb.log', files: ['Edb012d4.log'], commands: [] },
  { step: 3, action: 'remove-ceiling', text: 'Move aside the 2 logs above generation 4820:\nmd aside\nmove Edb012d6.log aside\\\nmove Edb012d7.log aside\\', files: ['Edb012d6.log', 'Edb012d7.log'], commands: [] },
  { step: 4, action: 'move-checkpoint', text: 'Make sure no Edb.chk is in the working path (move it aside if there is one).', files: [], commands: [] },
  { step: 5, action: 'restore-database', text: 'Copy the backup of priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb.', files: ['priv.edb'], commands: [] },
  { step: 6, action: 'start-service', text: 'Start the database service:\nnet start MSExchangeIS', files: [], commands: [] },
];

const gap = error('generation-gap', ['Edb012d5.log'], 'Missing generation Edb012d5.log (4821, 0x12D5): replay stops at Edb012d4.log (4820, 0x12D4).');
const current = error('current-log', ['Edb012d4.log'], 'No Edb.log of this stream was captured: rename the chain\'s highest log Edb012d4.log (4820, 0x12D4) to Edb.log.');
const ceiling = error('ceiling-logs', ['Edb012d6.log', 'Edb012d7.log'], '2 logs above Edb012d4.log (4820, 0x12D4) must be moved aside: Edb012d6.log, Edb012d7.log.');

describe('fixSteps', () => {
  it('names the rename and the ceiling steps an error asks for, not the precautions', () => {
    expect(fixSteps('roll-forward-partial', [gap, current, ceiling], plan)).toEqual([2, 3]);
  });

  it('finds the rename target in the message when the subject is the wrong current log', () => {
    const wrong = error('current-log', ['Edb.log'], 'Edb.log has lGeneration 4829 (0x12DD), but the replay chain ends at Edb012d4.log (4820, 0x12D4): it must be 4821 to stay. Move Edb.log aside; rename Edb012d4.log to Edb.log.');
    expect(fixSteps('roll-forward', [wrong], plan)).toEqual([2]);
  });

  it('matches a checkpoint moved by its full path to the finding that names its file', () => {
    const checkpoint = error('checkpoint-present', ['edb.chk'], 'edb.chk checkpoint (4826,4410,88) points to Edb012da.log (4826, 0x12DA), past the low anchor. Move E:\\exchsrvr\\mdbdata\\edb.chk away before starting.');
    const moves: PlanStep[] = [
      plan[0]!,
      { step: 2, action: 'move-checkpoint', text: 'Move the checkpoint file out of the working path:\nmd aside\nmove E:\\exchsrvr\\mdbdata\\edb.chk aside\\', files: ['E:\\exchsrvr\\mdbdata\\edb.chk'], commands: [] },
      { step: 3, action: 'restore-database', text: 'Copy the backup of priv.edb.', files: ['priv.edb'], commands: [] },
    ];
    expect(fixSteps('roll-forward', [checkpoint], moves)).toEqual([2]);
  });

  it('names nothing without an error, and nothing when no log replays', () => {
    const warning: Finding = { ...ceiling, severity: 'warning' };
    expect(fixSteps('roll-forward', [warning], plan)).toEqual([]);
    // A point-in-time restore moves every log aside because of its error: that is the restore itself.
    expect(fixSteps('point-in-time', [gap, current, ceiling], plan)).toEqual([]);
    expect(fixSteps('not-restorable', [current], plan)).toEqual([]);
  });

  it('leaves out a step whose action fixes nothing, even when it names the file', () => {
    const damaged = error('page-checksum', ['priv.edb'], 'priv.edb: 2 bad checksums.');
    expect(fixSteps('roll-forward', [damaged], plan)).toEqual([]);
  });
});

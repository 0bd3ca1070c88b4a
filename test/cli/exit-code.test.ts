import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-code.js';

const run = { recognizedDumps: 3, inputFailed: false, verdicts: ['roll-forward'] } as const;

describe('exitCodeFor (SPEC §8: the first that applies)', () => {
  it('is 0 when every verdict rolls forward and no finding reaches --fail-on error', () => {
    expect(exitCodeFor({ ...run, severities: ['warning', 'info'], failOn: 'error' })).toBe(0);
  });
  it('is 1 when an error finding exists and --fail-on is error', () => {
    expect(exitCodeFor({ ...run, severities: ['info', 'error'], failOn: 'error' })).toBe(1);
  });
  it('is 1 for a warning with --fail-on warning', () => {
    expect(exitCodeFor({ ...run, severities: ['warning'], failOn: 'warning' })).toBe(1);
  });
  it('is 0 for info findings with --fail-on warning', () => {
    expect(exitCodeFor({ ...run, severities: ['info'], failOn: 'warning' })).toBe(0);
  });
  it.each(['roll-forward-partial', 'point-in-time', 'not-restorable'] as const)('is 1 for a %s verdict without any finding', (kind) => {
    expect(exitCodeFor({ ...run, verdicts: ['roll-forward', kind], severities: [], failOn: 'error' })).toBe(1);
  });
  it('is 3 when a verdict is undetermined and nothing is worse', () => {
    expect(exitCodeFor({ ...run, verdicts: ['undetermined', 'roll-forward'], severities: ['warning'], failOn: 'error' })).toBe(3);
  });
  it('is 1, not 3, when one database is undetermined and another is point in time', () => {
    expect(exitCodeFor({ ...run, verdicts: ['undetermined', 'point-in-time'], severities: [], failOn: 'error' })).toBe(1);
  });
  it('is 1, not 3, when undetermined with a finding at --fail-on warning', () => {
    expect(exitCodeFor({ ...run, verdicts: ['undetermined'], severities: ['warning'], failOn: 'warning' })).toBe(1);
  });
  it('is 0 with --fail-on never, whatever the findings and verdicts', () => {
    expect(exitCodeFor({ ...run, verdicts: ['not-restorable', 'undetermined'], severities: ['error'], failOn: 'never' })).toBe(0);
  });
  it('is 2 when nothing was recognized in any input, even with --fail-on never', () => {
    expect(exitCodeFor({ recognizedDumps: 0, inputFailed: false, verdicts: ['undetermined'], severities: [], failOn: 'never' })).toBe(2);
  });
  it('is 2 when an input could not be read, before findings and verdicts count', () => {
    expect(exitCodeFor({ recognizedDumps: 5, inputFailed: true, verdicts: ['not-restorable'], severities: ['error'], failOn: 'error' })).toBe(2);
  });
});

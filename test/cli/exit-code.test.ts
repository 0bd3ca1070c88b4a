import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-code.js';

const run = { recognizedDumps: 3, inputFailed: false } as const;

describe('exitCodeFor', () => {
  it('is 0 when no finding reaches --fail-on error', () => {
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
  it('is 0 with --fail-on never, whatever the findings', () => {
    expect(exitCodeFor({ ...run, severities: ['error'], failOn: 'never' })).toBe(0);
  });
  it('is 2 when nothing was recognized in any input, even with --fail-on never', () => {
    expect(exitCodeFor({ recognizedDumps: 0, inputFailed: false, severities: [], failOn: 'never' })).toBe(2);
  });
  it('is 2 when an input could not be read, before findings count', () => {
    expect(exitCodeFor({ recognizedDumps: 5, inputFailed: true, severities: ['error'], failOn: 'error' })).toBe(2);
  });
});

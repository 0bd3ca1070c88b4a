import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { RULE_IDS, RULE_META } from '../../src/rules/meta.js';

describe('rule index and metadata (SPEC §5)', () => {
  it('runs every rule id once, in the order of RULE_IDS', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('has metadata for every rule id with the SPEC severities', () => {
    expect(Object.keys(RULE_META).sort()).toEqual([...RULE_IDS].sort());
    const severities = Object.fromEntries(RULE_IDS.map((id) => [id, RULE_META[id].defaultSeverity]));
    expect(severities).toEqual({
      'db-not-clean': 'error', 'anchor-log': 'info', 'anchor-missing': 'error', 'generation-gap': 'error',
      'name-generation-mismatch': 'error', 'current-log': 'error', 'ceiling-logs': 'error', 'log-signature-mismatch': 'error',
      'db-log-signature-mismatch': 'error', 'db-signature-mismatch': 'error', 'db-signature-change': 'error', 'path-change': 'error',
      'restore-path': 'info', 'checkpoint-present': 'error', 'log-truncation': 'info', 'circular-logging': 'error',
      'page-checksum': 'error', 'log-damaged': 'error', 'eseutil-reported': 'error', 'jet-error': 'error',
      'repair-count': 'warning', 'reserved-logs': 'info', 'duplicate-log': 'warning', 'unrecognized-input': 'warning',
      'log-sequence': 'error', 'ese-header': 'warning',
    });
  });

  it('cites a KB step or ese-format section in every rule', () => {
    const uncited = RULE_IDS.filter((id) => !/Q\d{6}|ese-format|ese-binary|SPEC/.test(RULE_META[id].kb));
    expect(uncited).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { RULE_IDS, RULE_META } from '../../src/rules/meta.js';
import reportSchema from '../../src/verdict/report.schema.json' with { type: 'json' };

describe('rule index and metadata (SPEC §5)', () => {
  it('runs every rule of SPEC §5 once, in its order (RULE_IDS is derived from RULES)', () => {
    expect(RULE_IDS).toEqual([
      'db-not-clean', 'anchor-log', 'anchor-missing', 'generation-gap', 'name-generation-mismatch', 'current-log', 'ceiling-logs',
      'log-signature-mismatch', 'db-log-signature-mismatch', 'db-signature-mismatch', 'db-signature-change', 'path-change',
      'restore-path', 'checkpoint-present', 'log-truncation', 'circular-logging', 'page-checksum', 'log-damaged',
      'eseutil-reported', 'jet-error', 'repair-count', 'reserved-logs', 'duplicate-log', 'unrecognized-input', 'log-sequence',
      'ese-header',
    ]);
    expect(RULES.map((r) => r.id)).toEqual(RULE_IDS);
  });

  it('lets the JSON report schema name every rule id and internal-error, in that order', () => {
    expect(reportSchema.$defs.ruleId.enum).toEqual([...RULE_IDS, 'internal-error']);
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

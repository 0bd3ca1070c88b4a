/**
 * Every rule reports a messageId it declares, with the data of every placeholder (ESLint's
 * meta.messages): checked for every rule, over every report call in its source (not only the
 * ones a sample reaches), at compile time by the types of define.ts, and at run time by
 * formatMessage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, formatMessage, runRule, type Placeholders } from '../../src/rules/define.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleContext } from '../../src/rules/define.js';

const SOURCE = join(import.meta.dirname, '..', '..', 'src', 'rules');

/** The messageIds a rule's source reports: the string literals of each `messageId:` expression. */
function messageIdsUsed(id: string): string[] {
  const source = readFileSync(join(SOURCE, `${id}.ts`), 'utf8');
  const expressions = [...source.matchAll(/messageId: ([^\n]+)/g)].map((m) => m[1]!.replace(/,\s*$/, ''));
  return [...new Set(expressions.flatMap((e) => [...e.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]!)))].sort();
}

const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))];

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('reports exactly the messageIds it declares', () => {
    expect(messageIdsUsed(id)).toEqual(Object.keys(rule.messages).sort());
  });

  it('writes every placeholder as {{name}}, and no other brace', () => {
    for (const template of Object.values(rule.messages)) {
      expect(template.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[{}]{2}/);
    }
  });

  it('names each placeholder as a data key in its source (each call is checked by the types of define.ts)', () => {
    const source = readFileSync(join(SOURCE, `${id}.ts`), 'utf8');
    for (const [messageId, template] of Object.entries(rule.messages)) {
      // The data object of a call names each placeholder as a key (`db:`) or shorthand (`db,` / `db }`).
      const missing = placeholders(template).filter((name) => !new RegExp(`[{,\\s]${name}(:|,|\\s*\\})`).test(source));
      expect([messageId, missing]).toEqual([messageId, []]);
    }
  });
});

describe('formatMessage and runRule', () => {
  it('fills each placeholder, as often as it appears', () => {
    expect(formatMessage('Move {{file}} aside; {{file}} is {{n}} logs.', { file: 'Edb.log', n: 3 })).toBe('Move Edb.log aside; Edb.log is 3 logs.');
  });

  it('throws on a placeholder without data (runRules turns it into an internal-error finding)', () => {
    expect(() => formatMessage('{{db}} is {{state}}', { db: 'priv.edb' })).toThrow('message placeholder {{state}} has no data');
  });

  it('throws on a messageId the rule does not declare', () => {
    const rule = defineRule({
      id: 'probe', title: 'Probe', defaultSeverity: 'info', kb: 'SPEC §5', description: 'Probe.', remedy: 'None.',
      messages: { known: 'Known.' },
      check(_, report) {
        // @ts-expect-error -- an undeclared messageId does not compile
        report({ messageId: 'unknown', subjects: [], evidence: [] });
      },
    });
    expect(() => runRule(rule, {} as RuleContext)).toThrow('unknown messageId "unknown"');
  });

  it('does not compile a report that misses a placeholder', () => {
    const rule = defineRule({
      id: 'probe', title: 'Probe', defaultSeverity: 'info', kb: 'SPEC §5', description: 'Probe.', remedy: 'None.',
      messages: { two: '{{a}} and {{b}}' },
      check(_, report) {
        // @ts-expect-error -- data.b is missing
        report({ messageId: 'two', data: { a: 1 }, subjects: [], evidence: [] });
      },
    });
    expect(() => runRule(rule, {} as RuleContext)).toThrow('message placeholder {{b}} has no data');
    const names: Placeholders<'{{a}} and {{b}}'>[] = ['a', 'b'];
    expect(names).toEqual(['a', 'b']);
  });
});

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { SCHEMA_VERSION, type AstDocument } from '../../src/ast/types.js';
import { readSample, textCaptures } from '../support/samples.js';

const schema = JSON.parse(readFileSync(new URL('../../src/ast/ast.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function documentOf(...inputs: AstDocument['inputs']): AstDocument {
  return { schemaVersion: SCHEMA_VERSION, inputs };
}

describe('the AST JSON Schema (src/ast/ast.schema.json)', () => {
  it('accepts the AST of every sample capture', () => {
    const captures = textCaptures();
    expect(captures.length).toBeGreaterThan(60);
    for (const capture of captures) {
      const ok = validate(JSON.parse(JSON.stringify(documentOf(readSample(capture)))));
      expect(validate.errors ?? [], capture).toEqual([]);
      expect(ok, capture).toBe(true);
    }
  });

  it('rejects a dump with a property its kind does not have', () => {
    const input = parseCaptureText({ name: 'x.txt', text: '      lGeneration (4815)\n' });
    const doc = JSON.parse(JSON.stringify(documentOf(input))) as { inputs: { dumps: Record<string, unknown>[] }[] };
    doc.inputs[0]!.dumps[0]!['state'] = 'Consistent';
    expect(validate(doc)).toBe(false);
  });

  it('rejects a log position printed in a radix other than 10 or 16', () => {
    const input = parseCaptureText({ name: 'x.txt', text: '   Last Consistent: (4815,7337,362)  8/6/1999 20:46:33\n' });
    const doc = JSON.parse(JSON.stringify(documentOf(input))) as { inputs: { dumps: { lastConsistent: { radix: number } }[] }[] };
    doc.inputs[0]!.dumps[0]!.lastConsistent.radix = 8;
    expect(validate(doc)).toBe(false);
  });
});

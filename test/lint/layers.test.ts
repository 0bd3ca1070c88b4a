/**
 * The layer map (issue 15) is enforced by ESLint's no-restricted-imports (eslint.config.js): a
 * file may import from its own layer or a lower one only. Fixtures are linted in memory, placed
 * virtually in a folder with `filePath`; nothing is written.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The layer-rule messages for `code` as if it were the file `path`: [line, import source and message]. */
async function layerErrors(path: string, code: string): Promise<[number, string][]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => [m.line, m.message]);
}

describe('the layer map forbids upward imports', () => {
  it('evidence importing a rule type is rejected with the layer it may import', async () => {
    expect(await layerErrors('src/evidence/fixture.ts', "import type { Finding } from '../rules/types.js';\nexport type F = Finding;\n")).toEqual([
      [1, "'../rules/types.js' import is restricted from being used by a pattern. src/evidence/ is the evidence layer: it may import only domain, input, grammar, ast, binary, evidence (layer map, issue 15)."],
    ]);
  });

  it('the model importing the verdict, from a nested folder and as a re-export, is rejected', async () => {
    const code = "import { analyze } from '../../verdict/index.js';\nexport { buildPlan } from '../../verdict/plan.js';\nexport const a = analyze;\n";
    const message = 'src/model/ is the model layer: it may import only domain, input, grammar, ast, binary, evidence, read, model (layer map, issue 15).';
    expect(await layerErrors('src/model/nested/fixture.ts', code)).toEqual([
      [1, `'../../verdict/index.js' import is restricted from being used by a pattern. ${message}`],
      [2, `'../../verdict/plan.js' import is restricted from being used by a pattern. ${message}`],
    ]);
  });

  it('grammar/ importing src/ast and src/input importing grammar/ are rejected', async () => {
    expect(await layerErrors('grammar/fixture.ts', "import type { Dump } from '../src/ast/types.js';\nexport type D = Dump;\n")).toEqual([
      [1, "'../src/ast/types.js' import is restricted from being used by a pattern. grammar/ is the grammar layer: it may import only domain, input, grammar (layer map, issue 15)."],
    ]);
    expect(await layerErrors('src/input/fixture.ts', "import { parseEseOutput } from '../../grammar/index.js';\nexport const p = parseEseOutput;\n")).toEqual([
      [1, "'../../grammar/index.js' import is restricted from being used by a pattern. src/input/ is the input layer: it may import only domain, input (layer map, issue 15)."],
    ]);
  });

  it('downward and same-layer imports pass; src/cli may import anything', async () => {
    expect(await layerErrors('src/rules/fixture.ts', "import { isDirty } from '../model/index.js';\nimport { defineRule } from './define.js';\nimport { fileNameOf } from '../domain/log-names.js';\nexport const x = [isDirty, defineRule, fileNameOf];\n")).toEqual([]);
    expect(await layerErrors('src/cli/fixture.ts', "import { renderReport } from '../render/index.js';\nexport const r = renderReport;\n")).toEqual([]);
  });

  it('no exception: src/input imports nothing of src/ast, not even its types (PromptRef lives in src/input/prompt.ts)', async () => {
    for (const file of ['src/input/prompt.ts', 'src/input/segment.ts']) {
      expect(await layerErrors(file, "import type { PromptRef } from '../ast/types.js';\nexport type P = PromptRef;\n")).toEqual([
        [1, "'../ast/types.js' import is restricted from being used by a pattern. src/input/ is the input layer: it may import only domain, input (layer map, issue 15)."],
      ]);
    }
  });

  it('every folder of src/ has its place in the layer map', () => {
    const folders = readdirSync(`${ROOT}src`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/${e.name}`);
    const mapped = LAYERS.map(([, folder]) => folder);
    expect(folders.filter((f) => !mapped.includes(f))).toEqual([]);
    expect(mapped).toEqual(['src/domain', 'src/input', 'grammar', 'src/ast', 'src/binary', 'src/evidence', 'src/read', 'src/model', 'src/rules', 'src/verdict', 'src/render', 'src/cli']);
  });
});

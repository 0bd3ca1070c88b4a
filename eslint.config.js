import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layer map (issue 15), lowest first. A file may import from its own layer or a lower one,
 * never from a higher one; src/cli is the top and may import anything. Each entry: the folder and
 * what it holds (README "Architecture" and /work/notes/layers-model.md say the same).
 */
const LAYERS = [
  ['domain', 'src/domain', 'Windows paths, log file names, JET errors: no ESE capture involved'],
  ['input', 'src/input', 'bytes → decoded lines, dump boundaries, prompts'],
  ['grammar', 'grammar', 'the Chevrotain lexer and parser of eseutil output'],
  ['ast', 'src/ast', 'the parse contract (SPEC §4) built from the parser'],
  ['binary', 'src/binary', 'ESE file headers read from the files themselves'],
  ['evidence', 'src/evidence', 'AST dumps → compact evidence with the line of every fact'],
  ['read', 'src/read', 'the pure reading pipeline: inputs → evidence (main thread and workers)'],
  ['model', 'src/model', 'evidence → the read-only restore model'],
  ['rules', 'src/rules', 'findings judged on the model (SPEC §5)'],
  ['verdict', 'src/verdict', 'verdicts, restore plan, check report (SPEC §6)'],
  ['render', 'src/render', 'text, Markdown, HTML, JSON of a report'],
  ['cli', 'src/cli', 'the command line, file system and worker shells'],
];

/**
 * The `no-restricted-imports` patterns that forbid a layer's upward imports. From a file in src/X
 * (any depth) an upper src layer Y is `../Y/…` or `../../Y/…`; from grammar/ it is `../src/Y/…`;
 * the top-level grammar/ is `../../grammar/…` from src. No exception.
 */
function upwardPatterns(index) {
  const [name, folder] = LAYERS[index];
  const allowed = LAYERS.slice(0, index + 1).map(([n]) => n).join(', ');
  const message = `${folder}/ is the ${name} layer: it may import only ${allowed} (layer map, issue 15).`;
  return LAYERS.slice(index + 1).map(([, target]) => {
    const path = folder.startsWith('src/') && target.startsWith('src/') ? target.slice('src/'.length) : target;
    const regex = `^(\\.\\./)+${path.replace('/', '\\/')}\\/`;
    return { regex, message };
  });
}

const layerRules = LAYERS.slice(0, -1).map(([, folder], index) => ({
  files: [`${folder}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: upwardPatterns(index) }] },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'report/**', 'test/bench/out/**', 'test/**/__output__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
);

export { LAYERS };

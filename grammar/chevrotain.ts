/**
 * The Chevrotain runtime the grammar uses, loaded from the package's single-file ESM bundle.
 *
 * Why: the package entry (`lib/src/api.js`) imports lodash-es as hundreds of small modules and
 * takes about 0.45 s to load; the bundle the package ships beside it (`lib/chevrotain.mjs`, same
 * version, same code) loads in about 25 ms. SPEC §9 wants a one-dump check well under 0.3 s.
 * If the bundle is not where this version keeps it, the package entry is used.
 * Every grammar file imports Chevrotain from here, so tokens, lexer and parser share one instance.
 */
import type * as Chevrotain from 'chevrotain';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function loadChevrotain(): Promise<typeof Chevrotain> {
  try {
    const entry = createRequire(import.meta.url).resolve('chevrotain');
    const bundle = join(dirname(entry), '..', 'chevrotain.mjs');
    if (existsSync(bundle)) return (await import(pathToFileURL(bundle).href)) as typeof Chevrotain;
  } catch {
    // Fall through to the package entry.
  }
  return import('chevrotain');
}

const chevrotain = await loadChevrotain();

export const { createToken, CstParser, generateCstDts, Lexer, tokenMatcher } = chevrotain;

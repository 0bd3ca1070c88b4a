/**
 * The Chevrotain runtime the grammar uses: the package itself, through its public entry.
 * Every grammar file imports Chevrotain from here, so tokens, lexer and parser share one instance.
 *
 * Load time (SPEC §9: a one-dump check well under 0.3 s): the package entry (`lib/src/api.js`)
 * imports lodash-es as hundreds of small modules, about 0.5 s to load from node_modules. The CLI
 * bundle (rolldown.config.mjs) therefore inlines chevrotain and the parts of lodash-es it uses,
 * so the CLI loads it as part of one file; tests load the package as published.
 */
export { createToken, CstParser, generateCstDts, Lexer, tokenMatcher } from 'chevrotain';

// Types of eslint.config.js for test/lint/layers.test.ts.
import type { Linter } from 'eslint';

/** The layer map, lowest first: [name, folder, what it holds]. */
export declare const LAYERS: readonly (readonly [name: string, folder: string, holds: string])[];
declare const config: Linter.Config[];
export default config;

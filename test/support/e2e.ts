/** What the e2e project's build (test/support/e2e-build.ts) hands to its tests. */
import { inject } from 'vitest';

export interface E2eBuild {
  /** A package folder: package.json, templates/, node_modules (linked) and dist/. */
  readonly root: string;
  /** `tsc -p tsconfig.build.json` output: dist/src/…, dist/grammar/… (the parse workers run from it). */
  readonly dist: string;
  /** package.json's bin in that folder: the bundled command (dist/bundle/esereport.js). */
  readonly bin: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBuild: E2eBuild;
  }
}

/** The e2e build; only the e2e project has one (vitest.config.ts). */
export function e2eBuild(): E2eBuild {
  return inject('e2eBuild');
}

// Types of build.mjs for the e2e build of the tests (test/support/e2e-build.ts).
/** The package root (the checkout). */
export declare const root: string;
/** `tsc -p tsconfig.build.json` into `outDir` (default dist/). */
export declare function compile(outDir?: string): void;
/** The rolldown bundle of what compile() wrote into `distDir` (default dist/), into its bundle/. */
export declare function bundle(distDir?: string): Promise<void>;

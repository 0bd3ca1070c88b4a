// Types of build-exe.mjs for the tests that build the executables (test/package/).
export declare const SCHEMAS: Readonly<Record<string, string>>;
export declare const TARGETS: Readonly<Record<'linux' | 'win', { nodePackage: string; binary: string; output: string; signed: boolean }>>;
export declare function nodeBinary(target: { nodePackage: string; binary: string }): string;
export declare function bundleCommonJs(compiled: string, outFile: string): Promise<string>;
/**
 * Builds the executables of `targets` (default both) into `outDir` (default dist/); returns their
 * paths. `compiled`: an output of build.mjs's compile() to bundle instead of compiling again.
 */
export declare function buildExecutables(options?: { targets?: ('linux' | 'win')[]; outDir?: string; compiled?: string }): Promise<string[]>;

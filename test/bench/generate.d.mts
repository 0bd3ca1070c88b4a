/** Types of generate.mjs, for the tests that import it. */
/** Writes an archive of `count` log dumps (+ database headers) to `path`; resolves to its size in bytes. */
export function writeArchive(path: string, era: 'modern' | '55', count: number): Promise<number>;

/**
 * iconv-lite, loaded the first time a capture needs it: UTF-16, an OEM or ANSI code page, or
 * UTF-8 beyond ASCII (src/input/decode.ts, lines.ts). A plain ASCII capture, the usual one,
 * never does, and a one-dump check is spared loading it (about 6–10 ms of start-up, SPEC §9).
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

let loaded: Iconv | undefined;

export function iconv(): Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return loaded;
}

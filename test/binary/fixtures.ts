/** The real ESE files of test/fixtures/ese-binary/ (README there: sources, licences, facts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { REPO_ROOT } from '../cli/harness.js';

export const FIXTURES = join(REPO_ROOT, 'test/fixtures/ese-binary');
export const BELKASOFT_DIRTY = join(FIXTURES, 'museum/win10-belkasoft/Dirty');
export const BELKASOFT_CLEAN = join(FIXTURES, 'museum/win10-belkasoft/Clean');
export const RATHBUN_CLEAN = join(FIXTURES, 'museum/win10-rathbunvm/Clean');
export const APTSIM_CLEAN = join(FIXTURES, 'museum/win10-aptsimulator/Clean');
export const NTDS = join(FIXTURES, 'museum/ntds-2012r2');

export function bytesOf(path: string): Buffer {
  return readFileSync(path);
}

/** A dissect.esedb database, kept gzipped in the fixtures. */
export function dissect(name: 'basic.edb' | 'SRUDB.dat' | 'Current.mdb'): Buffer {
  return gunzipSync(readFileSync(join(FIXTURES, 'dissect', `${name}.gz`)));
}

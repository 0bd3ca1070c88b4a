/** Shared by the render tests: hand-built CheckReport fixtures, the built-in templates, goldens. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadTemplates } from '../../src/cli/load-templates.js';
import type { CheckReport, StreamLog, StreamReport } from '../../src/verdict/types.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The hand-built reports of test/render/fixtures (shaped like src/verdict/types.ts). */
export const FIXTURES = ['kb-roll-forward', 'partial-gap-mismatch', 'point-in-time', 'two-streams'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function loadFixture(name: FixtureName): CheckReport {
  return JSON.parse(readFileSync(join(here, 'fixtures', `${name}.json`), 'utf8')) as CheckReport;
}

export const templates = loadTemplates();

/** Compares with test/render/__golden__/<file>; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(file: string, actual: string): void {
  const path = join(here, '__golden__', file);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden ${file} is missing: run with UPDATE_GOLDEN=1`);
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** test/render/__output__/ (git-ignored): HTML files and screenshots for a human to look at. */
export function outputPath(file: string): string {
  const dir = join(here, '__output__');
  mkdirSync(dir, { recursive: true });
  return join(dir, file);
}

/** A deep copy of a report with changes applied (fixtures are shared between tests). */
export function modified(report: CheckReport, change: (draft: Mutable<JsonReport>) => void): CheckReport {
  const draft = JSON.parse(JSON.stringify(report)) as Mutable<JsonReport>;
  change(draft);
  return draft;
}

/** A CheckReport as JSON holds it: every stream's `logs` an array. */
export type JsonReport = Omit<CheckReport, 'streams'> & { readonly streams: readonly (Omit<StreamReport, 'logs'> & { readonly logs: readonly StreamLog[] })[] };

export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

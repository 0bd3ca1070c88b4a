/**
 * The browser of the browser tests, driven by playwright-core and launched the one way every
 * browser test needs on these machines: headless, no sandbox (root), and no background
 * networking (the machine's closed network refuses it).
 *
 * Which browser (`npm ci && npm test` must run them on a fresh machine, never skip them):
 * - `ESEREPORT_CHROMIUM=/path/to/chrome`: that one;
 * - `ESEREPORT_CHROMIUM=npm`: the Chromium shipped inside the npm package `@sparticuz/chromium`
 *   (a devDependency, so `npm ci` installs it from the npm registry, no download of its own);
 * - otherwise Debian's `/usr/bin/chromium` when it is installed, else that same npm Chromium.
 *
 * The npm Chromium is one brotli-compressed executable; `@sparticuz/chromium` inflates it into
 * `os.tmpdir()`, with no lock. Here it is inflated once per package version into
 * `node_modules/.cache/`, in a private folder renamed into place when complete, so test files
 * running in parallel (and other checkouts) never start a half-written binary.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type ChromiumSource = 'env' | 'debian' | 'npm';

export interface ChromiumChoice {
  readonly source: ChromiumSource;
  readonly executablePath: string;
  /** Extra environment of the browser process (the npm Chromium's own fontconfig). */
  readonly env: Readonly<Record<string, string>>;
}

/** The folder the npm Chromium is inflated into (one per @sparticuz/chromium version). */
function npmChromiumCache(): string {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  // Its `exports` hide package.json: it is two folders above the CommonJS entry (build/cjs/).
  const entry = require.resolve('@sparticuz/chromium');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string };
  return join(REPO_ROOT, 'node_modules', '.cache', `sparticuz-chromium-${manifest.version}`);
}

const FONTS_CONF = 'fonts-esereport.conf';

/**
 * The fonts of the npm Chromium: the machine's own (Debian's fontconfig and DejaVu fonts, as
 * Debian's chromium uses them), then the package's fonts.tar.br. The package's own fonts.conf
 * names /tmp/fonts, where it would have inflated them, so it is not used.
 */
function fontsConf(cache: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${join(cache, 'fonts', 'fonts')}</dir>`,
    `  <cachedir>${join(cache, 'fonts-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/** `@sparticuz/chromium`'s executable, inflated on first use (a few seconds), then reused. */
export async function npmChromium(): Promise<ChromiumChoice> {
  const cache = npmChromiumCache();
  const choice: ChromiumChoice = {
    source: 'npm',
    executablePath: join(cache, 'chromium'),
    env: { FONTCONFIG_FILE: join(cache, FONTS_CONF) },
  };
  const complete = join(cache, '.complete');
  if (existsSync(complete)) return choice;

  mkdirSync(dirname(cache), { recursive: true });
  const staging = mkdtempSync(`${cache}.inflating-`);
  const { default: Sparticuz } = await import('@sparticuz/chromium');
  // The package inflates into os.tmpdir(), which reads TMPDIR at each call.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const inflated = await Sparticuz.executablePath();
    if (inflated !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium inflated to ${inflated}, not into ${staging}`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  writeFileSync(join(staging, FONTS_CONF), fontsConf(cache));
  writeFileSync(join(staging, '.complete'), '');
  try {
    renameSync(staging, cache);
  } catch (error) {
    // Another process finished first: its copy is as good as this one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(complete)) throw error;
  }
  return choice;
}

/** The browser the tests use (see the header). */
export async function chooseChromium(env: NodeJS.ProcessEnv = process.env, debian: string = DEBIAN_CHROMIUM): Promise<ChromiumChoice> {
  const wanted = env.ESEREPORT_CHROMIUM;
  if (wanted === 'npm') return npmChromium();
  if (wanted) return { source: 'env', executablePath: wanted, env: {} };
  if (existsSync(debian)) return { source: 'debian', executablePath: debian, env: {} };
  return npmChromium();
}

export async function launchChromium(choice?: ChromiumChoice): Promise<Browser> {
  const { executablePath, env } = choice ?? (await chooseChromium());
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    env: { ...(process.env as Record<string, string>), ...env },
  });
}

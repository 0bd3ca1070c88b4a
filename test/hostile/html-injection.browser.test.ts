/**
 * Every captured string is escaped in the HTML report, end to end: capture files whose paths,
 * signature, free text and file name carry markup go through the real pipeline (`main()`,
 * `--format html -o` and `--out-dir`), and the pages open in chromium (launched as in
 * test/render/browser.test.ts) WITH JavaScript enabled: no dialog opens, no injected script
 * runs, no injected element exists, and the markup is shown as text.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/harness.js';
import { sampleBytes, sampleText } from '../support/samples.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
/** A file name carrying markup (no slash in it, so it is a valid Linux file name). */
const HOSTILE_FILE = `${IMG}.txt`;

const dir = mkdtempSync(join(tmpdir(), 'esereport-xss-'));
let browser: Browser;

beforeAll(async () => {
  const log = sampleText('55-kb-roll-forward/edb-log.txt')
    .replace('E:\\exchsrvr\\mdbdata\\priv.edb', `E:\\${SCRIPT}\\priv.edb`)
    .replace('Env SystemPath:E:\\exchsrvr\\mdbdata', `Env SystemPath:E:\\${SCRIPT}`)
    .replace('Computer:\n', `Computer:${IMG}\n`);
  expect(log).toContain(`1 E:\\${SCRIPT}\\priv.edb`);
  writeFileSync(join(dir, 'edb-log.txt'), `${log}\nAn admin typed this: ${SCRIPT} and <iframe src="javascript:alert(3)"></iframe>\n`);
  writeFileSync(join(dir, HOSTILE_FILE), sampleBytes('55-kb-roll-forward/priv-mh.txt'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openWithJavaScript(file: string): Promise<{ dialogs: string[]; injected: number; text: string }> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForTimeout(200);
  const injected = await page.locator('img[src="x"], iframe, script:text("alert")').count();
  const text = await page.locator('body').innerText();
  await context.close();
  return { dialogs, injected, text };
}

describe('markup in captures, through the real pipeline, in chromium', () => {
  it('check --format html -o: no dialog, no injected element, the markup shown as text', async () => {
    const run = await runCli(['check', 'edb-log.txt', HOSTILE_FILE, '--format', 'html', '-o', 'report.html', '--fail-on', 'never'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain(IMG);
    const page = await openWithJavaScript(join(dir, 'report.html'));
    expect(page.dialogs).toEqual([]);
    expect(page.injected).toBe(0);
    expect(page.text).toContain(HOSTILE_FILE);
    expect(page.text).toContain(SCRIPT);
  });

  it('check --out-dir (index and stream reports): no dialog, no injected element', async () => {
    const run = await runCli(['check', 'edb-log.txt', HOSTILE_FILE, '--out-dir', 'out', '--fail-on', 'never'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const pages = readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.html'));
    expect(pages).toContain('index.html');
    for (const name of pages) {
      const page = await openWithJavaScript(join(dir, 'out', name));
      expect(page.dialogs, name).toEqual([]);
      expect(page.injected, name).toBe(0);
    }
  });
});

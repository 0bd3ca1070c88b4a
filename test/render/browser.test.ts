/**
 * The HTML reports in a real browser (chromium through playwright-core, JavaScript disabled):
 * the timeline is visible with the expected marks, its labels do not overlap, nothing leaves the
 * page, nothing logs an error, and a phone-width page does not scroll sideways. Screenshots land
 * in test/render/__output__/ for a human to look at.
 *
 * The browser is Debian's chromium when installed, else the one inside the npm package
 * @sparticuz/chromium (test/support/chromium.ts): the tests never skip. The last block always
 * runs the npm one, so the path of a fresh machine without Debian's is tested on every run.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chooseChromium, launchChromium, npmChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/index.js';
import { buildReportView } from '../../src/render/view-model.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { FIXTURES, loadFixture, outputPath, templates } from './helpers.js';
import { longStreamReport } from './synthetic.js';

const cases: { name: string; report: CheckReport }[] = [
  ...FIXTURES.map((name) => ({ name, report: loadFixture(name) })),
  { name: 'long-stream-100000', report: longStreamReport(100_000) },
];

const choice = await chooseChromium();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium(choice);
});

afterAll(async () => {
  await browser?.close();
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe.each(cases)(`the HTML report $name in chromium (${choice.source}: ${choice.executablePath})`, ({ name, report }) => {
  const file = outputPath(`${name}.html`);
  const url = pathToFileURL(file).href;
  const view = buildReportView(report);

  beforeAll(() => {
    writeFileSync(file, renderReport(report, { format: 'html', templates }));
  });

  it('shows a visible timeline per stream with its marks, without requests or console errors', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const foreignRequests: string[] = [];
    await page.route('**/*', async (route) => {
      if (route.request().url() !== url) foreignRequests.push(route.request().url());
      await route.continue();
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(url);
    const timelines = page.locator('svg.timeline');
    await expect.poll(() => timelines.count()).toBe(view.streams.length);
    for (let i = 0; i < view.streams.length; i++) {
      const timeline = timelines.nth(i);
      expect(await timeline.isVisible()).toBe(true);
      expect(await timeline.locator('.mark').count()).toBe(view.streams[i]!.timeline.markCount);
      const box = await timeline.boundingBox();
      expect(box!.width).toBeGreaterThan(600);

      // Every label is measured by the browser: none covers another.
      const labels = await timeline.locator('text').evaluateAll((nodes) =>
        nodes.map((node) => {
          const r = node.getBoundingClientRect();
          return { text: node.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      const collisions = labels.flatMap((a, i) =>
        labels.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.text} × ${b.text}`),
      );
      expect(collisions).toEqual([]);
    }
    await page.screenshot({ path: outputPath(`${name}.png`), fullPage: true });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(url);
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.screenshot({ path: outputPath(`${name}-phone.png`), fullPage: true });
    await context.close();
  });
});

describe('the Chromium of the npm registry (@sparticuz/chromium), for a machine without Debian chromium', () => {
  it('is the browser chosen when /usr/bin/chromium is absent, and ESEREPORT_CHROMIUM=npm forces it', async () => {
    const absent = await chooseChromium({}, '/nonexistent/usr/bin/chromium');
    expect(absent.source).toBe('npm');
    expect(existsSync(absent.executablePath)).toBe(true);
    expect(await chooseChromium({ ESEREPORT_CHROMIUM: 'npm' })).toEqual(absent);
    expect((await chooseChromium({ ESEREPORT_CHROMIUM: '/opt/chrome' })).executablePath).toBe('/opt/chrome');
  });

  it('lays out the kb-roll-forward report: its timeline, marks and text', async () => {
    const npm = await launchChromium(await npmChromium());
    try {
      const report = loadFixture('kb-roll-forward');
      const view = buildReportView(report);
      const file = outputPath('kb-roll-forward-npm-chromium.html');
      writeFileSync(file, renderReport(report, { format: 'html', templates }));
      const context = await npm.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      const timelines = page.locator('svg.timeline');
      expect(await timelines.count()).toBe(view.streams.length);
      expect(await timelines.first().isVisible()).toBe(true);
      expect(await timelines.first().locator('.mark').count()).toBe(view.streams[0]!.timeline.markCount);
      // Text is laid out (without a usable font, innerText comes back empty), and has a size.
      const verdict = page.locator('.verdict .label').first();
      expect(await verdict.innerText()).toBe('ROLL FORWARD');
      expect((await verdict.boundingBox())!.width).toBeGreaterThan(50);
      await page.screenshot({ path: outputPath('kb-roll-forward-npm-chromium.png'), fullPage: true });
      await context.close();
    } finally {
      await npm.close();
    }
  });
});

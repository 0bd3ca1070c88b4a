/**
 * The case index of `--cases --out-dir` (templates/cases-index.html.hbs) in a real browser
 * (test/support/chromium.ts, JavaScript disabled): totals per verdict at the top, one row per
 * case worst first, each row showing that case's own verdict and databases, a case whose input
 * could not be read saying so, no request leaving the page, and a phone-width page that does not
 * scroll sideways. Screenshots land in test/render/__output__/.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCasesIndex } from '../../src/render/index.js';
import { caseIndexEntry, casesIndex } from '../../src/verdict/cases.js';
import { chooseChromium, launchChromium } from '../support/chromium.js';
import { loadFixture, modified, outputPath, templates } from './helpers.js';

const unreadable = modified(loadFixture('kb-roll-forward'), (draft) => {
  draft.verdict = 'undetermined';
  draft.verdictLabel = 'UNDETERMINED';
  draft.summary = 'UNDETERMINED — no database header (eseutil /mh) and no log header (eseutil /ml) was recognized in the input';
  draft.databases = [];
  draft.streams = [];
  draft.findings = [];
  draft.errorCount = 0;
  draft.warningCount = 0;
  draft.infoCount = 0;
  draft.inputs = [{ name: 'tickets/4733/priv.edb', dumps: 0, unrecognized: 0, problem: 'tickets/4733/priv.edb is an ESE database file, not a text capture.' }];
});

const index = casesIndex([
  caseIndexEntry('4711/night-1', loadFixture('kb-roll-forward'), { report: '4711_night-1.html' }),
  caseIndexEntry('4712 <sg1>', loadFixture('partial-gap-mismatch'), { report: '4712__sg1_.html' }),
  caseIndexEntry('4720', loadFixture('point-in-time'), { report: '4720.html' }),
  caseIndexEntry('4733', unreadable, { report: '4733.html' }),
  caseIndexEntry('4740', loadFixture('two-streams'), { report: '4740.html' }),
]);

const choice = await chooseChromium();
let browser: Browser;
const file = outputPath('cases-index.html');
const url = pathToFileURL(file).href;

beforeAll(async () => {
  writeFileSync(file, renderCasesIndex(index, { format: 'html', templates }));
  browser = await launchChromium(choice);
});

afterAll(async () => {
  await browser?.close();
});

describe(`the case index in chromium (${choice.source})`, () => {
  it('shows the totals, then each case worst first with its own verdict and databases', async () => {
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
    await page.goto(url);
    expect(await page.locator('p.totals .badge').allInnerTexts()).toEqual(['2 UNDETERMINED', '1 POINT IN TIME ONLY', '1 PARTIAL ROLL FORWARD', '1 ROLL FORWARD']);
    const rows = page.locator('tr.case');
    expect(await rows.count()).toBe(5);
    const cells = async (i: number) => ({
      case: await rows.nth(i).locator('td[data-label="Case"]').innerText(),
      verdict: await rows.nth(i).locator('td[data-label="Verdict"] .badge').innerText(),
      databases: await rows.nth(i).locator('td[data-label="Databases"]').innerText(),
    });
    const shown = await Promise.all([0, 1, 2, 3, 4].map(cells));
    expect(shown.map((row) => [row.case, row.verdict])).toEqual([
      ['4733', 'UNDETERMINED'],
      ['4740', 'UNDETERMINED'],
      ['4720', 'POINT IN TIME ONLY'],
      ['4712 <sg1>', 'PARTIAL ROLL FORWARD'],
      ['4711/night-1', 'ROLL FORWARD'],
    ]);
    // Each database with its own verdict beside the case's: priv1.edb rolls forward in an undetermined case.
    expect(shown[1]!.databases).toBe('priv1.edb ROLL FORWARD replays 32 (0x20) – 37 (0x25)\npriv2.edb UNDETERMINED');
    expect(shown[2]!.databases).toBe('Mailbox Database.edb POINT IN TIME ONLY replays no log');
    expect(shown[0]!.databases).toBe('none');
    expect(await rows.nth(0).locator('td[data-label="Verdict"]').innerText()).toContain('Not read: tickets/4733/priv.edb is an ESE database file, not a text capture.');
    expect(shown[4]!.databases).toBe('priv.edb ROLL FORWARD replays 4815 (0x12CF) – 4829 (0x12DD)\npub.edb ROLL FORWARD replays 4815 (0x12CF) – 4829 (0x12DD)');
    expect(await rows.nth(3).locator('a').getAttribute('href')).toBe('4712__sg1_.html');
    expect(await rows.nth(3).locator('td[data-label="Counts"]').innerText()).toBe(`${loadFixture('partial-gap-mismatch').streams.flatMap((s) => [...s.logs]).filter((l) => l.status !== 'missing').length} logs, 5 errors, 1 warning`);
    await page.screenshot({ path: outputPath('cases-index.png'), fullPage: true });
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true });
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await page.locator('tr.case').first().locator('td[data-label="Verdict"] .badge').isVisible()).toBe(true);
    await page.screenshot({ path: outputPath('cases-index-phone.png'), fullPage: true });
    await context.close();
  });
});

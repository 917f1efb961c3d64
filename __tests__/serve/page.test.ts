import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from '../browser/chromium.ts';
import { json, post, seedBody, startServer } from './helpers.ts';

// The review page at / in Chromium: paste the seed pair, audit, read the verdict and a finding's popover
// in the report shown in place, with no request leaving the server and no CSP violation.
const available = hasChromium();
if (!available) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set FAITHFUL_CHROMIUM)`);
const suite = available ? describe : describe.skip;
jest.setTimeout(120_000);

declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };

suite('faithful serve: the review page in Chromium', () => {
  let url: string;
  let closeServer: () => Promise<void>;
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  beforeAll(async () => {
    ({ url, close: closeServer } = await startServer({ threads: 1 }));
    ({ context, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await closeServer?.();
  });

  test('pasting the seed pair shows the verdict and the report, whose popovers work; nothing leaves the server', async () => {
    const expected = await json(await post(`${url}/v1/audit`, seedBody()));
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${url}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'/);
    const seed = seedBody();
    await page.fill('#source-text', seed.source.text);
    await page.fill('#target-text', seed.target.text);
    // Keyboard: the submit button is reachable and Enter runs the audit.
    await page.focus('#go');
    await page.keyboard.press('Enter');
    await page.locator('#verdict').waitFor({ timeout: 60_000 });
    expect(await page.locator('#verdict').innerText()).toBe(expected.summary.pass ? 'PASS' : 'FAIL');

    const report = page.frameLocator('#report');
    await report.locator('html[data-ready="true"]').waitFor();
    const finding = expected.findings.find((f: { confidence?: number }) => (f.confidence ?? 1) >= (expected.summary.minConfidence ?? 0));
    await report.locator(`[data-finding="${finding.id}"]`).first().hover();
    const pop = report.locator('#pop');
    await pop.waitFor({ state: 'visible' });
    const text = await pop.innerText();
    expect(text).toContain(finding.rule);
    expect(text).toContain(finding.message);

    expect(errors).toEqual([]);
    const origin = new URL(url).origin;
    expect(requests.filter((r) => !r.startsWith(origin + '/') && !r.startsWith('about:') && !r.startsWith('data:'))).toEqual([]);
    expect(requests.filter((r) => r.startsWith(origin))).toEqual([`${origin}/`, `${origin}/v1/audit`]);
    await page.close();
  });

  test('an error is shown in words (no article in the box), and the page reads at phone width', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${url}/`);
    await page.fill('#source-text', 'The minister spoke.');
    await page.fill('#target-text', '<p> </p>');
    await page.selectOption('#target-format', 'html');
    await page.click('#go');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').innerText()).toBe('Error 422: target.text: no article text found');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
  });
});

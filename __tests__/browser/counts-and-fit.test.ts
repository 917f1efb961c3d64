import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { audit } from '../../src/audit.ts';
import { runCli } from '../../src/cli/main.ts';
import { formatHtml } from '../../src/report/html.ts';
import type { AuditResult } from '../../src/types.ts';
import { ROOT, seedPair } from '../helpers/seed.ts';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.ts';

// Issue 19, item 5: what a reviewer sees in the HTML report, in Chromium: one set of counts everywhere
// (the suspects apart), a popover whose buttons stay on screen, severity glyphs that stay with their
// word, and an index page that fits a phone.
const available = hasChromium();
if (!available) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM}`);
const suite = available ? describe : describe.skip;
jest.setTimeout(180_000);

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;

suite('HTML report: counts, popover, glyphs and the index page', () => {
  let dir: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let seed: AuditResult;
  let seedUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faithful-counts-'));
    const { source, target } = seedPair();
    seed = audit(source, target);
    writeFileSync(join(dir, 'seed.html'), formatHtml(seed));
    seedUrl = pathToFileURL(join(dir, 'seed.html')).href;
    ({ context, close } = await launchChromium());
  });
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string, viewport: { width: number; height: number }, report = true): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    if (report) await page.waitForSelector('html[data-ready="true"]');
    return page;
  }
  const number = async (page: Page, selector: string) => Number((await page.locator(selector).innerText()).replace(/,/gu, ''));

  test('the header, the category bar, the panel and the review progress count the same findings; the suspects apart', async () => {
    const { counts, belowConfidence } = seed.summary;
    expect(belowConfidence).toBeGreaterThan(0); // the seed has suspects to keep apart
    const page = await open(seedUrl, { width: 1280, height: 900 });
    expect(await number(page, '.sev-total b')).toBe(counts.total);
    for (const s of ['critical', 'major', 'minor'] as const) {
      expect({ s, header: await number(page, `.sev-count.s-${s} b`) }).toEqual({ s, header: counts[s] });
      const chip = page.locator(`.chip[data-filter="severity"][data-value="${s}"] .n`);
      if (await chip.count()) expect({ s, panel: await number(page, `.chip[data-filter="severity"][data-value="${s}"] .n`) }).toEqual({ s, panel: counts[s] });
      else expect(counts[s]).toBe(0);
    }
    for (const [category, n] of Object.entries(counts.byCategory)) {
      const slug = category.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
      const header = await page.locator(`.cat-counts li.c-${slug} b`).innerText();
      const bar = await page.$eval(`.cat-bar span.c-${slug}`, (el: any) => el.style.flexGrow);
      const panel = await page.locator(`.chip[data-filter="category"][data-value="${category}"] .n`).innerText();
      expect({ category, header: Number(header), bar: Number(bar), panel: Number(panel) }).toEqual({ category, header: n, bar: n, panel: n });
    }
    expect(await page.locator('#shown').innerText()).toBe(`${counts.total} of ${counts.total}`);
    expect(await page.locator('#position').innerText()).toBe(`${counts.total} findings`);
    expect(await page.locator('#reviewed').innerText()).toBe(`Reviewed 0 of ${counts.total} · suspects 0 of ${belowConfidence}`);
    expect(await page.locator('#apart').innerText()).toBe(`${belowConfidence} low-confidence suspects (not counted): hidden`);
    expect(await page.locator('label:has(#opt-low)').innerText()).toContain(`Low-confidence suspects (${belowConfidence})`);
    // Shown, the suspects are still counted apart.
    await page.check('#opt-low');
    expect(await page.locator('#shown').innerText()).toBe(`${counts.total} of ${counts.total}`);
    expect(await page.locator('#apart').innerText()).toBe(`${belowConfidence} low-confidence suspects (not counted): ${belowConfidence} shown`);
    expect(await page.locator('#position').innerText()).toBe(`${counts.total} findings + ${belowConfidence} not counted`);
    await page.close();
  });

  test('at 1400 px every finding’s popover is on screen, its confidence and its buttons visible', async () => {
    const page = await open(seedUrl, { width: 1400, height: 800 });
    const ids: string[] = await page.evaluate(() => JSON.parse(document.getElementById('faithful-data').textContent).findings.filter((f: any) => f.group === 'counted').map((f: any) => f.id));
    for (const id of ids) {
      await page.keyboard.press('j');
      await page.locator('#pop').waitFor({ state: 'visible' });
      const fit = await page.evaluate(() => {
        const pop = document.getElementById('pop').getBoundingClientRect();
        const buttons = [...document.querySelectorAll('#pop .pop-actions .btn')].map((b: any) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return Boolean(hit && b.contains(hit));
        });
        const confidence = [...document.querySelectorAll('#pop dt')].some((dt: any) => dt.textContent === 'Confidence');
        return { id: document.querySelector('#pop .pop-id').textContent, inside: pop.top >= 0 && pop.bottom <= window.innerHeight && pop.left >= 0 && pop.right <= window.innerWidth, buttons, confidence };
      });
      expect(fit).toEqual({ id, inside: true, buttons: [true, true, true], confidence: true });
    }
    await page.close();
  });

  test('a severity glyph never wraps away from its word at a line end', async () => {
    const page = await open(seedUrl, { width: 1400, height: 900 });
    await page.addStyleTag({ content: '.row{content-visibility:visible!important}' });
    for (let width = 900; width <= 1400; width += 20) {
      await page.setViewportSize({ width, height: 900 });
      const apart: string[] = await page.evaluate(() => {
        const out: string[] = [];
        for (const mark of document.querySelectorAll('mark.f[data-finding]:not(.off)')) {
          const first = mark.getClientRects()[0];
          const walker = document.createTreeWalker(mark, 4 /* NodeFilter.SHOW_TEXT */);
          let node = walker.nextNode();
          while (node && !node.data.trim()) node = walker.nextNode();
          if (!first || !node) continue;
          const range = document.createRange();
          const at = node.data.search(/\S/u);
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const char = range.getClientRects()[0];
          if (char && Math.abs(char.top - first.top) > 4) out.push(mark.dataset.finding);
        }
        return out;
      });
      expect({ width, apart }).toEqual({ width, apart: [] });
    }
    await page.close();
  });

  test('evidence reads as an editor would say it; the numbers are in the popover details', async () => {
    const spun = seed.findings.filter((f) => f.rule === 'spun-synonym');
    expect(spun.length).toBeGreaterThan(0);
    for (const f of spun) {
      expect({ message: f.message, numbers: /\d|% sure|sense \d/u.test(f.message) }).toEqual({ message: f.message, numbers: false });
      expect(f.basis).not.toMatch(/corpus\/models|\.json/u);
      expect(f.details?.length).toBeGreaterThan(0);
    }
    const shown = spun.find((f) => f.confidence >= (seed.summary.minConfidence ?? 0.5))!;
    const page = await open(seedUrl, { width: 1280, height: 900 });
    await page.focus(`[data-finding="${shown.id}"]`);
    await page.locator('#pop').waitFor({ state: 'visible' });
    expect(await page.locator('#pop .pop-details').innerText()).toContain(shown.details![0]!);
    await page.close();
  });

  test('index.html has a viewport and fits a 400 px phone: every pair’s verdict, counts and report links on screen', async () => {
    const out = join(dir, 'batch');
    const code = runCli(['audit', join(ROOT, 'corpus'), '--out', out, '--jobs', '1', '--no-config'], { stdout: () => {}, stderr: () => {}, isTty: false, cwd: ROOT });
    expect(code).toBe(1);
    const page = await open(pathToFileURL(join(out, 'index.html')).href, { width: 400, height: 800 }, false);
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const offscreen = await page.evaluate(() =>
      [...document.querySelectorAll('tbody td, tbody a')].filter((el: any) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > document.documentElement.clientWidth);
      }).length,
    );
    expect(offscreen).toBe(0);
    expect(await page.locator('tbody tr').count()).toBe(7);
    await page.close();
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { audit } from '../../src/audit.ts';
import { formatHtml } from '../../src/report/html.ts';
import type { AuditResult } from '../../src/types.ts';
import { runCli } from '../../src/cli/main.ts';
import { doc, ROOT, SEED_SOURCE, SEED_TARGET, seedPair } from '../helpers/seed.ts';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.ts';

// The review report in a real browser (Debian's Chromium through playwright-core). Without Chromium the
// suite is skipped with a message; `.ci/run` installs it, so CI always runs these.
const available = hasChromium();
if (!available) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set FAITHFUL_CHROMIUM)`);
const suite = available ? describe : describe.skip;
jest.setTimeout(60_000);

const SCREENSHOTS = join(ROOT, 'reports', 'screenshots');

// Callbacks given to page.evaluate run in the page; the project compiles without the DOM lib, so this
// module names the page globals they use.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const localStorage: any;
declare function getComputedStyle(element: unknown): { textDecorationLine: string; backgroundColor: string };

interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

suite(`HTML report in Chromium (${CHROMIUM})`, () => {
  let dir: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let seed: AuditResult;
  let seedUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faithful-report-'));
    const { source, target } = seedPair();
    seed = audit(source, target);
    const file = join(dir, 'seed.html');
    writeFileSync(file, formatHtml(seed));
    seedUrl = pathToFileURL(file).href;
    ({ context, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records console errors, page errors, dialogs and every request other than the report file. */
  // The tests below read every finding, so `open` shows the low-confidence suspects too (hidden by default;
  // their own test opens the page with `showLow: false`).
  async function open(url: string, viewport = { width: 1280, height: 900 }, showLow = true): Promise<Watched> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const watched: Watched = { page, errors: [], requests: [], dialogs: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') watched.errors.push(m.text());
    });
    page.on('pageerror', (e) => watched.errors.push(e.message));
    page.on('dialog', (d) => {
      watched.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (r.url() !== url && !r.url().startsWith('blob:')) watched.requests.push(r.url());
    });
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    if (showLow && (await page.locator('#opt-low:not([disabled])').count())) await page.check('#opt-low');
    return watched;
  }

  const findingId = (predicate: (f: AuditResult['findings'][number]) => boolean) => {
    const f = seed.findings.find(predicate);
    if (!f) throw new Error('expected finding missing from the seed audit');
    return f;
  };

  test('low-confidence suspects start hidden; the checkbox, by keyboard, shows them with their confidence', async () => {
    const source = 'The council approved the budget on Monday.\n\nThe mayor said the plan would cut costs by 5 percent.\n';
    const target = source.replace('5 percent', '7 percent') + '\nCritics called the vote rushed and unfair to residents.\n';
    const result = audit(doc(source, 'source.txt'), doc(target, 'target.txt'), { gate: { minConfidence: 0.9 } });
    const low = result.findings.find((f) => f.rule === 'unsupported-sentence' && f.confidence < 0.9)!;
    const sure = result.findings.find((f) => f.rule === 'changed-number' && f.confidence >= 0.9)!;
    expect(low && sure).toBeTruthy();
    const file = join(dir, 'low-confidence.html');
    writeFileSync(file, formatHtml(result));
    const { page, errors, requests } = await open(pathToFileURL(file).href, undefined, false);
    const listed = (id: string) => page.locator(`#list [data-item="${id}"]`).isVisible();
    const lit = (id: string) => page.$eval(`[data-finding="${id}"]`, (el) => !el.classList.contains('off'));
    expect(await page.isChecked('#opt-low')).toBe(false);
    expect([await listed(low.id), await lit(low.id)]).toEqual([false, false]);
    expect([await listed(sure.id), await lit(sure.id)]).toEqual([true, true]);
    // Navigation skips the hidden suspect.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))).toBe(sure.id);
    await page.keyboard.press('Escape');
    await page.focus('#opt-low');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#opt-low')).toBe(true);
    expect([await listed(low.id), await lit(low.id)]).toEqual([true, true]);
    await page.hover(`[data-finding="${low.id}"]`);
    await page.locator('#pop').waitFor({ state: 'visible' });
    expect(await page.locator('#pop').innerText()).toMatch(/Confidence\s+80%: a low-confidence suspect/);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('loads from disk with no console errors and no network requests', async () => {
    const { page, errors, requests } = await open(seedUrl);
    await page.mouse.move(600, 500);
    await page.keyboard.press('j');
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.getAttribute('[data-verdict]', 'data-verdict')).toBe(seed.summary.pass ? 'pass' : 'fail');
    await page.close();
  });

  test('every finding in the data has exactly one visible mark', async () => {
    const { page } = await open(seedUrl);
    const ids = await page.evaluate(() =>
      (JSON.parse(document.getElementById('faithful-data')!.textContent!) as { findings: { id: string }[] }).findings.map((f) => f.id),
    );
    expect([...ids].sort()).toEqual(seed.findings.map((f) => f.id).sort());
    for (const id of ids) {
      const mark = page.locator(`[data-finding="${id}"]`);
      expect(await mark.count()).toBe(1);
      expect(await mark.isVisible()).toBe(true);
    }
    expect(await page.locator('[data-alignment]').count()).toBe(seed.alignments.length);
    await page.close();
  });

  test('hovering the run-together word shows rule, category, severity, message, source evidence and suggestion', async () => {
    const rogers = findingId((f) => f.target?.text === 'RogersWhen');
    const { page } = await open(seedUrl);
    await page.hover(`[data-finding="${rogers.id}"]`);
    const pop = page.locator('#pop');
    await pop.waitFor({ state: 'visible' });
    const text = await pop.innerText();
    expect(text).toContain('run-together-words');
    expect(text).toContain('fluency/spelling');
    expect(text).toContain(rogers.severity === 'major' ? 'Major' : rogers.severity);
    expect(text).toContain(rogers.message);
    expect(text).toContain('White House spokeswoman Taylor Rogers'); // the aligned source sentence
    expect(text).toContain('Rogers When');
    await page.screenshot({ path: join(mkdirp(SCREENSHOTS), 'report-popover.png') });
    await page.close();
  });

  test('severity and rule filters hide and show marks, list items and navigation stops', async () => {
    const { page } = await open(seedUrl);
    const minor = seed.findings.filter((f) => f.severity === 'minor').map((f) => f.id);
    const major = seed.findings.filter((f) => f.severity === 'major').map((f) => f.id);
    expect(minor.length).toBeGreaterThan(0);
    expect(major.length).toBeGreaterThan(0);
    const highlighted = (id: string) =>
      page.$eval(`[data-finding="${id}"]`, (el) => getComputedStyle(el).textDecorationLine !== 'none' && !el.classList.contains('off'));
    const listed = (id: string) => page.locator(`#list [data-item="${id}"]`).isVisible();

    await page.click('.chip[data-filter="severity"][data-value="minor"]');
    for (const id of minor) expect([id, await highlighted(id), await listed(id)]).toEqual([id, false, false]);
    for (const id of major) expect([id, await highlighted(id), await listed(id)]).toEqual([id, true, true]);
    await page.click('.chip[data-filter="severity"][data-value="minor"]');
    for (const id of minor) expect([id, await highlighted(id), await listed(id)]).toEqual([id, true, true]);

    // A category in the header shows only that category; clicked again, everything.
    const category = 'fluency/spelling';
    await page.click(`[data-solo-filter="category"][data-solo-value="${category}"]`);
    for (const f of seed.findings) expect([f.id, await highlighted(f.id)]).toEqual([f.id, f.category === category]);
    await page.click(`[data-solo-filter="category"][data-solo-value="${category}"]`);
    for (const f of seed.findings) expect([f.id, await highlighted(f.id)]).toEqual([f.id, true]);

    const rule = 'run-together-words';
    await page.$eval('details.rule-filter', (d) => ((d as { open: boolean }).open = true));
    await page.click(`.chip[data-filter="rule"][data-value="${rule}"]`);
    for (const f of seed.findings) expect([f.id, await highlighted(f.id)]).toEqual([f.id, f.rule !== rule]);
    // Keyboard navigation skips what the filters hide.
    for (let i = 0; i < seed.findings.length; i++) {
      await page.keyboard.press('j');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-finding'));
      expect(seed.findings.find((f) => f.id === focused)?.rule).not.toBe(rule);
    }
    await page.close();
  });

  test('j/k and n/p move focus to the next and previous finding in reading order', async () => {
    const { page } = await open(seedUrl);
    const order = await page.evaluate(() =>
      (JSON.parse(document.getElementById('faithful-data')!.textContent!) as { findings: { id: string }[] }).findings.map((f) => f.id),
    );
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-finding') ?? null);
    await page.keyboard.press('j');
    expect(await focused()).toBe(order[0]);
    await page.keyboard.press('j');
    expect(await focused()).toBe(order[1]);
    await page.keyboard.press('n');
    expect(await focused()).toBe(order[2]);
    await page.keyboard.press('k');
    expect(await focused()).toBe(order[1]);
    await page.keyboard.press('p');
    expect(await focused()).toBe(order[0]);
    expect(await page.locator('#pop').isVisible()).toBe(true);
    expect(await page.locator('#pop .pop-id').innerText()).toBe(order[0]);
    // The mark is on screen after the jump.
    await page.keyboard.press('k');
    const last = order[order.length - 1]!;
    expect(await focused()).toBe(last);
    expect(await page.locator(`[data-finding="${last}"]`).isVisible()).toBe(true);
    const box = await page.locator(`[data-finding="${last}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await page.close();
  });

  test('the findings list scrolls to a finding; sorting by severity puts the most severe first', async () => {
    const { page } = await open(seedUrl);
    const last = await page.locator('#list li').last().getAttribute('data-item');
    await page.locator('#list li').last().locator('button').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))).toBe(last);
    await page.selectOption('#sort', 'severity');
    const severities = await page.$$eval('#list li', (lis) => lis.map((li) => li.className.match(/s-(\w+)/)![1]));
    const rank = { critical: 0, major: 1, minor: 2 } as Record<string, number>;
    expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!])].sort());
    await page.close();
  });

  test('the overview strip has a tick per row with findings and jumps to it; "only rows with findings" hides the rest', async () => {
    const { page } = await open(seedUrl);
    const rowsWithFindings = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('faithful-data')!.textContent!) as { findings: { row: string | null }[] };
      return new Set(data.findings.map((f) => f.row).filter(Boolean)).size;
    });
    expect(await page.locator('.overview .tick').count()).toBe(rowsWithFindings);
    const tick = page.locator('.overview .tick').last();
    const id = await tick.getAttribute('data-tick');
    await tick.click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))).toBe(id);
    await page.check('#opt-only');
    const shown = await page.$$eval('.aligned > .row:not(.head):not(.hidden)', (rows) => rows.map((r) => r.id));
    expect(shown).toHaveLength(rowsWithFindings);
    await page.uncheck('#opt-only');
    expect(await page.locator('.aligned > .row.hidden').count()).toBe(0);
    await page.uncheck('#opt-diff');
    expect(await page.$eval('ins.i', (el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  test('search keeps only the rows that contain the text', async () => {
    const { page } = await open(seedUrl);
    await page.fill('#q', 'RogersWhen');
    await page.waitForFunction(() => document.querySelectorAll('.aligned > .row.hidden').length > 0);
    const visibleRows = await page.$$eval('.aligned > .row:not(.head):not(.hidden)', (rows) => rows.map((r) => r.textContent));
    expect(visibleRows).toHaveLength(1);
    expect(visibleRows[0]).toContain('RogersWhen');
    await page.fill('#q', '');
    await page.waitForFunction(() => document.querySelectorAll('.aligned > .row.hidden').length === 0);
    await page.close();
  });

  test('reviewer decisions persist across reloads and export in the gate format', async () => {
    const rogers = findingId((f) => f.target?.text === 'RogersWhen');
    const omission = findingId((f) => !f.target && f.source !== null);
    const { page, errors } = await open(seedUrl);
    await page.focus(`[data-finding="${rogers.id}"]`);
    await page.keyboard.press('a');
    await page.click(`[data-finding="${omission.id}"]`);
    await page.click('#pop [data-decide="false-positive"]');
    expect(await page.locator('#reviewed').innerText()).toContain('Reviewed 2');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute(`[data-finding="${rogers.id}"]`, 'class')).toContain('dec-accepted');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe('target.decisions.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toEqual({
      tool: 'faithful',
      decisions: expect.arrayContaining([
        { finding: rogers.id, fingerprint: rogers.fingerprint ?? null, rule: 'run-together-words', target: 'RogersWhen', decision: 'accepted' },
        { finding: omission.id, fingerprint: omission.fingerprint ?? null, rule: omission.rule, target: null, decision: 'false-positive' },
      ]),
    });
    expect(exported.decisions).toHaveLength(2);

    // Re-audited after an edit elsewhere in the target, the decisions still apply.
    const { source, target } = seedPair();
    const edited = { ...target, text: target.text.replace('Farnesina', 'Foreign Ministry') };
    expect(edited.text).not.toBe(target.text);
    const file = join(dir, 'seed-edited.html');
    const rerun = audit(source, edited);
    writeFileSync(file, formatHtml(rerun));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready="true"]');
    const rogersAgain = rerun.findings.find((f) => f.target?.text === 'RogersWhen')!;
    expect(await page.getAttribute(`[data-finding="${rogersAgain.id}"]`, 'class')).toContain('dec-accepted');
    await page.evaluate(() => localStorage.clear());
    expect(errors).toEqual([]);
    await page.close();
  });

  test('review to publication: every finding decided in the browser, exported, and the gate passes with that file', async () => {
    const cli = (argv: string[]) => runCli(argv, { stdout: () => {}, stderr: () => {}, isTty: false, cwd: ROOT });
    const first = join(dir, 'cli-1');
    expect(cli(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--no-config', '--format', 'html', '--out', first])).toBe(1);
    const { page, errors } = await open(pathToFileURL(join(first, 'target.html')).href);
    const groups = await page.evaluate(() => (JSON.parse(document.getElementById('faithful-data')!.textContent!).findings as { group: string }[]).map((f) => f.group));
    const count = groups.length;
    const counted = groups.filter((g) => g === 'counted').length;
    const suspects = groups.filter((g) => g === 'suspect').length;
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('j');
      await page.keyboard.press(i % 2 ? 'a' : 'f');
    }
    // Counted as the header counts, the suspects apart (issue 19).
    expect(await page.locator('#reviewed').innerText()).toBe(`Reviewed ${counted} of ${counted}${suspects ? ` · suspects ${suspects} of ${suspects}` : ''}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const decisions = join(dir, 'decisions.json');
    await download.saveAs(decisions);
    await page.evaluate(() => localStorage.clear());

    const second = join(dir, 'cli-2');
    expect(cli(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--no-config', '--baseline', decisions, '--format', 'html', '--out', second])).toBe(0);
    await page.goto(pathToFileURL(join(second, 'target.html')).href);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('[data-verdict]', 'data-verdict')).toBe('pass');
    expect(await page.locator('mark.sup[data-finding]').count()).toBe(count);
    // Every finding is suppressed by the baseline now: none counted, all of them counted apart.
    expect(await page.locator('#reviewed').innerText()).toBe(`Reviewed 0 of 0 · ${count} suppressed by the baseline`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a target with <script> and <img onerror> executes nothing and shows the text literally', async () => {
    const target =
      'The minister said <script>window.pwned = 1; alert("script")</script> nothing new today.\n\n' +
      'The press saw <img src=x onerror="window.pwned = 2; alert(\'img\')"> and other claims.\n\n' +
      'Rome will send <script>window.pwned = 3</script> 400 soldiers to Gaza, officials in Brussels confirmed.\n';
    const result = audit(doc('The minister said nothing new today.\n\nThe press saw the claims.\n', 'source.txt'), doc(target, '<img src=x onerror=alert(1)>.txt'));
    const file = join(dir, 'hostile.html');
    writeFileSync(file, formatHtml(result));
    const url = pathToFileURL(file).href;
    const { page, errors, requests, dialogs } = await open(url);
    for (const f of result.findings) await page.hover(`[data-finding="${f.id}"]`);
    await page.keyboard.press('j');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('.aligned script').count()).toBe(0);
    const shown = await page.locator('.aligned').innerText();
    expect(shown).toContain('<script>window.pwned = 1; alert("script")</script>');
    expect(shown).toContain('<img src=x onerror="window.pwned = 2; alert(\'img\')">');
    await page.close();
  });

  test('screenshots at desktop and narrow widths; print hides the controls', async () => {
    mkdirp(SCREENSHOTS);
    const desktop = await open(seedUrl, { width: 1280, height: 900 });
    await desktop.page.screenshot({ path: join(SCREENSHOTS, 'report-desktop.png') });
    // The README's view (docs/report-screenshot.png is a copy): header, rows and a finding's popover.
    const withEvidence = seed.findings.find((f) => f.target && f.source);
    if (withEvidence) {
      await desktop.page.setViewportSize({ width: 1280, height: 1080 });
      await desktop.page.focus(`[data-finding="${withEvidence.id}"]`);
      await desktop.page.locator('#pop').waitFor({ state: 'visible' });
      await desktop.page.screenshot({ path: join(SCREENSHOTS, 'report-review.png') });
      await desktop.page.keyboard.press('Escape');
      await desktop.page.setViewportSize({ width: 1280, height: 900 });
    }
    // Rows use content-visibility: auto; lay them all out for the full-page captures.
    await desktop.page.addStyleTag({ content: '.row{content-visibility:visible!important}' });
    await desktop.page.screenshot({ path: join(SCREENSHOTS, 'report-desktop-full.png'), fullPage: true });
    await desktop.page.emulateMedia({ media: 'print' });
    expect(await desktop.page.locator('.toolbar').isVisible()).toBe(false);
    expect(await desktop.page.locator('[data-verdict]').isVisible()).toBe(true);
    await desktop.page.close();

    const narrow = await open(seedUrl, { width: 390, height: 844 });
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.page.screenshot({ path: join(SCREENSHOTS, 'report-narrow.png') });
    await narrow.page.addStyleTag({ content: '.row{content-visibility:visible!important}' });
    await narrow.page.screenshot({ path: join(SCREENSHOTS, 'report-narrow-full.png'), fullPage: true });
    expect(narrow.errors).toEqual([]);
    await narrow.page.close();
  });
});

function mkdirp(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

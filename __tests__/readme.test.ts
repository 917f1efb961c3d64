import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README front page (issue 13, item 6)', () => {
  test('fits a newcomer\'s first screenful or so: about 200 lines', () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(205);
  });

  test('the Quick start holds exactly two command lines: install and run the main job, install and test', () => {
    const quick = readme.slice(readme.indexOf('### Quick start'));
    const block = /```sh\n([\s\S]*?)```/u.exec(quick)![1]!;
    const commands = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm ci && npm run audit\b/u);
    expect(commands[1]).toMatch(/^npm ci && npm test\b/u);
  });

  test('states the prerequisites and says why a text with major findings can pass the default gate', () => {
    expect(readme).toMatch(/Node\.js 20 or later/u);
    expect(readme).toMatch(/Chromium/u);
    expect(readme).toMatch(/9 majors?/u);
    expect(readme).not.toMatch(/exits 1 on the bundled pair\b/u);
  });

  test('the bundled pair count it states is the number of pair folders under corpus/', () => {
    const pairs = readdirSync(join(ROOT, 'corpus')).filter((d) => existsSync(join(ROOT, 'corpus', d, 'source.txt'))).length;
    expect(readme).toContain(`the ${pairs} bundled pairs`);
  });

  test('every docs/ page it links exists (performance, architecture, evaluation and rules moved there)', () => {
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)/gu)].map((m) => m[1]!);
    for (const page of ['docs/performance.md', 'docs/architecture.md', 'docs/evaluation.md', 'docs/rules.md', 'docs/detection.md']) expect(links).toContain(page);
    for (const link of links) expect({ link, exists: existsSync(join(ROOT, link)) }).toEqual({ link, exists: true });
  });
});

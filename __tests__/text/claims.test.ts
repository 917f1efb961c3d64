import { describe, expect, test } from '@jest/globals';
import { checkableClaims } from '../../src/text/claims.ts';
import { findingsOf } from '../rules/helpers.ts';

// Issue 19, item 4: the "claims to check" lists hold what a fact-checker would check.

describe('checkable claims of a sentence', () => {
  test.each([
    ['Harbor Logistics said it would hire 300 drivers in Ohio.', ['300', 'Harbor Logistics', 'Ohio']],
    ['MANCHESTER, England (Reuters) - Manchester United sacked their manager on Monday.', ['MANCHESTER', 'England', 'Reuters', 'Manchester United', 'Monday']],
    ['“We had almost given up hope,” said Daniel Okafor, who leads the programme.', ['“We had almost given up…”', 'Daniel Okafor']],
    ['The talks ended: The Board of Peace met in The Hague.', ['Board of Peace', 'Hague']],
    ['Analysts in Brussels expect 3 more countries to follow.', ['3', 'Brussels']],
    ['Prime Minister Giorgia Meloni met German Chancellor Friedrich Merz in Rome.', ['Prime Minister Giorgia Meloni', 'German Chancellor Friedrich Merz', 'Rome']],
  ])('%s', (sentence, claims) => {
    expect(checkableClaims(sentence)).toEqual(claims);
  });

  test('never a lone function word ("The", "We") nor a whole quoted sentence', () => {
    const claims = checkableClaims('“The deal is done and the money will arrive next week,” she said. “We agree,” he added. The end.');
    expect(claims).not.toContain('The');
    expect(claims).not.toContain('We');
    expect(claims).toEqual(['“The deal is done and…”', '“We agree”']);
  });
});

describe('what a reader sees in the findings', () => {
  test('an omitted sentence names "Harbor Logistics" whole and the dateline city', () => {
    const source = 'MANCHESTER, England (Reuters) - Harbor Logistics will build a depot near the airport.\nThe depot will open in May.';
    const [finding] = findingsOf('omitted-sentence', source, 'The depot will open in May.');
    expect(finding!.message).toBe('Source sentence has no counterpart in the target; it carries MANCHESTER, England, Reuters, Harbor Logistics');
  });

  test('an added passage lists a long quotation by its first words, and no "The"', () => {
    const source = 'The depot will open in May.';
    const target = 'The depot will open in May. “The investment will change the town for a generation,” the mayor said.';
    const [finding] = findingsOf('unsupported-sentence', source, target);
    expect(finding!.message).toBe('No source for this sentence (12 words); new claims to check: “The investment will change the…”');
  });
});

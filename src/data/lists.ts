/**
 * Third-party word lists the project may use but not carry (issue 13): they live in a data directory
 * outside the package, each in its own folder with the file a rule reads. `faithful data install`
 * fetches each from its upstream repository at a pinned commit, converts it, and checks the result's
 * sha256 against the copy the team verified (../shared/data/<name>/, see its SOURCE.md).
 */
export interface DataList {
  /** Folder name in the data directory. */
  name: string;
  /** The converted file the rule reads, inside the folder. */
  file: string;
  /** The built-in rule that needs it. */
  rule: string;
  /** Upstream repository (GitHub owner/name), pinned commit and path of the raw file. */
  upstream: { repo: string; commit: string; path: string };
  /** sha256 of the converted file (hex). */
  sha256: string;
  licence: string;
  /** One paragraph of provenance written beside the file as SOURCE.md. */
  provenance: string;
}

export const DATA_LISTS: readonly DataList[] = [
  {
    name: 'tortured-phrases',
    file: 'pairs.tsv',
    rule: 'tortured-phrase',
    upstream: { repo: 'hahuyhoang411/tortured-phrase', commit: 'd096655bdaab654474fc7073792a8b9fdae031c4', path: 'data/tortured.csv' },
    sha256: '7d71929a5f2cc987f51e8b55758e9a82a32d49e887f89fd64dda95f155ba5386',
    licence: 'MIT, Copyright (c) 2025 Hoang Ha; the list itself by G. Cabanac, C. Labbé and A. Magazinov (other copies label it CC BY 4.0)',
    provenance:
      'Tortured phrases of the Problematic Paper Screener (Cabanac, Labbé, Magazinov 2021, arXiv:2107.06751), one row per fingerprint: tortured_phrase (first quoted phrase of the query), expected_phrase, num_papers, pps_query.',
  },
  {
    name: 'false-friends-it-en',
    file: 'false-friends-it-en.tsv',
    rule: 'false-friend',
    upstream: {
      repo: 'Flipkart/languagetool',
      commit: 'f049d8ea7dca260308cc4b5a35026c7a8daf7c19',
      path: 'languagetool-core/src/main/resources/org/languagetool/rules/false-friends.xml',
    },
    sha256: '5fa907956eb239e945710909d8458100d2c1f23c54e64a5c0e006d0f936a98cd',
    licence: 'GNU LGPL 2.1 or later, Copyright (C) 2001-2016 Daniel Naber',
    provenance:
      "LanguageTool's false-friend rule groups that involve both Italian and English: rulegroup_id, direction (it->en, en->it), pattern_tokens (flags in braces), translations (separated by ' | '), rule_default.",
  },
];

/** The list a built-in rule needs, if any. */
export function listOfRule(rule: string): DataList | undefined {
  return DATA_LISTS.find((l) => l.rule === rule);
}

import type { Span } from '../types.ts';

/** A number written in a text, with its value normalised ("72,000", "72 000" and "72000" are equal). */
export interface NumberMention extends Span {
  value: number;
}

// Digits with thousands separators (comma, period, space, thin or no-break space) and a decimal part.
const NUMBER = /(?<![\p{L}\p{N}])\p{N}{1,3}(?:(?:,|\u00a0|\u202f| )\p{N}{3})+(?:\.\p{N}+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)?(?![\p{N}])/gu;

export function numberMentions(text: string, offset = 0): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const value = parseNumber(raw);
    if (Number.isFinite(value)) mentions.push({ start: offset + match.index, end: offset + match.index + raw.length, text: raw, value });
  }
  return mentions;
}

function parseNumber(raw: string): number {
  // "72,000" and "72 000" group thousands; a lone comma before 1-2 digits is a decimal comma ("1,5").
  if (/^\p{N}{1,3}((,|\u00a0|\u202f| )\p{N}{3})+(\.\p{N}+)?$/u.test(raw)) return Number(raw.replace(/[,\u00a0\u202f ]/g, ''));
  return Number(raw.replace(',', '.'));
}

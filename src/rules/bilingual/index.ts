import type { Rule } from '../rule.ts';

/** Rules that run only in a bilingual audit (an Italian source against its English translation). */
export const bilingualRules: Rule[] = [];

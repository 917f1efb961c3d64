import type { Rule } from '../rule.ts';
import { bilingualNumber } from './bilingual-number.ts';
import { bilingualFalseFriend } from './bilingual-false-friend.ts';
import { bilingualName } from './bilingual-name.ts';
import { bilingualGarbledClause } from './bilingual-garbled-clause.ts';
import { bilingualHomograph } from './bilingual-homograph.ts';
import { bilingualLiteralName } from './bilingual-literal-name.ts';
import { bilingualMisreadWord } from './bilingual-misread-word.ts';
import { bilingualStrayName } from './bilingual-stray-name.ts';
import { bilingualUntranslated } from './bilingual-untranslated.ts';
import { mtArtefact } from './mt-artefact.ts';
import { unrenderedWord } from './unrendered-word.ts';

/** Rules that run only in a bilingual audit (an Italian source against its English translation). */
export const bilingualRules: Rule[] = [bilingualNumber, mtArtefact, bilingualName, bilingualFalseFriend, bilingualUntranslated, bilingualHomograph, bilingualLiteralName, bilingualGarbledClause, bilingualMisreadWord, bilingualStrayName, unrenderedWord];

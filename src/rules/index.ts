import { addedHedge } from './added-hedge.ts';
import { addedName } from './added-name.ts';
import { alteredQuotation } from './altered-quotation.ts';
import { antonymSwap } from './antonym-swap.ts';
import { batchSpinning } from './batch-spinning.ts';
import { brokenSpacing } from './broken-spacing.ts';
import { calque } from './calque.ts';
import { documentSpinning } from './document-spinning.ts';
import { doubledWords } from './doubled-words.ts';
import { falseFriend } from './false-friend.ts';
import { grammarBreak } from './grammar-break.ts';
import { changedAttribution } from './changed-attribution.ts';
import { changedName } from './changed-name.ts';
import { brokenName } from './broken-name.ts';
import { changedNumber } from './changed-number.ts';
import { knownSpinnerPhrase } from './known-spinner-phrase.ts';
import { leakedEscape } from './leaked-escape.ts';
import { machineSpun } from './machine-spun.ts';
import { modalityShift } from './modality-shift.ts';
import { negationFlip } from './negation-flip.ts';
import { omittedSentence } from './omitted-sentence.ts';
import { pronounGender } from './pronoun-gender.ts';
import { pronounReferent } from './pronoun-referent.ts';
import { runTogetherWords } from './run-together-words.ts';
import { spunSynonym } from './spun-synonym.ts';
import { torturedPhrase } from './tortured-phrase.ts';
import { unsupportedSentence } from './unsupported-sentence.ts';
import { untranslatedTarget } from './untranslated-target.ts';
import type { Rule } from './rule.ts';

/** The built-in rules, in the order they run. */
export const builtinRules: Rule[] = [runTogetherWords, leakedEscape, doubledWords, brokenSpacing, changedNumber, changedName, brokenName, addedName, changedAttribution, negationFlip, pronounGender, pronounReferent, modalityShift, addedHedge, antonymSwap, alteredQuotation, calque, falseFriend, spunSynonym, documentSpinning, batchSpinning, torturedPhrase, grammarBreak, machineSpun, knownSpinnerPhrase, omittedSentence, unsupportedSentence, untranslatedTarget];

export type { Rule, RuleContext, RuleMeta, RuleReport } from './rule.ts';

import type { DiscourseState } from './discourse';
import type { DocView, Draft, SentenceView } from './doc';
import { FRAMES } from './frames';
import { compileFrames } from './frame-engine';
import { CueGate } from './cue-gate';
import { armsFlowRule, armsFundedRule, armsTransferRule } from './rules/arms';
import { armsAnnouncedRule } from './rules/arms-announced';
import { armsBulletContentsRule, armsPackageRule } from './rules/arms-package';
import { armsBoughtFromRule, armsReceivedRule, armsThankedRule } from './rules/arms-received';
import { airDefenceRule, aidRule, assuranceRule, trainingRule } from './rules/commitments';
import { troopsAlongsideRule } from './rules/troops-alongside';
import { commitmentNounRule, pactSignedRule, trainingPassiveRule } from './rules/commitments-extra';
import { trainingListedRule, trainingTogetherRule } from './rules/commitments-training';
import { quotesRule } from './rules/quotes';
import { quotePreviewRule } from './rules/quotes-preview';
import { sameAsRule } from './rules/same-as';
import { troopsArrivalRule, troopsNounRule, troopsVerbRule } from './rules/troops';
import { troopsGarrisonRule, troopsHostRule } from './rules/troops-host';
import { troopsCaptionRule } from './rules/troops-caption';
import { flankRule, troopsContributorsRule, troopsDeploymentToRule, troopsLedRule, troopsMovesRule, troopsNatoRule, troopsStationedRule } from './rules/troops-presence';
import { troopsForceRule } from './rules/troops-force';
import { troopsExercisingRule, troopsRepresentingRule, troopsUnitsListedRule } from './rules/troops-exercise';

/**
 * The rule registry: every rule, in the order it runs on each sentence. A rule is an id and a
 * function of one explicit input (the sentence, the article, the discourse state and the drafts the
 * rules before it proposed for this sentence); it returns drafts and changes nothing it is given.
 * Declarative frames (frames.ts) are compiled into rules of the same shape; the code rules here are
 * those whose logic is discourse (quotes, package contents, "the same commitment") or shared
 * role-finding that frames do not yet express.
 */

export interface RuleInput {
  readonly s: SentenceView;
  readonly doc: DocView;
  readonly state: DiscourseState;
  /** Drafts of the rules that ran before this one on the same sentence. */
  readonly earlier: readonly Draft[];
}

export interface Rule {
  /** The rule id written on every fact it produces (`Fact.rule`). */
  readonly id: string;
  /** Every rule id its drafts may carry, when more than `id` (e.g. equipment sent to an ally → troops.assets). */
  readonly emits?: readonly string[];
  /** Lower-case words one of which must be a token of the sentence for the rule to run (a cheap gate). */
  readonly cues?: ReadonlySet<string>;
  readonly run: (input: RuleInput) => Draft[];
}

export const RULES: readonly Rule[] = [
  armsTransferRule, armsFlowRule, armsPackageRule, armsBulletContentsRule, armsAnnouncedRule, armsFundedRule, armsReceivedRule, armsThankedRule, armsBoughtFromRule,
  troopsForceRule, troopsArrivalRule, troopsVerbRule, troopsNounRule, troopsHostRule, troopsGarrisonRule,
  troopsStationedRule, troopsMovesRule, troopsLedRule, troopsContributorsRule, troopsNatoRule, troopsDeploymentToRule, troopsCaptionRule, troopsAlongsideRule, troopsExercisingRule, troopsUnitsListedRule, troopsRepresentingRule,
  flankRule,
  assuranceRule, airDefenceRule, trainingRule, aidRule, commitmentNounRule, trainingPassiveRule, pactSignedRule,
  ...compileFrames(FRAMES),
  trainingListedRule, trainingTogetherRule,
  sameAsRule,
  quotesRule,
  quotePreviewRule,
];

/** Every rule id a fact can carry. */
export function ruleIds(rules: readonly Rule[] = RULES): string[] {
  return [...new Set(rules.flatMap((r) => r.emits ?? [r.id]))].sort();
}

/** The registry's cue gate: a constant built once from RULES, like the lexicon's tables. */
const RULES_GATE = new CueGate(RULES.map((r) => r.cues));

/** All drafts of one sentence: each rule sees the drafts of the rules before it. */
export function runRules(s: SentenceView, doc: DocView, state: DiscourseState, rules: readonly Rule[] = RULES): Draft[] {
  const cued = (rules === RULES ? RULES_GATE : new CueGate(rules.map((r) => r.cues))).cued(s.text);
  // One input per sentence, its drafts replaced (never changed in place) when a rule adds some: a rule reads its
  // input when it runs, and about forty rules run per sentence.
  const input: { s: SentenceView; doc: DocView; state: DiscourseState; earlier: Draft[] } = { s, doc, state, earlier: [] };
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (rule.cues && !cued[i]) continue;
    const out = rule.run(input);
    if (out.length) input.earlier = input.earlier.concat(out);
  }
  return input.earlier;
}

import { sortedCodes, span, type Draft, type SentenceView } from '../doc';
import type { Rule } from '../registry';
import { actorsBetween } from '../clause';
import { isNegated } from '../kit';

/**
 * "Lithuania and Latvia have made the same commitment", "Canada has done the same": the previous
 * sentence's commitment, with the new subject as its giver. Only when that sentence gave exactly
 * one commitment (otherwise "the same" is ambiguous); the recipient stays, minus the new givers.
 */
const SAME = /\b(?:ha(?:s|ve|d)\s+(?:also\s+|since\s+|already\s+)*(?:made|given|offered|taken)\s+(?:a\s+|the\s+)?(?:same|similar)\s+(?:commitment|pledge|promise)s?|ha(?:s|ve|d)\s+(?:also\s+|since\s+|already\s+)*done\s+(?:the\s+same|likewise)|did\s+(?:the\s+same|likewise))\b/;

function sameAs(s: SentenceView, previous: readonly Draft[]): Draft[] {
  if (!s.text.includes('same') && !s.text.includes('likewise')) return [];
  const m = SAME.exec(s.text);
  if (!m) return [];
  const commitments = previous.filter((d) => d.type === 'commitment');
  if (commitments.length !== 1) return [];
  if (isNegated(s.text, 0, m.index)) return [];
  const givers = sortedCodes(actorsBetween(s.text, s.mentions, 0, m.index));
  if (!givers.length) return [];
  const model = commitments[0]!;
  const to = model.to.filter((c) => !givers.includes(c));
  if (!to.length) return [];
  return [{ ...model, from: givers, to, evidence: [span(s)], confidence: model.confidence * 0.9, rule: 'commitment.same-as' }];
}

/** Runs only when the rules before it found no commitment in this sentence. */
export const sameAsRule: Rule = {
  id: 'commitment.same-as',
  run: ({ s, state, earlier }) => (earlier.some((d) => d.type === 'commitment') ? [] : sameAs(s, state.previous)),
};

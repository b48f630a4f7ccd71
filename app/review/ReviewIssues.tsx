import { actions } from '../../src/state/store.ts';
import type { ReviewDecision } from '../../src/model/reviews.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { formatWhen } from './ReviewBadge.tsx';

function says(d: ReviewDecision): string {
  switch (d.decision) {
    case 'confirm': return 'confirmed it';
    case 'reject': return 'rejected it';
    case 'add': return 'added it';
    case 'edit': return `set ${Object.entries(d.set).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x !== null ? (x as { name: string }).name : String(x))).join(', ') : String(v)}`).join('; ')}`;
  }
}

/**
 * Decisions that did not apply: people who disagree about a fact (settled by keeping one
 * person's decision) and decisions whose fact or sentence changed (stale: removed here).
 */
export function ReviewIssues() {
  const store = useAppStoreApi();
  const outcomes = useApp((s) => s.reviewOutcomes);
  const reviews = useApp((s) => s.reviews);
  const conflicting = [...new Set(outcomes.filter((o) => o.result === 'conflicting').map((o) => o.decision.fact))];
  const stale = outcomes.filter((o) => o.result === 'stale' && !o.needs);

  function keep(fact: string, who: string) {
    const next = reviews.filter((d) => d.fact !== fact || d.who === who);
    actions.replaceReviews(store, next, `Kept ${who}’s decision on ${fact}`);
  }

  if (conflicting.length === 0 && stale.length === 0) return null;
  return (
    <>
      {conflicting.length > 0 && (
        <section aria-labelledby="review-conflicts" className="review-issues">
          <h3 id="review-conflicts">Conflicts ({conflicting.length})</h3>
          <p className="muted">People decided differently about these facts; none of their decisions applies until one is kept.</p>
          <ul>
            {conflicting.map((fact) => (
              <li key={fact}>
                <code>{fact}</code>
                <ul>
                  {reviews.filter((d) => d.fact === fact).map((d) => (
                    <li key={d.who}>
                      {d.who} {says(d)} ({formatWhen(d.when)}){' '}
                      <button type="button" className="text-button" onClick={() => keep(fact, d.who)}>Keep {d.who}’s decision</button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {stale.length > 0 && (
        <section aria-labelledby="review-stale" className="review-issues">
          <h3 id="review-stale">Stale decisions ({stale.length})</h3>
          <p className="muted">The fact or its sentence changed since the review, so these were not applied to anything.</p>
          <ul>
            {stale.map((o) => (
              <li key={`${o.decision.fact}|${o.decision.who}`}>
                {o.decision.who} {says(o.decision)}: <code>{o.decision.fact}</code> — {o.reason}. “{o.decision.evidence[0]}”{' '}
                <button type="button" className="text-button" onClick={() => actions.retract(store, o.decision.fact, o.decision.who, `Removed a stale decision on ${o.decision.fact}`)}>Remove</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

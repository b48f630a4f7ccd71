import { useId } from 'react';
import type { Fact } from '../../src/model/dataset.ts';
import { actions } from '../../src/state/store.ts';
import { evidenceText } from '../../src/selectors/facts.ts';
import { yearOf } from '../../src/selectors/years.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useArticleText } from '../shared/use-article-text.ts';
import { RestoreButton } from './RestoreButton.tsx';
import { summaryOf } from './use-review.ts';
import './review.css';

function RejectedItem({ fact }: { fact: Fact }) {
  const store = useAppStoreApi();
  const text = useArticleText(fact.articleId);
  return (
    <li className="fact-item struck">
      <p className="fact-head"><s>{summaryOf(store, fact)}</s> <span className="year-badge">{fact.date.slice(0, 4)}</span></p>
      {text?.status === 'ready' && <blockquote className="fact-evidence"><s>{evidenceText(fact, text.value)}</s></blockquote>}
      <RestoreButton fact={fact} />
    </li>
  );
}

/**
 * A country's rejected facts: counted always, listed struck through when the user asks
 * (`rejected=1` in the link). Rejected facts are off the map.
 */
export function RejectedFacts({ country }: { country: string }) {
  const store = useAppStoreApi();
  const id = useId();
  const all = useApp((s) => s.rejectedFacts);
  const show = useApp((s) => s.rejected);
  const years = useApp((s) => s.years);
  const list = all.filter((f) => (f.from.includes(country) || f.to.includes(country)) && (years === null || years.includes(yearOf(f.date))));
  if (list.length === 0) return null;
  return (
    <section className="fact-section rejected-section" aria-labelledby={id}>
      <h3 id={id}>Rejected <span className="count">({list.length})</span></h3>
      <label className="check-row">
        <input type="checkbox" checked={show} onChange={(e) => actions.setShowRejected(store, e.target.checked)} />
        Show rejected facts, struck through
      </label>
      {show && <ul className="fact-list">{list.map((f) => <RejectedItem key={f.id} fact={f} />)}</ul>}
    </section>
  );
}

import type { MouseEvent } from 'react';
import type { Fact } from '../../src/model/dataset.ts';
import { actions } from '../../src/state/store.ts';
import { evidenceText, articleById } from '../../src/selectors/facts.ts';
import { factSummary, factOrigin } from '../../src/selectors/summary.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { factBounds } from '../../src/selectors/focus.ts';
import { FACT_TYPE_INFO } from '../../src/model/fact-types.ts';
import { CATEGORY_COLOR } from '../../src/selectors/palette.ts';
import { useAppStoreApi, useApp } from '../shared/store-context.ts';
import { useBoundaries, useDataset } from '../shared/use-scene.ts';
import { useArticleText } from '../shared/use-article-text.ts';
import { hrefFor, isPlainClick } from '../shared/links.ts';
import { ReviewControls } from '../review/ReviewControls.tsx';

interface Props {
  fact: Fact;
  /** Show who it came from: in "Receives" and "Commitments" the sender is not the panel's actor. */
  showOrigin: boolean;
}

export function FactItem({ fact, showOrigin }: Props) {
  const store = useAppStoreApi();
  const data = useDataset();
  const boundaries = useBoundaries();
  const selected = useApp((s) => s.fact === fact.id);
  const country = useApp((s) => s.country);
  const nameOf = (c: string) => actorName(c, boundaries);
  const article = data ? articleById(data).get(fact.articleId) : undefined;
  const text = useArticleText(fact.articleId);
  const summary = factSummary(fact, nameOf, country);
  const year = fact.date.slice(0, 4);
  // An arms card's stripe is its first item's category colour, as on the map.
  const first = fact.type === 'arms_shipment' ? fact.items[0] : undefined;
  const stripe = first ? CATEGORY_COLOR[first.category] : FACT_TYPE_INFO[fact.type].colour.line;

  function show() {
    actions.selectFact(store, fact.id, boundaries ? factBounds(fact, boundaries) ?? undefined : undefined);
  }

  function read(e: MouseEvent<HTMLAnchorElement>) {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    // One step, so Back undoes it whole; framing waits a frame, so it also clears the reader.
    actions.showFactInArticle(store, fact.id, fact.articleId, boundaries ? factBounds(fact, boundaries) ?? undefined : undefined);
  }

  return (
    <li className={`fact-item${selected ? ' selected' : ''}`} style={{ borderLeftColor: stripe }}>
      <div className="fact-head">
        <button type="button" className="fact-summary" aria-pressed={selected} onClick={show} title="Show on the map">
          {summary}
        </button>
        <span className="year-badge">{year}</span>
      </div>
      {showOrigin && fact.type !== 'quote' && <p className="fact-origin">From {factOrigin(fact, nameOf, country)}</p>}
      {fact.type === 'quote' && (
        <p className="fact-quote">{fact.direct ? `“${fact.text}”` : fact.text}</p>
      )}
      <blockquote className="fact-evidence" aria-busy={text?.status === 'loading'}>
        {text?.status === 'ready' ? evidenceText(fact, text.value) : text?.status === 'error' ? <span className="muted">The sentence could not be loaded.</span> : <span className="muted">Loading the sentence…</span>}
      </blockquote>
      <p className="fact-meta">
        <span>{article ? `${article.date}` : fact.date}</span>
        <a href={hrefFor(store.getState(), { fact: fact.id, article: fact.articleId })} onClick={read}>
          Read in article
        </a>
      </p>
      <ReviewControls fact={fact} />
    </li>
  );
}

import type { Fact } from '../../src/model/dataset.ts';
import { FACT_TYPE_INFO } from '../../src/model/fact-types.ts';
import { actions } from '../../src/state/store.ts';
import { evidenceText } from '../../src/selectors/facts.ts';
import { useAppStoreApi } from '../shared/store-context.ts';
import { useArticleText } from '../shared/use-article-text.ts';
import { ReviewControls } from './ReviewControls.tsx';
import { summaryOf } from './use-review.ts';
import { RestoreButton } from './RestoreButton.tsx';

/** One fact in the review queue: what it says, its sentence, and the review controls. */
export function QueueItem({ fact, onShow, struck = false }: { fact: Fact; onShow: () => void; struck?: boolean }) {
  const store = useAppStoreApi();
  const text = useArticleText(fact.articleId);
  const summary = summaryOf(store, fact);
  return (
    <li className={`queue-item${struck ? ' struck' : ''}`} style={{ borderLeftColor: FACT_TYPE_INFO[fact.type].colour.line }}>
      <div className="queue-head">
        <span className="queue-summary">{struck ? <s>{summary}</s> : summary}</span>
        <span className="muted">{FACT_TYPE_INFO[fact.type].label} · {fact.date}</span>
      </div>
      <blockquote className="fact-evidence">
        {text?.status === 'ready' ? evidenceText(fact, text.value) : <span className="muted">{text?.status === 'error' ? 'The sentence could not be loaded.' : 'Loading the sentence…'}</span>}
      </blockquote>
      <button type="button" className="text-button" onClick={() => { actions.showFactInArticle(store, fact.id, fact.articleId); onShow(); }}>
        Show in article
      </button>
      {struck ? <RestoreButton fact={fact} /> : <ReviewControls fact={fact} />}
    </li>
  );
}

import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { actions } from '../../src/state/store.ts';
import { articleById, factById } from '../../src/selectors/facts.ts';
import { nextFact, segments } from '../../src/selectors/reader.ts';
import { factSummary } from '../../src/selectors/summary.ts';
import { FACT_TYPE_INFO } from '../../src/model/fact-types.ts';
import { FACT_TYPES, type FactType } from '../../src/model/dataset.ts';
import type { ArticleMeta } from '../../src/model/dataset.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { factBounds } from '../../src/selectors/focus.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useBoundaries, useDataset } from '../shared/use-scene.ts';
import { useArticleText } from '../shared/use-article-text.ts';
import { loadArticleText } from '../shared/load-data.ts';
import { ReaderReview } from '../review/ReaderReview.tsx';
import './reader.css';

/**
 * The article reader: the text with every extracted fact highlighted in its type's colour. The
 * text is rendered as text (React escapes it): articles are untrusted input.
 */
export function ArticleReader() {
  const store = useAppStoreApi();
  const data = useDataset();
  const boundaries = useBoundaries();
  const articleId = useApp((s) => s.article);
  const selectedFact = useApp((s) => s.fact);
  const textRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const article = data && articleId ? articleById(data).get(articleId) : undefined;
  const facts = useMemo(() => (data && article ? data.factsAt(data.ofArticle(article.id)) : []), [data, article]);
  const loaded = useArticleText(article?.id);
  const text = loaded?.status === 'ready' ? loaded.value : null;
  const runs = useMemo(() => (text !== null ? segments(text, facts) : []), [text, facts]);

  useEffect(() => {
    if (!selectedFact || !textRef.current) return;
    const el = textRef.current.querySelector<HTMLElement>(`[data-facts~="${CSS.escape(selectedFact)}"]`);
    const body = bodyRef.current;
    if (!el || !body) return;
    // Scroll the reader's own body only: scrollIntoView would also scroll the panel and the page.
    const offset = el.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
    body.scrollTop = Math.max(0, offset - body.clientHeight / 3);
  }, [selectedFact, articleId, runs]);

  useEffect(() => {
    // Opening an article from a link moves keyboard focus to its sentence (or its title), so the
    // reader does not open somewhere the keyboard user cannot reach without a long tab walk.
    if (!articleId || !panelRef.current || panelRef.current.contains(document.activeElement)) return;
    const fact = store.getState().fact;
    const target = fact ? textRef.current?.querySelector<HTMLElement>(`[data-facts~="${CSS.escape(fact)}"]`) : null;
    (target ?? titleRef.current)?.focus({ preventScroll: true });
  }, [articleId, store]);

  if (!data || !articleId) return null;
  const nameOf = (c: string) => actorName(c, boundaries);
  const byId = factById(data);

  function select(id: string | null) {
    if (!id) return;
    const fact = byId.get(id);
    actions.selectFact(store, id, fact && boundaries ? factBounds(fact, boundaries) ?? undefined : undefined);
  }


  return (
    <aside ref={panelRef} className="panel reader-panel" aria-label="Article reader" data-covers-map>
      <header className="panel-header">
        <h2 ref={titleRef} tabIndex={-1} className="reader-title">{article ? article.title : 'Article not found'}</h2>
        <button type="button" className="icon-button" aria-label="Close article reader" onClick={() => actions.closeReader(store)}>
          ×
        </button>
      </header>
      <div className="panel-body reader-body" ref={bodyRef}>
        {article && (
          <>
            <div className="reader-meta">
              <p className="muted">
                {article.date} · {facts.length} extracted fact{facts.length === 1 ? '' : 's'} · file {article.file}
              </p>
              <ArticlePicker articles={data.articles} current={article.id} onPick={(id) => actions.openArticle(store, id)} />
            </div>
            <ul className="reader-key" aria-label="Highlight colours">
              {FACT_TYPES.map((t) => (
                <li key={t}><span className="hl" style={highlightStyle(t)}>{FACT_TYPE_INFO[t].label}</span></li>
              ))}
            </ul>
            {loaded?.status === 'loading' && <p className="muted" role="status">Loading the article…</p>}
            {loaded?.status === 'error' && (
              <p className="error" role="alert">
                The article’s text could not be loaded: {loaded.message}{' '}
                <button type="button" className="text-button" onClick={() => void loadArticleText(store, article.id)}>Retry</button>
              </p>
            )}
            <div className="article-text" ref={textRef}>
              {runs.map((run) => {
                const part = text!.slice(run.start, run.end);
                if (run.factIds.length === 0) return <span key={run.start}>{part}</span>;
                const selected = selectedFact !== null && run.factIds.includes(selectedFact);
                const label = run.factIds
                  .map((id) => byId.get(id))
                  .filter((f) => f !== undefined)
                  .map((f) => `${FACT_TYPE_INFO[f.type].label}: ${factSummary(f, nameOf)}`)
                  .join('; ');
                // A <mark> acting as a button: a real <button> cannot wrap across lines inside a paragraph.
                return (
                  <mark
                    key={run.start}
                    role="button"
                    tabIndex={0}
                    className={`hl${run.types.length > 1 ? ' hl-multi' : ''}${selected ? ' selected' : ''}`}
                    style={highlightStyle(run.types[0]!)}
                    data-facts={run.factIds.join(' ')}
                    aria-pressed={selected}
                    title={label}
                    onClick={() => select(nextFact(run, selectedFact))}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        select(nextFact(run, selectedFact));
                      }
                    }}
                  >
                    {part}
                    <span className="visually-hidden"> ({label})</span>
                  </mark>
                );
              })}
            </div>
          </>
        )}
      </div>
      {article && <ReaderReview key={article.id} articleId={article.id} textRef={textRef} />}
    </aside>
  );
}

/** A highlight's colours come from the one description of its fact type, not from CSS. */
function highlightStyle(type: FactType): CSSProperties {
  const { fill, line } = FACT_TYPE_INFO[type].colour;
  return { '--hl-fill': fill, '--hl-line': line } as CSSProperties;
}

const PICKER_LIMIT = 12;

/**
 * Other articles, on demand: a compact button that opens a search over titles and dates, so the
 * reader opens on the text and its first highlight is a few keys from the close button.
 */
function ArticlePicker({ articles, current, onPick }: { articles: readonly ArticleMeta[]; current: string; onPick(id: string): void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const sorted = useMemo(() => [...articles].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1)), [articles]);
  const q = query.trim().toLowerCase();
  const matches = q ? sorted.filter((a) => a.title.toLowerCase().includes(q) || a.date.includes(q)) : sorted;
  useEffect(() => { if (open) inputRef.current?.focus(); }, [open]);
  return (
    <div className="article-picker">
      <button type="button" className="text-button small" aria-expanded={open} aria-controls={`${id}-picker`} onClick={() => setOpen((o) => !o)}>
        Other articles ({articles.length})
      </button>
      {open && (
        <div
          id={`${id}-picker`}
          className="article-picker-box"
          onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); setOpen(false); } }}
        >
          <label htmlFor={`${id}-q`} className="visually-hidden">Search articles</label>
          <input
            ref={inputRef}
            id={`${id}-q`}
            type="search"
            placeholder="Search titles or dates"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <nav aria-label="Articles">
            <ul className="article-list">
              {matches.slice(0, PICKER_LIMIT).map((a) => (
                <li key={a.id}>
                  <button type="button" aria-current={a.id === current ? 'true' : undefined} onClick={() => { onPick(a.id); setOpen(false); setQuery(''); }}>
                    <span className="article-date">{a.date}</span> {a.title}
                  </button>
                </li>
              ))}
            </ul>
            <p className="muted" role="status">
              {matches.length === 0 ? 'No article matches.' : matches.length > PICKER_LIMIT ? `${PICKER_LIMIT} of ${matches.length} shown: type to narrow.` : ''}
            </p>
          </nav>
        </div>
      )}
    </div>
  );
}

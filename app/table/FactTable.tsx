import { ReviewControls } from '../review/ReviewControls.tsx';
import type { ReviewFilter } from '../../src/state/url/url-state.ts';
import type { TableSort } from '../../src/model/table-columns.ts';
import { RestoreButton } from '../review/RestoreButton.tsx';
import { matchesReviewFilter, reviewStatusOf } from '../../src/reviews/queue.ts';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Fact } from '../../src/model/dataset.ts';
import { DEFAULT_TABLE_SORT, type TableColumnKey } from '../../src/model/table-columns.ts';
import { FACT_TYPE_INFO } from '../../src/model/fact-types.ts';
import { actions } from '../../src/state/store.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { articleById } from '../../src/selectors/facts.ts';
import { factBounds } from '../../src/selectors/focus.ts';
import { shownFacts } from '../../src/selectors/shown-facts.ts';
import { TABLE_COLUMNS, TABLE_COLUMN_ORDER, pageOf, sortFacts, type TableContext } from '../../src/selectors/fact-table.ts';
import { yearList } from '../../src/selectors/summary.ts';
import { datasetYears, shownYears } from '../../src/selectors/years.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useBoundaries, useDataset, useViewFilters } from '../shared/use-scene.ts';
import { hrefFor, isPlainClick } from '../shared/links.ts';
import './table.css';

/** Rows per page: a page stays quick to render and to read with a screen reader at 16,000 facts. */
export const PAGE_SIZE = 50;

/** Where the table covers the whole screen, "Show on map" closes it so the map can be seen. */
const coversScreen = () => window.matchMedia?.('(max-width: 700px), (max-height: 500px)').matches ?? false;

/**
 * "Table of facts": every fact shown (years, types, categories, selected actor and role) as a
 * real table, sortable by any column and paged. It needs only the facts, not the map, so it is
 * also what a reader gets when the map cannot be drawn.
 */
const PENDING_SORT: TableSort = { column: 'review', descending: false };

export function FactTable() {
  const store = useAppStoreApi();
  const open = useApp((s) => s.table);
  const data = useDataset();
  const boundaries = useBoundaries();
  const { years, types, cats, country, role } = useViewFilters();
  const selectedFact = useApp((s) => s.fact);
  const reviewFilter = useApp((s) => s.review);
  // The review queue: facts that need review come least certain first, unless a column was chosen.
  const sort = useApp((s) => s.sort) ?? (reviewFilter === 'pending' ? PENDING_SORT : DEFAULT_TABLE_SORT);
  // The page belongs to one list: a new filter or order starts again at the first page.
  const [paging, setPaging] = useState<{ list: unknown; page: number }>({ list: null, page: 0 });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const factReviews = useApp((s) => s.factReviews);
  const showRejected = useApp((s) => s.rejected);
  const rejectedFacts = useApp((s) => s.rejectedFacts);
  const facts = useMemo(() => {
    if (!data) return [];
    const shown = shownFacts(data, { years, types, cats, country, role }).filter((f) => matchesReviewFilter(f, factReviews, reviewFilter));
    if (!showRejected || rejectedFacts.length === 0) return shown;
    // Rejected facts are off the map; asked for, they are listed too, struck through.
    return [...shown, ...shownFacts({ articles: data.articles, facts: [...rejectedFacts] }, { years, types, cats, country, role })];
  }, [data, years, types, cats, country, role, factReviews, reviewFilter, showRejected, rejectedFacts]);
  const rejectedIds = useMemo(() => new Set(rejectedFacts.map((f) => f.id)), [rejectedFacts]);
  const ctx = useMemo<TableContext>(() => {
    const articles = data ? articleById(data) : new Map();
    // Names are asked for per cell, tens of thousands of times when sorting: look each up once.
    const names = new Map<string, string>();
    const nameOf = (c: string) => names.get(c) ?? names.set(c, actorName(c, boundaries)).get(c)!;
    return { nameOf, first: country, article: (id) => articles.get(id), review: (f) => reviewStatusOf(f, factReviews) };
  }, [data, boundaries, country, factReviews]);
  const sorted = useMemo(() => sortFacts(facts, sort, ctx), [facts, sort, ctx]);
  const shown = pageOf(sorted, paging.list === sorted ? paging.page : 0, PAGE_SIZE);
  const setPage = (page: number) => setPaging({ list: sorted, page });
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [shown.page]);
  useEffect(() => {
    // Opened from its button (or the keyboard): focus moves into the table, so the next Tab is in it.
    if (open && document.activeElement?.closest('[data-focus-table-on-open]')) headingRef.current?.focus();
  }, [open]);

  if (!open) return null;
  const allYears = data ? datasetYears(data) : [];
  const when = yearList(shownYears(years, allYears));

  function sortBy(column: TableColumnKey) {
    // A column's first click sorts A to Z (dates: newest first); the next click flips it.
    actions.setTableSort(store, sort.column === column ? { column, descending: !sort.descending } : { column, descending: column === 'date' });
  }

  function showOnMap(f: Fact) {
    const bounds = boundaries ? factBounds(f, boundaries) ?? undefined : undefined;
    if (coversScreen()) {
      // One step, so Back reopens the table.
      store.setState({ table: false });
    }
    actions.selectFact(store, f.id, bounds);
  }

  function read(e: MouseEvent<HTMLAnchorElement>, f: Fact) {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    actions.showFactInArticle(store, f.id, f.articleId, boundaries ? factBounds(f, boundaries) ?? undefined : undefined);
  }

  const scope = [
    `${facts.length.toLocaleString('en-GB')} fact${facts.length === 1 ? '' : 's'}`,
    when ? `from ${when}` : null,
    types ? types.map((t) => FACT_TYPE_INFO[t].plural.toLowerCase()).join(', ') : null,
    cats ? `arms: ${cats.join(', ')}` : null,
    country ? `${role === 'sent' ? 'sent by' : role === 'received' ? 'received by' : 'involving'} ${actorName(country, boundaries)}` : null,
    reviewFilter === 'pending' ? 'needing review' : reviewFilter === 'reviewed' ? 'reviewed' : null,
    showRejected ? 'rejected ones struck through' : null,
  ].filter(Boolean).join(' · ');
  const sortCol = TABLE_COLUMNS[sort.column].label;
  const order = sort.column === 'date' ? (sort.descending ? 'newest first' : 'oldest first')
    : sort.column === 'review' ? (sort.descending ? 'reviewed first' : 'least certain first')
    : sort.descending ? 'Z to A' : 'A to Z';

  return (
    <section className="panel table-panel" aria-labelledby="fact-table-title" id="fact-table" data-covers-map>
      <header className="panel-header">
        <h2 id="fact-table-title" ref={headingRef} tabIndex={-1}>Table of facts</h2>
        <button type="button" className="icon-button" aria-label="Close table" onClick={() => actions.setTableOpen(store, false)}>×</button>
      </header>
      <div className="table-review-filter">
        <label>
          Show{' '}
          <select value={reviewFilter ?? 'all'} onChange={(e) => actions.setReviewFilter(store, e.target.value === 'all' ? null : (e.target.value as ReviewFilter))}>
            <option value="all">All facts</option>
            <option value="pending">Needs review (least certain first)</option>
            <option value="reviewed">Reviewed only</option>
          </select>
        </label>
        <label className="check-row">
          <input type="checkbox" checked={showRejected} onChange={(e) => actions.setShowRejected(store, e.target.checked)} />
          Rejected facts, struck through
        </label>
      </div>
      <p className="table-scope" role="status" aria-live="polite">
        {data ? `${scope}. Sorted by ${sortCol.toLowerCase()}, ${order}.` : 'The facts are not loaded yet.'}
      </p>
      {/* A focusable scroll box, so keyboard users can scroll a table wider or taller than the screen. */}
      <div className="table-scroll" ref={scrollRef} tabIndex={0} role="group" aria-label="Table of facts, scrollable">
        <table className="fact-table">
          <caption className="visually-hidden">
            Facts shown on the map: {scope}. Sorted by {sortCol.toLowerCase()}, {order}. Page {shown.page + 1} of {shown.pages}.
          </caption>
          <thead>
            <tr>
              {TABLE_COLUMN_ORDER.map((key) => {
                const active = sort.column === key;
                return (
                  <th key={key} scope="col" className={`col-${key}`} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                    <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                      {TABLE_COLUMNS[key].label}
                      <span className="sort-mark" aria-hidden="true">{active ? (sort.descending ? '▼' : '▲') : '↕'}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="col-links">Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((f) => {
              const rejected = rejectedIds.has(f.id);
              return (
                <tr key={f.id} className={[f.id === selectedFact ? 'selected' : '', rejected ? 'rejected' : ''].join(' ').trim() || undefined}>
                  {TABLE_COLUMN_ORDER.map((key) => {
                    const text = TABLE_COLUMNS[key].text(f, ctx);
                    const cell = rejected ? <s>{text}</s> : text;
                    if (TABLE_COLUMNS[key].rowHeader) return <th key={key} scope="row" className={`col-${key}`}>{cell}</th>;
                    return (
                      <td key={key} className={`col-${key}`} style={key === 'type' ? { borderLeftColor: FACT_TYPE_INFO[f.type].colour.line } : undefined}>
                        {cell}
                      </td>
                    );
                  })}
                  <td className="col-links">
                    {rejected ? (
                      <RestoreButton fact={f} />
                    ) : (
                      <>
                        <div className="row-links">
                          <button type="button" className="text-button" aria-pressed={f.id === selectedFact} onClick={() => showOnMap(f)}>
                            Show on map
                          </button>
                          <a href={hrefFor(store.getState(), { fact: f.id, article: f.articleId })} onClick={(e) => read(e, f)}>
                            Read in article
                          </a>
                        </div>
                        <ReviewControls fact={f} />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {data && facts.length === 0 && <p className="table-empty">No facts match the years and filters shown.</p>}
      </div>
      {shown.pages > 1 && (
        <nav className="table-pages" aria-label="Table pages">
          <button type="button" className="text-button" onClick={() => setPage(shown.page - 1)} disabled={shown.page === 0}>Previous page</button>
          <span>
            Rows {shown.from.toLocaleString('en-GB')}–{shown.to.toLocaleString('en-GB')} of {sorted.length.toLocaleString('en-GB')} · page {shown.page + 1} of {shown.pages}
          </span>
          <button type="button" className="text-button" onClick={() => setPage(shown.page + 1)} disabled={shown.page >= shown.pages - 1}>Next page</button>
        </nav>
      )}
    </section>
  );
}

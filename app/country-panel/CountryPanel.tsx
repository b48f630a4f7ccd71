import { useEffect, useRef } from 'react';
import type { Fact } from '../../src/model/dataset.ts';
import { actions } from '../../src/state/store.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { factsForActor } from '../../src/selectors/facts.ts';
import { natoStatus } from '../../src/selectors/nato-status.ts';
import { datasetYears, shownYears } from '../../src/selectors/years.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useBoundaries, useDataset, useScene } from '../shared/use-scene.ts';
import { FactItem } from './FactItem.tsx';
import { RejectedFacts } from '../review/RejectedFacts.tsx';
import './country-panel.css';

const SECTIONS = [
  { key: 'sends', title: 'Sends', origin: false },
  { key: 'receives', title: 'Receives', origin: true },
  { key: 'commitments', title: 'Commitments', origin: true },
  { key: 'quotes', title: 'Quotes', origin: false },
] as const;

/** "Country details": the side panel for the selected country or actor. */
export function CountryPanel() {
  const store = useAppStoreApi();
  const country = useApp((s) => s.country);
  const years = useApp((s) => s.years);
  const boundaries = useBoundaries();
  const data = useDataset();
  const scene = useScene();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Move focus to the heading when the panel was opened from the keyboard-driven search or a
    // list, so screen-reader users hear where they are; a map click keeps focus where it was.
    if (country && document.activeElement?.closest('[data-focus-panel-on-select]')) headingRef.current?.focus();
  }, [country]);

  if (!country) return null;
  const name = actorName(country, boundaries);
  const all = data ? datasetYears(data) : [];
  const shown = shownYears(years, all);
  const dates = shown.map((y) => data?.articles.filter((a) => a.date.startsWith(String(y))).map((a) => a.date).sort().at(-1) ?? `${y}-12-31`);
  const facts = scene ? factsForActor(scene.facts, country) : null;
  const total = facts ? SECTIONS.reduce((n, s) => n + facts[s.key].length, 0) : 0;
  const hidden = all.filter((y) => !shown.includes(y));

  return (
    <aside className="panel country-panel" aria-label="Country details" data-covers-map>
      <header className="panel-header">
        <h2 ref={headingRef} tabIndex={-1}>{name}</h2>
        <button type="button" className="icon-button" aria-label="Close country details" onClick={() => actions.clearSelection(store)}>
          ×
        </button>
      </header>
      <div className="panel-body">
        <p className="nato-status">{natoStatus(country, dates)}</p>
        {data === null && <p className="muted">Facts are not loaded.</p>}
        {facts && total === 0 && (
          <div className="empty">
            <p>No reported facts about {name} in {shown.length > 0 ? shown.join(' and ') : 'the years shown'}.</p>
            {hidden.length > 0 && (
              <button type="button" className="text-button" onClick={() => actions.setYears(store, null)}>
                Show all years ({all.join(', ')})
              </button>
            )}
          </div>
        )}
        {facts && total > 0 && SECTIONS.map(({ key, title, origin }) => {
          const list: Fact[] = facts[key];
          if (list.length === 0) return null;
          return (
            <section key={key} className="fact-section" aria-labelledby={`section-${key}`}>
              <h3 id={`section-${key}`}>
                {title} <span className="count">({list.length})</span>
              </h3>
              <ul className="fact-list">
                {list.map((f) => <FactItem key={f.id} fact={f} showOrigin={origin} />)}
              </ul>
            </section>
          );
        })}
        <RejectedFacts country={country} />
      </div>
    </aside>
  );
}

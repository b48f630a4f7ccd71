import { useEffect, useId, useRef, useState } from 'react';
import { FACT_TYPES, ITEM_CATEGORIES, type FactType, type ItemCategory } from '../../src/model/dataset.ts';
import { FACT_TYPE_INFO } from '../../src/model/fact-types.ts';
import { actions } from '../../src/state/store.ts';
import type { ActorRole } from '../../src/state/url/url-state.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { CATEGORY_COLOR, CATEGORY_LABEL, CATEGORY_LETTER } from '../../src/selectors/palette.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useBoundaries } from '../shared/use-scene.ts';
import './filters.css';
import { KeepOneCheckbox } from '../shared/KeepOneCheckbox.tsx';

/** Toggles one member of a subset; the last one stays on (an empty filter would show nothing and explain nothing). */
function toggled<T>(all: readonly T[], current: readonly T[] | null, item: T, on: boolean): T[] {
  const shown = current ?? all;
  return on ? all.filter((x) => shown.includes(x) || x === item) : shown.filter((x) => x !== item);
}

/**
 * "Filters": fact types, arms categories and the selected country's side. Everything lives in the
 * store's link state (`types`, `cats`, `role`), so a shared link keeps it and every view follows.
 */
export function Filters() {
  const store = useAppStoreApi();
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const types = useApp((s) => s.types);
  const cats = useApp((s) => s.cats);
  const role = useApp((s) => s.role);
  const country = useApp((s) => s.country);
  const boundaries = useBoundaries();
  const active = (types ? 1 : 0) + (cats ? 1 : 0) + (role && country ? 1 : 0);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => { if (!rootRef.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const typeShown = (t: FactType) => types === null || types.includes(t);
  const catShown = (c: ItemCategory) => cats === null || cats.includes(c);
  const shownTypes = FACT_TYPES.filter(typeShown);
  const shownCats = ITEM_CATEGORIES.filter(catShown);

  return (
    <div
      className="filters"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          // Closes the filters only: the selection behind them stays.
          e.preventDefault();
          setOpen(false);
          rootRef.current?.querySelector<HTMLButtonElement>('.filters-toggle')?.focus();
        }
      }}
    >
      <button type="button" className="toolbar-button filters-toggle" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
        Filters{active > 0 ? ` (${active})` : ''}
      </button>
      <div id={`${id}-panel`} className="filters-panel" role="group" aria-label="Filters" hidden={!open}>
        <fieldset>
          <legend>Show</legend>
          {FACT_TYPES.map((t) => {
            const on = typeShown(t);
            return (
              <KeepOneCheckbox
                key={t}
                className="filter-row"
                checked={on}
                last={on && shownTypes.length === 1}
                what="type"
                onChange={(checked) => actions.setTypes(store, toggled(FACT_TYPES, types, t, checked))}
              >
                <span className="filter-swatch" style={{ background: FACT_TYPE_INFO[t].colour.line }} aria-hidden="true" />
                {FACT_TYPE_INFO[t].plural}
              </KeepOneCheckbox>
            );
          })}
        </fieldset>
        <fieldset disabled={!typeShown('arms_shipment')}>
          <legend>Arms categories</legend>
          <div className="filter-grid">
            {ITEM_CATEGORIES.map((c) => {
              const on = catShown(c);
              return (
                <KeepOneCheckbox
                  key={c}
                  className="filter-row"
                  checked={on}
                  last={on && shownCats.length === 1}
                  what="category"
                  onChange={(checked) => actions.setCategories(store, toggled(ITEM_CATEGORIES, cats, c, checked))}
                >
                  <span className="filter-swatch" style={{ background: CATEGORY_COLOR[c] }} aria-hidden="true" />
                  <b className="filter-letter" aria-hidden="true">{CATEGORY_LETTER[c]}</b>
                  {CATEGORY_LABEL[c]}
                </KeepOneCheckbox>
              );
            })}
          </div>
          {cats && <button type="button" className="text-button small" onClick={() => actions.setCategories(store, null)}>All categories</button>}
        </fieldset>
        <fieldset disabled={!country}>
          <legend>{country ? `${actorName(country, boundaries)}’s side` : 'Side (select a country first)'}</legend>
          {([[null, 'Sent and received'], ['sent', 'Sent'], ['received', 'Received']] as [ActorRole | null, string][]).map(([value, label]) => (
            <label key={label} className="filter-row">
              <input type="radio" name={`${id}-role`} checked={role === value} onChange={() => actions.setRole(store, value)} />
              {label}
            </label>
          ))}
        </fieldset>
        {active > 0 && (
          <button
            type="button"
            className="text-button"
            onClick={() => { actions.setTypes(store, null); actions.setCategories(store, null); actions.setRole(store, null); }}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}

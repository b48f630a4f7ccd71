import { actions } from '../../src/state/store.ts';
import { datasetYears, shownYears } from '../../src/selectors/years.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useDataset } from '../shared/use-scene.ts';
import './years.css';
import { KeepOneCheckbox } from '../shared/KeepOneCheckbox.tsx';

/** Up to this many years, one checkbox each; past it, a range (from, to) and an "Only 2024" button per year. */
export const MAX_YEAR_CHECKBOXES = 3;

/**
 * The time control, built from the years the articles were published in: every layer, count,
 * panel and export follows it (they all read the store's `years`).
 */
export function YearToggles() {
  const data = useDataset();
  if (!data) return null;
  const all = datasetYears(data);
  if (all.length === 0) return null;
  return all.length <= MAX_YEAR_CHECKBOXES ? <YearCheckboxes all={all} /> : <YearRange all={all} />;
}

function useYears(all: readonly number[]) {
  const store = useAppStoreApi();
  const years = useApp((s) => s.years);
  const shown = shownYears(years, all);
  const set = (next: number[]) => actions.setYears(store, next.length === all.length || next.length === 0 ? null : next);
  return { shown, set };
}

function YearCheckboxes({ all }: { all: readonly number[] }) {
  const { shown, set } = useYears(all);
  return (
    <fieldset className="years">
      <legend>Years</legend>
      {all.map((y) => {
        const checked = shown.includes(y);
        return (
          <KeepOneCheckbox
            key={y}
            className="year-toggle"
            checked={checked}
            last={checked && shown.length === 1}
            what="year"
            onChange={(on) => set(on ? [...shown, y].sort() : shown.filter((x) => x !== y))}
          >
            {y}
          </KeepOneCheckbox>
        );
      })}
    </fieldset>
  );
}

function YearRange({ all }: { all: readonly number[] }) {
  const { shown, set } = useYears(all);
  const from = shown[0] ?? all[0]!;
  const to = shown[shown.length - 1] ?? all[all.length - 1]!;
  const span = (a: number, b: number) => all.filter((y) => y >= Math.min(a, b) && y <= Math.max(a, b));
  const gaps = shown.length < span(from, to).length;
  return (
    <fieldset className="years years-range">
      <legend>Years</legend>
      <label className="year-select">
        <span className="visually-hidden">From year</span>
        <select aria-label="From year" value={from} onChange={(e) => set(span(Number(e.target.value), to))}>
          {all.map((y) => <option key={y} value={y} disabled={y > to}>{y}</option>)}
        </select>
      </label>
      <span aria-hidden="true">–</span>
      <label className="year-select">
        <span className="visually-hidden">To year</span>
        <select aria-label="To year" value={to} onChange={(e) => set(span(from, Number(e.target.value)))}>
          {all.map((y) => <option key={y} value={y} disabled={y < from}>{y}</option>)}
        </select>
      </label>
      <span className="year-only" role="group" aria-label="Show one year">
        {all.map((y) => {
          const only = shown.length === 1 && shown[0] === y;
          return (
            <button key={y} type="button" aria-pressed={only} aria-label={`Only ${y}`} title={`Only ${y}`} onClick={() => set(only ? [...all] : [y])}>
              {y}
            </button>
          );
        })}
        {shown.length < all.length && (
          <button type="button" className="year-all" onClick={() => set([...all])}>All</button>
        )}
      </span>
      {gaps && <span className="muted">({shown.join(', ')})</span>}
    </fieldset>
  );
}

import { actions } from '../../src/state/store.ts';
import { datasetYears, shownYears } from '../../src/selectors/years.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useDataset } from '../shared/use-scene.ts';
import './years.css';

/** One checkbox per year the articles were published in; a new year's articles add one. */
export function YearToggles() {
  const store = useAppStoreApi();
  const data = useDataset();
  const years = useApp((s) => s.years);
  if (!data) return null;
  const all = datasetYears(data);
  const shown = shownYears(years, all);

  function toggle(year: number, on: boolean) {
    const next = on ? [...shown, year] : shown.filter((y) => y !== year);
    actions.setYears(store, next.length === all.length ? null : next);
  }

  return (
    <fieldset className="years">
      <legend>Years</legend>
      {all.map((y) => {
        const checked = shown.includes(y);
        // The last year shown stays on: a map with no year would show nothing and explain nothing.
        const last = checked && shown.length === 1;
        return (
          <label key={y} className="year-toggle" title={last ? 'At least one year stays shown' : undefined}>
            <input type="checkbox" checked={checked} aria-disabled={last} onChange={(e) => { if (!last) toggle(y, e.target.checked); }} />
            {y}
          </label>
        );
      })}
    </fieldset>
  );
}

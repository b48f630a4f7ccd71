import { useEffect, useState } from 'react';
import type { Swatch } from '../../src/selectors/legend.ts';
import { legendModel } from '../../src/selectors/legend.ts';
import { useApp } from '../shared/store-context.ts';
import { useBoundaries, useDataset, useMapViewModel } from '../shared/use-scene.ts';
import './legend.css';

/** Widths where a country's side panel and the open legend leave too little map between them for the selected country. */
const NARROW_WITH_PANEL = '(max-width: 1099px)';
/** Short or narrow screens start with the legend folded, so it never hides the map it explains. */
const roomy = (embed: boolean) =>
  window.matchMedia?.(embed ? '(min-width: 520px) and (min-height: 400px)' : '(min-width: 701px) and (min-height: 701px)').matches ?? true;

function SwatchMark({ swatch }: { swatch: Swatch }) {
  switch (swatch.kind) {
    case 'line':
      return <span className={`sw sw-line${swatch.dashed ? ' dashed' : ''}`} style={{ color: swatch.colour }} aria-hidden="true" />;
    case 'widths':
      return <span className="sw sw-widths" style={{ color: swatch.colour }} aria-hidden="true"><i /><i /></span>;
    case 'branch':
      return (
        <svg className="sw sw-branch" viewBox="0 0 22 14" aria-hidden="true" style={{ color: swatch.colour }}>
          <path d="M1 7 H10 L20 2 M10 7 L20 12" fill="none" stroke="currentColor" strokeWidth="1.8" strokeDasharray="3 2" />
        </svg>
      );
    case 'symbol':
      return <span className={`sw sw-symbol ${swatch.shape}`} style={{ color: swatch.colour }} aria-hidden="true">{swatch.text}</span>;
    case 'hatch':
      return <span className="sw sw-hatch" style={{ color: swatch.colour }} aria-hidden="true" />;
    case 'outline':
      return <span className={`sw sw-outline ${swatch.style}`} style={{ color: swatch.colour }} aria-hidden="true" />;
  }
}

/**
 * Explains what is drawn right now and nothing else, in at most 45% of the map's height (it scrolls
 * past that), with one line about the corpus. The PNG export draws the same model.
 */
export function Legend() {
  const embed = useApp((s) => s.embed);
  const [open, setOpen] = useState(() => roomy(embed));
  const data = useDataset();
  const boundaries = useBoundaries();
  const vm = useMapViewModel();
  const years = useApp((s) => s.years);
  const country = useApp((s) => s.country);

  useEffect(() => {
    // A window that shrinks to a phone or a short frame folds the legend; growing leaves it as the reader set it.
    const mq = window.matchMedia?.(embed ? '(max-width: 519px), (max-height: 399px)' : '(max-width: 700px), (max-height: 700px)');
    if (!mq) return;
    const onChange = () => { if (mq.matches) setOpen(false); };
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [embed]);

  // Selecting a country opens its panel beside the map: where the two would leave the legend over the selected country
  // (a tablet's width), the legend folds; the reader may open it again. Adjusted while rendering, as the country changes.
  const [seenCountry, setSeenCountry] = useState(country);
  if (country !== seenCountry) {
    setSeenCountry(country);
    if (country && !embed && window.matchMedia?.(NARROW_WITH_PANEL).matches) setOpen(false);
  }

  const model = vm && data && boundaries ? legendModel(vm, data, years, country, boundaries) : null;
  return (
    <section className="legend" aria-label="Legend" data-covers-map="corner">
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls="legend-body" onClick={() => setOpen((o) => !o)}>
        Legend
      </button>
      <div id="legend-body" className="legend-body" hidden={!open}>
        {model?.sections.map((s) => (
          <div key={s.id} className="legend-section">
            <h3>{s.title}</h3>
            <ul className={`legend-list${s.id === 'arms' ? ' two-col' : ''}`}>
              {s.rows.map((r) => (
                <li key={r.id} className={r.id === 'widths' ? 'wide' : undefined}>
                  <SwatchMark swatch={r.swatch} />
                  {r.letter && <b className="legend-letter" aria-hidden="true">{r.letter}</b>}
                  <span>{r.label}{r.letter && <span className="visually-hidden"> (letter {r.letter})</span>}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {model?.note && <p className="legend-note">{model.note}</p>}
        <p className="legend-corpus">{model ? model.corpus : 'Loading the facts…'}</p>
        <details className="legend-source">
          <summary>Sources and notes</summary>
          <p>{model?.source}</p>
        </details>
      </div>
    </section>
  );
}

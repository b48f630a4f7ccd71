import { useMemo, useState } from 'react';
import { actorName } from '../../src/selectors/actors.ts';
import { shownFacts } from '../../src/selectors/shown-facts.ts';
import { homeSummary } from '../../src/selectors/summary.ts';
import { datasetYears, shownYears } from '../../src/selectors/years.ts';
import { useApp } from '../shared/store-context.ts';
import { useBoundaries, useDataset } from '../shared/use-scene.ts';
import './summary.css';

/**
 * What the map shows, in one or two sentences, for readers who cannot or would rather not read the
 * map. It follows the years and filters (not the selected country: the panel speaks for that),
 * and a polite live region announces it when it changes.
 */
export function Summary() {
  const data = useDataset();
  const boundaries = useBoundaries();
  const years = useApp((s) => s.years);
  const types = useApp((s) => s.types);
  const cats = useApp((s) => s.cats);
  // On a phone the summary shows two lines until asked for more; screen readers get it whole.
  const [expanded, setExpanded] = useState(false);
  const text = useMemo(() => {
    if (!data) return '';
    const facts = shownFacts(data, { years, types, cats, country: null, role: null });
    return homeSummary(facts, shownYears(years, datasetYears(data)), (c) => actorName(c, boundaries));
  }, [data, boundaries, years, types, cats]);
  return (
    <section className="summary" aria-label="Summary" data-expanded={expanded}>
      <p aria-live="polite" aria-atomic="true">{text}</p>
      {text && (
        <button type="button" className="summary-more" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Less' : 'More'}
        </button>
      )}
    </section>
  );
}

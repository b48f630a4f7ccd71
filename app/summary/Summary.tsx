import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { actorName } from '../../src/selectors/actors.ts';
import { summaryTotals } from '../../src/selectors/summary-totals.ts';
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
  // Two lines until asked for more, so the map does not change size as filters change the text;
  // screen readers get it whole.
  const [expanded, setExpanded] = useState(false);
  const [clamped, setClamped] = useState(false);
  const para = useRef<HTMLParagraphElement>(null);
  const text = useMemo(() => {
    if (!data) return '';
    return homeSummary(summaryTotals(data, { years, types, cats }), shownYears(years, datasetYears(data)), (c) => actorName(c, boundaries));
  }, [data, boundaries, years, types, cats]);
  useLayoutEffect(() => {
    const el = para.current;
    if (!el) return;
    const measure = () => setClamped(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [text]);
  return (
    <section className="summary" aria-label="Summary" data-expanded={expanded}>
      <p ref={para} aria-live="polite" aria-atomic="true">{text}</p>
      {text && (clamped || expanded) && (
        <button type="button" className="summary-more" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Less' : 'More'}
        </button>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { actions } from '../../src/state/store.ts';
import { actorName } from '../../src/selectors/actors.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';

/** "Country details": the side panel for the selected country or actor. */
export function CountryPanel() {
  const store = useAppStoreApi();
  const country = useApp((s) => s.country);
  const boundaries = useApp((s) => (s.boundaries.status === 'ready' ? s.boundaries.value : null));
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Move focus to the heading only when the panel was opened from the keyboard-driven search or a
    // list, so screen-reader users hear where they are; a map click keeps focus where it was.
    if (country && document.activeElement?.closest('[data-focus-panel-on-select]')) headingRef.current?.focus();
  }, [country]);

  if (!country) return null;
  const name = actorName(country, boundaries);
  return (
    <aside className="panel country-panel" aria-label="Country details" data-covers-map>
      <header className="panel-header">
        <h2 ref={headingRef} tabIndex={-1}>{name}</h2>
        <button type="button" className="icon-button" aria-label="Close country details" onClick={() => actions.clearSelection(store)}>
          ×
        </button>
      </header>
    </aside>
  );
}

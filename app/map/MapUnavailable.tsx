import { actions } from '../../src/state/store.ts';
import { useAppStoreApi } from '../shared/store-context.ts';

interface Props {
  reason: string;
}

/**
 * In place of a map this browser cannot draw (no WebGL2, or it is switched off): says so plainly
 * and offers the table of facts, which holds everything the map would show.
 */
export function MapUnavailable({ reason }: Props) {
  const store = useAppStoreApi();
  return (
    <div className="map-unavailable" data-testid="map-unavailable">
      <div className="map-unavailable-box" role="alert">
        <h2>The map can’t be drawn in this browser</h2>
        <p>
          Drawing it needs WebGL2, which this browser has switched off or does not offer. Every fact is still here: pick a
          country with <em>Find a country</em>, or read them all in the table.
        </p>
        <button type="button" className="text-button" onClick={() => actions.setTableOpen(store, true)}>
          Show the table of facts
        </button>
        <p className="muted">Technical detail: {reason}</p>
      </div>
    </div>
  );
}

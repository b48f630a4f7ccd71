import { actions } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useScene } from '../shared/use-scene.ts';
import { CHIP_DOCK, MAX_CHIPS } from '../shared/chip-dock.ts';
import './chips.css';

/**
 * Actors with facts but no polygon on this map (the United States, NATO, the EU), docked at the
 * map's edge. Their arrows start at the chip; pressing one selects the actor like a country.
 */
export function ActorChips() {
  const store = useAppStoreApi();
  const scene = useScene();
  const selected = useApp((s) => s.country);
  if (!scene || scene.offmap.length === 0) return null;
  const { left, top, width, height, gap } = CHIP_DOCK;
  return (
    <ul className="actor-chips" aria-label="Actors off the map">
      {scene.offmap.slice(0, MAX_CHIPS).map((a, i) => (
        <li key={a.code} style={{ left, top: top + i * (height + gap), width, height }}>
          <button
            type="button"
            className={`chip${selected === a.code ? ' selected' : ''}`}
            aria-pressed={selected === a.code}
            aria-label={`${a.name}: ${a.count} fact${a.count === 1 ? '' : 's'}`}
            onClick={() => actions.selectCountry(store, selected === a.code ? null : a.code)}
          >
            <span className="chip-name">{a.name}</span>
            <span className="chip-count" aria-hidden="true">{a.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

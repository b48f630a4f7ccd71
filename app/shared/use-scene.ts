import type { FactIndex } from '../../src/model/dataset.ts';
import type { Boundaries } from '../../src/geo/boundaries.ts';
import { mapScene, type MapScene } from '../../src/selectors/map-scene.ts';
import { useApp } from './store-context.ts';

export function useDataset(): FactIndex | null {
  return useApp((s) => (s.dataset.status === 'ready' ? s.dataset.value : null));
}

export function useBoundaries(): Boundaries | null {
  return useApp((s) => (s.boundaries.status === 'ready' ? s.boundaries.value : null));
}

/** The scene the map draws, shared with the panels so counts on screen agree with the map. */
export function useScene(): MapScene | null {
  const data = useDataset();
  const boundaries = useBoundaries();
  const years = useApp((s) => s.years);
  return data && boundaries ? mapScene(data, years, boundaries) : null;
}

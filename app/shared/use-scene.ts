import type { FactColumns } from '../../src/model/fact-columns.ts';
import type { Boundaries } from '../../src/geo/boundaries.ts';
import { mapScene, type MapScene } from '../../src/selectors/map-scene.ts';
import { mapViewModel, type MapViewModel } from '../../src/selectors/map-view-model.ts';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../src/state/store.ts';
import { useApp } from './store-context.ts';

export function useDataset(): FactColumns | null {
  return useApp((s) => (s.dataset.status === 'ready' ? s.dataset.value : null));
}

export function useBoundaries(): Boundaries | null {
  return useApp((s) => (s.boundaries.status === 'ready' ? s.boundaries.value : null));
}

/** The facts the filters keep and their marks, shared with the panels so counts on screen agree with the map. */
export function useScene(): MapScene | null {
  const data = useDataset();
  const boundaries = useBoundaries();
  const years = useApp((s) => s.years);
  const types = useApp((s) => s.types);
  const cats = useApp((s) => s.cats);
  return data && boundaries ? mapScene(data, { years, types, cats }, boundaries) : null;
}

export type ViewFilters = Pick<AppState, 'years' | 'types' | 'cats' | 'country' | 'role'>;

/** What the map, the table and the panels all follow: years, types, arms categories, the selected actor and its role. */
export function useViewFilters(): ViewFilters {
  return useApp(useShallow((s) => ({ years: s.years, types: s.types, cats: s.cats, country: s.country, role: s.role })));
}

/** The map's view model (what is drawn), for the legend and anything else that must match the map. */
export function useMapViewModel(): MapViewModel | null {
  const data = useDataset();
  const boundaries = useBoundaries();
  const { years, types, cats, country, role } = useViewFilters();
  const fact = useApp((s) => s.fact);
  const zoom = useApp((s) => s.view.zoom);
  if (!data || !boundaries) return null;
  return mapViewModel({ data, boundaries, years, types, cats, country, fact, role, zoom });
}

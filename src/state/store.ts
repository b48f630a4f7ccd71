import { createStore, type StoreApi } from 'zustand/vanilla';
import { FACT_TYPES, ITEM_CATEGORIES, type FactType, type ItemCategory } from '../model/dataset.ts';
import type { FactColumns } from '../model/fact-columns.ts';
import type { Boundaries } from '../geo/boundaries.ts';
import type { View, ViewOrigin } from './view.ts';
import { HOME_VIEW } from '../geo/extent.ts';
import { DEFAULT_URL_STATE, type ActorRole, type ReviewFilter, type UrlState } from './url/url-state.ts';
import { DEFAULT_TABLE_SORT, type TableSort } from '../model/table-columns.ts';
import { initialReviewSlice, reviewActions, type ReviewSlice } from './review-slice.ts';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

/** A camera move the app asks the map for; `seq` makes a repeated request distinct. */
export type CameraRequest =
  /** `link`: the camera of an opened link; the map may move a selected country out from under a panel. */
  | { seq: number; kind: 'view'; view: View; animate: boolean; link?: boolean }
  | { seq: number; kind: 'bounds'; bounds: [number, number, number, number]; animate: boolean };

/** The part of the UI state that a link carries besides the camera (see src/state/url). */
export type Selection = Omit<UrlState, 'view'>;

export interface AppState extends Selection, ReviewSlice {
  boundaries: Load<Boundaries>;
  /** The facts everyone reads: the published ones with the user's articles and reviews applied (review-slice.ts). */
  dataset: Load<FactColumns>;
  /** Article texts fetched so far (the reader, evidence on cards, exports), by article id. */
  texts: ReadonlyMap<string, Load<string>>;
  view: View;
  viewOrigin: ViewOrigin;
  camera: CameraRequest | null;
  /** One-line notice for the user (e.g. parts of a link that could not be used); dismissible. */
  notice: string | null;
  /** The link has been read and applied: the map can be drawn at the right place. */
  started: boolean;
  /** The home view for this screen: what a link without `view` opens at. */
  home: View;
  /** A group of "Country details" opened from the map (an arrow's facts); not part of the link. */
  openGroup: string | null;
}

const { view: _view, ...defaultSelection } = DEFAULT_URL_STATE;
export const INITIAL_SELECTION: Selection = defaultSelection;

/** The link's state for an app state: its selection and camera. */
export function urlStateOf(s: Selection & { view: UrlState['view'] }): UrlState {
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_URL_STATE)) out[key] = s[key as keyof UrlState];
  return out as unknown as UrlState;
}

export function initialState(): AppState {
  return {
    ...INITIAL_SELECTION,
    boundaries: { status: 'loading' },
    dataset: { status: 'loading' },
    texts: new Map(),
    view: { ...HOME_VIEW },
    viewOrigin: 'app',
    camera: null,
    notice: null,
    started: false,
    home: { ...HOME_VIEW },
    ...initialReviewSlice(),
    openGroup: null,
  };
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(init: Partial<AppState> = {}): AppStore {
  // A store given its facts directly (tests, benchmarks) treats them as the published ones.
  const base = init.dataset && !init.baseIndex ? { baseIndex: init.dataset } : {};
  return createStore<AppState>()(() => ({ ...initialState(), ...base, ...init }));
}

let cameraSeq = 0;

/** A subset in canonical order; the full set (or nothing) is the default, null. */
function normaliseSubset<T>(list: readonly T[] | null, all: readonly T[]): T[] | null {
  if (list === null) return null;
  const kept = all.filter((x) => list.includes(x));
  return kept.length === 0 || kept.length === all.length ? null : kept;
}

/** Actions: the only ways the UI changes state. Pure functions of the store, testable without React. */
export const actions = {
  selectCountry(store: AppStore, country: string | null, focus?: [number, number, number, number]): void {
    store.setState((s) => ({
      country,
      fact: country === s.country ? s.fact : null,
      openGroup: country === s.country ? s.openGroup : null,
      camera: focus ? { seq: ++cameraSeq, kind: 'bounds', bounds: focus, animate: true } : s.camera,
    }));
  },
  clearSelection(store: AppStore): void {
    store.setState({ country: null, fact: null, openGroup: null });
  },
  /**
   * Lists every fact an arrow stands for: the actor's details open at the arrow's group. The role
   * filter is let go if it would hide that group.
   */
  showMarkFacts(store: AppStore, country: string, group: string, side: ActorRole): void {
    store.setState((s) => ({ country, fact: null, openGroup: group, role: s.role === null || s.role === side ? s.role : null }));
  },
  setYears(store: AppStore, years: number[] | null): void {
    store.setState({ years: years ? [...new Set(years)].sort((a, b) => a - b) : null });
  },
  selectFact(store: AppStore, fact: string | null, focus?: [number, number, number, number]): void {
    store.setState((s) => ({
      fact,
      camera: focus ? { seq: ++cameraSeq, kind: 'bounds', bounds: focus, animate: true } : s.camera,
    }));
  },
  openArticle(store: AppStore, article: string | null): void {
    store.setState({ article });
  },
  /** Closing the reader also lets go of a fact selected in it, so a link does not reopen it. */
  closeReader(store: AppStore): void {
    store.setState((s) => ({ article: null, fact: s.country ? s.fact : null }));
  },
  /** The map moved by itself (drag, zoom, fly finished): record it, do not send it back. */
  viewFromMap(store: AppStore, view: View): void {
    store.setState({ view, viewOrigin: 'map' });
  },
  /** The app wants the camera somewhere (a link, Back/Forward). */
  viewFromApp(store: AppStore, view: View, animate = false): void {
    store.setState({ view, viewOrigin: 'app', camera: { seq: ++cameraSeq, kind: 'view', view, animate } });
  },
  applySelection(store: AppStore, selection: Partial<Selection>): void {
    store.setState(selection);
  },
  /** A link (opened, or reached by Back/Forward): its selection and its camera in one state change. */
  applyLink(store: AppStore, selection: Partial<Selection>, view: View): void {
    store.setState({ ...selection, view, viewOrigin: 'app', camera: { seq: ++cameraSeq, kind: 'view', view, animate: false, link: true } });
  },
  /** Opens a fact in its article in one step, so Back returns to before the click, not to a half state. */
  showFactInArticle(store: AppStore, fact: string, article: string, focus?: [number, number, number, number]): void {
    store.setState((s) => ({
      fact,
      article,
      camera: focus ? { seq: ++cameraSeq, kind: 'bounds', bounds: focus, animate: true } : s.camera,
    }));
  },
  /** Fact types shown everywhere (map, panels, table, exports); null or every type means all. */
  setTypes(store: AppStore, types: readonly FactType[] | null): void {
    store.setState({ types: normaliseSubset(types, FACT_TYPES) });
  },
  setCategories(store: AppStore, cats: readonly ItemCategory[] | null): void {
    store.setState({ cats: normaliseSubset(cats, ITEM_CATEGORIES) });
  },
  setRole(store: AppStore, role: ActorRole | null): void {
    store.setState({ role });
  },
  setTableOpen(store: AppStore, table: boolean): void {
    store.setState({ table });
  },
  /** The table's order; the default (date, newest first) is stored as null, so the link leaves it out. */
  setTableSort(store: AppStore, sort: TableSort | null): void {
    const isDefault = sort === null || (sort.column === DEFAULT_TABLE_SORT.column && sort.descending === DEFAULT_TABLE_SORT.descending);
    store.setState({ sort: isDefault ? null : { column: sort.column, descending: sort.descending } });
  },
  setReviewFilter(store: AppStore, review: ReviewFilter | null): void {
    store.setState({ review });
  },
  setShowRejected(store: AppStore, rejected: boolean): void {
    store.setState({ rejected });
  },
  setNotice(store: AppStore, notice: string | null): void {
    store.setState({ notice });
  },
  ...reviewActions,
};

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FactIndex } from '../model/dataset.ts';
import type { Boundaries } from '../geo/boundaries.ts';
import type { View, ViewOrigin } from './view.ts';
import { HOME_VIEW } from '../geo/extent.ts';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

/** A camera move the app asks the map for; `seq` makes a repeated request distinct. */
export type CameraRequest =
  | { seq: number; kind: 'view'; view: View; animate: boolean }
  | { seq: number; kind: 'bounds'; bounds: [number, number, number, number]; animate: boolean };

/** The part of the UI state that a link carries (see src/state/url). */
export interface Selection {
  country: string | null;
  years: number[] | null; // null: every year in the dataset
  fact: string | null;
  article: string | null;
  embed: boolean;
}

export interface AppState extends Selection {
  boundaries: Load<Boundaries>;
  dataset: Load<FactIndex>;
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
}

export const INITIAL_SELECTION: Selection = { country: null, years: null, fact: null, article: null, embed: false };

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
  };
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(init: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()(() => ({ ...initialState(), ...init }));
}

let cameraSeq = 0;

/** Actions: the only ways the UI changes state. Pure functions of the store, testable without React. */
export const actions = {
  selectCountry(store: AppStore, country: string | null, focus?: [number, number, number, number]): void {
    store.setState((s) => ({
      country,
      fact: country === s.country ? s.fact : null,
      camera: focus ? { seq: ++cameraSeq, kind: 'bounds', bounds: focus, animate: true } : s.camera,
    }));
  },
  clearSelection(store: AppStore): void {
    store.setState({ country: null, fact: null });
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
  setNotice(store: AppStore, notice: string | null): void {
    store.setState({ notice });
  },
};

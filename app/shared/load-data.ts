import { actions, type AppStore, type Load } from '../../src/state/store.ts';
import { indexBoundaries } from '../../src/geo/boundaries.ts';
import type { CountriesTopology } from '../../src/geo/topology.ts';
import { decodeArticleText, decodeFactColumnsInSlices, INDEX_FILE, SLICE_MS, textFileName } from '../../src/model/data-files.ts';
import { FIRST_VIEW_SUMS } from '../../src/selectors/first-view-sums.ts';

const base = import.meta.env.BASE_URL;

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path}: the server answered ${res.status} ${res.statusText}`.trim());
  try {
    return await res.json();
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
}

export async function loadBoundaries(store: AppStore): Promise<void> {
  store.setState({ boundaries: { status: 'loading' } });
  try {
    const topo = (await fetchJson('geo/countries.topo.json')) as CountriesTopology;
    store.setState({ boundaries: { status: 'ready', value: indexBoundaries(topo) } });
  } catch (err) {
    store.setState({ boundaries: { status: 'error', message: errorMessage(err) } });
  }
}

/** Resolves in a later task, so input and the map's frames can run between two slices of work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function loadDataset(store: AppStore): Promise<void> {
  actions.setBaseIndex(store, { status: 'loading' });
  try {
    const data = await decodeFactColumnsInSlices(await fetchJson(`data/${INDEX_FILE}`), nextTask);
    // The sums share the decode's budget per task: a pause before each was a frame's wait on a small corpus too.
    let sliceStart = performance.now();
    for (const sum of FIRST_VIEW_SUMS) {
      if (performance.now() - sliceStart >= SLICE_MS / 2) {
        await nextTask();
        sliceStart = performance.now();
      }
      sum(data);
    }
    actions.setBaseIndex(store, { status: 'ready', value: data });
  } catch (err) {
    actions.setBaseIndex(store, { status: 'error', message: errorMessage(err) });
  }
}

/**
 * Fetches one article's text once; later calls for the same article are free. The texts are not
 * part of the first download: most views never need them.
 */
export async function loadArticleText(store: AppStore, articleId: string): Promise<void> {
  const known = store.getState().texts.get(articleId);
  if (known && known.status !== 'error') return;
  const set = (value: Load<string>) =>
    store.setState((s) => ({ texts: new Map(s.texts).set(articleId, value) }));
  set({ status: 'loading' });
  try {
    set({ status: 'ready', value: decodeArticleText(await fetchJson(`data/${textFileName(articleId)}`), articleId) });
  } catch (err) {
    set({ status: 'error', message: errorMessage(err) });
  }
}

/** Every text the given articles need, fetched a few at a time; resolves when all have settled. */
export async function loadArticleTexts(store: AppStore, articleIds: Iterable<string>): Promise<ReadonlyMap<string, string>> {
  const queue = [...new Set(articleIds)];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) await loadArticleText(store, id);
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  const out = new Map<string, string>();
  for (const [id, t] of store.getState().texts) if (t.status === 'ready') out.set(id, t.value);
  return out;
}

function errorMessage(err: unknown): string {
  if (err instanceof TypeError) return 'The network request failed. Check the connection and try again.';
  return err instanceof Error ? err.message : String(err);
}

import type { AppStore } from '../../src/state/store.ts';
import { indexBoundaries } from '../../src/geo/boundaries.ts';
import type { CountriesTopology } from '../../src/geo/topology.ts';
import { validateDataset } from '../../src/model/dataset.ts';

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

export async function loadDataset(store: AppStore): Promise<void> {
  store.setState({ dataset: { status: 'loading' } });
  try {
    const data = validateDataset(await fetchJson('data/dataset.json'));
    store.setState({ dataset: { status: 'ready', value: data } });
  } catch (err) {
    store.setState({ dataset: { status: 'error', message: errorMessage(err) } });
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof TypeError) return 'The network request failed. Check the connection and try again.';
  return err instanceof Error ? err.message : String(err);
}

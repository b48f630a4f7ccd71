import { describe, expect, it } from 'vitest';
import { actions, createAppStore } from './store.ts';

describe('store actions', () => {
  it('a new country lets go of the fact of the old one; the same country keeps it', () => {
    const store = createAppStore({ country: 'EE', fact: 'f1' });
    actions.selectCountry(store, 'EE');
    expect(store.getState().fact).toBe('f1');
    actions.selectCountry(store, 'LV');
    expect(store.getState()).toMatchObject({ country: 'LV', fact: null });
  });

  it('asks the map to frame a country only when given its bounds, each request distinct', () => {
    const store = createAppStore();
    actions.selectCountry(store, 'EE');
    expect(store.getState().camera).toBeNull();
    actions.selectCountry(store, 'PL', [14, 49, 24, 55]);
    const first = store.getState().camera;
    actions.selectCountry(store, 'PL', [14, 49, 24, 55]);
    expect(store.getState().camera).toMatchObject({ kind: 'bounds', bounds: [14, 49, 24, 55] });
    expect(store.getState().camera?.seq).not.toBe(first?.seq);
  });

  it('keeps years sorted and unique', () => {
    const store = createAppStore();
    actions.setYears(store, [2024, 2022, 2024]);
    expect(store.getState().years).toEqual([2022, 2024]);
    actions.setYears(store, null);
    expect(store.getState().years).toBeNull();
  });

  it('records map moves without sending them back, and sends app moves', () => {
    const store = createAppStore();
    actions.viewFromMap(store, { zoom: 5, lat: 57, lon: 24 });
    expect(store.getState()).toMatchObject({ viewOrigin: 'map', camera: null });
    actions.viewFromApp(store, { zoom: 6, lat: 58.6, lon: 25.5 });
    expect(store.getState()).toMatchObject({ viewOrigin: 'app', camera: { kind: 'view', view: { zoom: 6, lat: 58.6, lon: 25.5 } } });
  });

  it('closing the reader lets go of its fact unless a country holds it', () => {
    const store = createAppStore({ article: 'a', fact: 'f1' });
    actions.closeReader(store);
    expect(store.getState()).toMatchObject({ article: null, fact: null });
    const withCountry = createAppStore({ article: 'a', fact: 'f1', country: 'EE' });
    actions.closeReader(withCountry);
    expect(withCountry.getState()).toMatchObject({ article: null, fact: 'f1' });
  });

  it('shows a fact in its article in one state change', () => {
    const store = createAppStore();
    let changes = 0;
    store.subscribe(() => changes++);
    actions.showFactInArticle(store, 'f1', 'a1', [20, 50, 25, 55]);
    expect(changes).toBe(1);
    expect(store.getState()).toMatchObject({ fact: 'f1', article: 'a1', camera: { kind: 'bounds' } });
  });

  it('keeps type and category filters in canonical order, and the full set as the default null', () => {
    const store = createAppStore();
    actions.setTypes(store, ['commitment', 'arms_shipment']);
    expect(store.getState().types).toEqual(['arms_shipment', 'commitment']);
    actions.setTypes(store, ['quote', 'commitment', 'troop_deployment', 'arms_shipment']);
    expect(store.getState().types).toBeNull();
    actions.setCategories(store, ['armour', 'anti-tank']);
    expect(store.getState().cats).toEqual(['anti-tank', 'armour']);
  });
});

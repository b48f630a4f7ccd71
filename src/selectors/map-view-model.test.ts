import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexBoundaries } from '../geo/boundaries.ts';
import { mapViewModel, type MapViewInput } from './map-view-model.ts';
import { legendModel, corpusSummary, yearList } from './legend.ts';
import { article, columns, commitment, quote, shipment, troops } from './test-factories.ts';
import { FactColumns } from '../model/fact-columns.ts';

const boundaries = indexBoundaries(JSON.parse(readFileSync('public/geo/countries.topo.json', 'utf8')));
const javelin = { name: 'Javelin anti-tank missiles', category: 'anti-tank' as const };
const stinger = { name: 'Stinger missiles', category: 'air-defence' as const };
const ee = shipment(['EE'], ['UA'], [javelin]);
const pl = shipment(['PL', 'LV'], ['UA'], [stinger]);
const nato = { ...troops(['NATO'], ['NO', 'EE', 'LV', 'LT', 'PL'], 22000), qualifier: 'up to' };
const us = commitment(['US'], ['EE', 'LV', 'LT']);
const said = quote('Julianne Smith', ['US'], ['EE']);
const data = columns([ee, pl, nato, us, said]);
const base: MapViewInput = { data, boundaries, years: null, types: null, cats: null, country: null, fact: null, role: null, zoom: 3.75 };

describe('mapViewModel', () => {
  it('gives feature states per country: active, selected, and the selected fact\'s sides', () => {
    const vm = mapViewModel({ ...base, country: 'EE', fact: pl.id });
    expect(vm.countries.get('EE')).toEqual({ active: true, selected: true, focus: false });
    expect(vm.countries.get('PL')).toEqual({ active: true, selected: false, focus: true });
    expect(vm.countries.get('UA')?.focus).toBe(true);
    expect(vm.countries.has('FR')).toBe(false);
  });

  it('labels a multi-host deployment once, with the article\'s qualifier', () => {
    const vm = mapViewModel(base);
    const tip = vm.tooltips.mark('troops:NATO>EE+LT+LV+NO+PL')!;
    expect(tip.title).toBe('NATO → Norway, Estonia, Latvia, Lithuania and Poland');
    expect(tip.lines).toContain('up to 22,000 troops across the 5 hosts');
    expect(tip.lines.filter((l) => l.includes('22,000'))).toHaveLength(1);
  });

  it('tells arms categories apart by letter as well as colour in the tooltip', () => {
    const vm = mapViewModel(base);
    expect(vm.tooltips.mark('arms:EE>UA')!.lines).toEqual(['1 arms shipment', 'A Anti-tank', 'Javelin anti-tank missiles', 'Click to read it in its article']);
    expect(vm.tooltips.country('EE')!.lines[0]).toBe('1 arms shipment · 1 troop deployment · 1 commitment · 1 quote');
  });

  it('dims every mark but the selected fact\'s, and emphasises that one', () => {
    const vm = mapViewModel({ ...base, fact: ee.id });
    expect(vm.markStates.get('arms:EE>UA')).toEqual({ dim: false, emph: true });
    expect(vm.markStates.get('arms:PL>UA')).toEqual({ dim: true, emph: false });
  });

  it('drops hatching, symbols and marks of the types switched off', () => {
    const vm = mapViewModel({ ...base, types: ['quote'] });
    expect(vm.marks).toEqual([]);
    expect(vm.filters.hatch).toEqual([]);
    expect(vm.symbols.features).toEqual([]);
    const all = mapViewModel(base);
    expect(all.filters.hatch).toEqual(['EE', 'LT', 'LV']);
    expect(all.symbols.features.length).toBeGreaterThan(0);
  });

  it('keeps each part the same object while only the selection changes, so the adapter sends nothing for it', () => {
    const a = mapViewModel(base);
    const b = mapViewModel({ ...base, country: 'EE' });
    expect(b.symbols).toBe(a.symbols);
    expect(b.filters).toBe(a.filters);
    expect(b.tooltips).toBe(a.tooltips);
    expect(b.labels).not.toBe(a.labels);
  });

  it('walks the countries with facts by name for the keyboard', () => {
    expect(mapViewModel(base).keyboardOrder.slice(0, 3)).toEqual(['Estonia', 'Latvia', 'Lithuania'].map((n) => [...boundaries.countries.values()].find((c) => c.name === n)!.code));
  });
});

describe('at 1,000 articles', () => {
  const many = FactColumns.of({
    articles: Array.from({ length: 1000 }, (_, i) => article(`a${i}`, `${2022 + (i % 4)}-0${1 + (i % 9)}-1${i % 9}`)),
    facts: Array.from({ length: 16000 }, (_, i) => {
      const a = `a${i % 1000}`;
      const date = `${2022 + ((i % 1000) % 4)}-0${1 + ((i % 1000) % 9)}-1${(i % 1000) % 9}`;
      const donors = ['PL', 'EE', 'LV', 'LT', 'DE', 'FR', 'NL', 'NO', 'DK', 'SE', 'FI', 'GB', 'ES', 'IT', 'CZ', 'SK', 'RO', 'PT', 'US', 'CA'];
      const hosts = ['PL', 'LT', 'LV', 'EE', 'RO', 'BG', 'SK', 'HU'];
      if (i % 2 === 0) return shipment([donors[i % 20]!], ['UA'], [javelin], date, a);
      return troops([donors[(i * 7) % 20]!], [hosts[i % 8]!], 100 * (i % 50), date, a);
    }),
  });

  it('draws a bounded number of marks at the home view, and says how many it left out', () => {
    const vm = mapViewModel({ ...base, data: many });
    expect(vm.scene.flows.length).toBeGreaterThan(20);
    expect(vm.marks.length).toBeLessThanOrEqual(12);
    const legend = legendModel(vm, many, null, null, boundaries);
    expect(legend.note).toMatch(/^Arrows: the \d+ busiest of \d+\./);
    expect(legend.corpus).toBe('1000 articles, 2022-01-10 to 2025-09-18');
  });
});

describe('legendModel', () => {
  it('lists only what is drawn: the categories on the map, troops and hatching when shown', () => {
    const vm = mapViewModel(base);
    const legend = legendModel(vm, data, null, null, boundaries);
    const rows = legend.sections.flatMap((s) => s.rows.map((r) => r.id));
    expect(rows).toEqual(expect.arrayContaining(['cat-anti-tank', 'cat-air-defence', 'troops', 'branch', 'hatch', 'nato']));
    expect(rows).not.toContain('cat-artillery');
    expect(legend.sections.find((s) => s.id === 'arms')!.rows.find((r) => r.id === 'cat-anti-tank')!.letter).toBe('A');
    const armsOnly = legendModel(mapViewModel({ ...base, types: ['arms_shipment'] }), data, null, null, boundaries);
    expect(armsOnly.sections.map((s) => s.id)).toEqual(['arms', 'places']);
    expect(armsOnly.sections.flatMap((s) => s.rows.map((r) => r.id))).not.toContain('hatch');
  });

  it('summarises the corpus in one line and names the years shown when not all', () => {
    expect(corpusSummary(data, null)).toBe('2 articles, 2022-03-06 to 2024-03-24');
    expect(corpusSummary(data, [2024])).toBe('2 articles, 2022-03-06 to 2024-03-24 · showing 2024');
    expect(yearList([2022, 2023, 2024])).toBe('2022–2024');
    expect(yearList([2022, 2024])).toBe('2022, 2024');
  });

  it('notes whose arrows are drawn when a country is selected', () => {
    const vm = mapViewModel({ ...base, country: 'EE' });
    expect(legendModel(vm, data, null, 'EE', boundaries).note).toBe('Arrows: Estonia’s own.');
  });
});

/**
 * The floor: the least a page must do to show the app's first view, so the app's own cost can be
 * read as a ratio against it (scripts/bench-app.ts). MapLibre (the app's version), the app's
 * boundaries decoded with topojson-client into one GeoJSON source (land and borders), one label
 * per country in the app's WOFF2 font, the app's home camera. No React, no store, no facts.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './floor.css';
import { feature } from 'topojson-client';
import type { FeatureCollection, Point } from 'geojson';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import { homeView } from '../../src/geo/home-view.ts';
import type { CountriesTopology } from '../../src/geo/topology.ts';

setWorkerUrl(workerUrl);

const topology: Promise<CountriesTopology> = fetch('/geo/countries.topo.json').then((r) => r.json());

// The app's unicode ranges (app/map/fonts.ts): the browser fetches only the files a label needs.
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];
const abs = (url: string) => new URL(url, window.location.href).href;
const FONT = 'Noto Sans Regular';

// The app's top bar is about 56 px (100 px on a phone): its home view is fitted to the rest.
const home = homeView(window.innerWidth, window.innerHeight - (window.innerWidth <= 700 ? 100 : 56));
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const container = document.getElementById('map')!;
container.dataset['mapIdle'] = 'false';

const map = new MapLibreMap({
  container,
  center: [home.lon, home.lat],
  zoom: home.zoom,
  attributionControl: false,
  style: {
    version: 8,
    'font-faces': {
      [FONT]: [
        { url: abs(latin400), 'unicode-range': LATIN },
        { url: abs(latinExt400), 'unicode-range': LATIN_EXT },
        { url: abs(cyrillic400), 'unicode-range': CYRILLIC },
      ],
    },
    sources: { countries: { type: 'geojson', data: empty }, labels: { type: 'geojson', data: empty } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#c9d9e6' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#e3e0d8' } },
      { id: 'outline', type: 'line', source: 'countries', paint: { 'line-color': '#8a949e', 'line-width': 0.6 } },
      {
        id: 'labels', type: 'symbol', source: 'labels',
        layout: { 'text-field': ['get', 'name'], 'text-font': ['literal', [FONT]], 'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 15], 'text-max-width': 7 },
        paint: { 'text-color': '#27313c', 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.4 },
      },
    ],
  },
});

// The app's signal: data-map-idle on the map, after the first 'idle' with the data in.
let ready = false;
map.on('idle', () => { if (ready) container.dataset['mapIdle'] = 'true'; });
void Promise.all([topology, map.once('load')]).then(([topo]) => {
  const countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection<GeoJSON.Geometry, { name: string; label: [number, number] }>;
  map.getSource<GeoJSONSource>('countries')!.setData(countries);
  const labels: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: countries.features.map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: { type: 'Point', coordinates: f.properties.label } })),
  };
  map.getSource<GeoJSONSource>('labels')!.setData(labels);
  ready = true;
});

import type { MapView } from './url/url-state.ts';

/** The camera as the app and the URL speak of it. */
export type View = MapView;

/**
 * Who moved the camera. Only app-originated moves are sent to the map (jumpTo/flyTo); moves the map
 * made itself are only recorded, so the map and the store never echo each other.
 */
export type ViewOrigin = 'map' | 'app';

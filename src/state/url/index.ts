// The URL codec: the public link format of the map. See url-state.ts for the format version.
export {
  DEFAULT_URL_STATE,
  LINK_FORMAT_VERSION,
  MAX_LATITUDE,
  MAX_ARTICLE_ID_LENGTH,
  MAX_FACT_ID_LENGTH,
  MAX_VALUE_LENGTH,
  type FactHome,
  type MapView,
  type ParamRead,
  type ParamSpec,
  type ParamTable,
  type UrlContext,
  type UrlNotice,
  type UrlParam,
  type UrlState,
} from './url-state.ts';
export { readHash, readUrl } from './read-url.ts';
export { writeUrl } from './write-url.ts';
export { forEachParam, PARAMS, PARAM_KEYS, URL_PARAMS } from './param-table.ts';
export { followFact, isCoherent, linkableState } from './link-coherence.ts';
export { coordinateDecimals, formatView, roundView, sameView } from './map-view.ts';
export { historyMode } from './history-mode.ts';
export { describeNotices } from './notice-text.ts';
export { isValidUrlState } from './valid-state.ts';
export { MIGRATIONS, migrateParams, type LinkParams, type Migration } from './migrations.ts';
export { malformedLinks } from './random-links.ts';

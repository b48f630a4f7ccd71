import { LEGACY_PARAMS, migrateParams, type LinkParams } from './migrations.ts';
import { notice } from './notice-text.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';
import { parseView } from './param-parsers.ts';
import { forEachParam, URL_PARAMS } from './param-table.ts';
import { followFact } from './link-coherence.ts';
import {
  DEFAULT_URL_STATE,
  LINK_FORMAT_VERSION,
  type MapView,
  type ParamRead,
  type UrlContext,
  type UrlNotice,
  type UrlState,
} from './url-state.ts';

const KNOWN_PARAMS: ReadonlySet<string> = new Set<string>([...URL_PARAMS, ...LEGACY_PARAMS]);

/**
 * The link's format version. No `v` means the prototype (0). An unreadable `v` is treated as 0 too:
 * the v0 migration leaves v1 forms untouched, so that costs nothing and rescues old links.
 */
function linkVersion(parsed: ParsedQuery, notices: UrlNotice[]): number {
  const raw = parsed.params.get('v')?.trim();
  if (raw === undefined) return 0;
  if (!/^\d{1,6}$/.test(raw)) {
    notices.push(notice('v', raw, 'is not a link version'));
    return 0;
  }
  const version = Number(raw);
  if (version > LINK_FORMAT_VERSION) {
    notices.push(notice('v', raw, 'is from a newer version of this map, so only the parts it understands were used'));
  }
  return version;
}

function rawNotices(parsed: ParsedQuery): UrlNotice[] {
  const notices: UrlNotice[] = [];
  for (const [key, { raw, why }] of parsed.rejected) {
    // Analytics tags and other strangers may be as long or as broken as they like.
    if (!KNOWN_PARAMS.has(key)) continue;
    notices.push(notice(key, raw, why === 'too-long' ? 'is too long' : 'has broken percent-encoding'));
  }
  return notices;
}

function decodeLoosely(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim();
  } catch {
    return raw;
  }
}

/** `?country=EE&country=ZZ`: the first value is used, and the link's reader is told the rest was not. */
function repeatNotices(parsed: ParsedQuery): UrlNotice[] {
  const notices: UrlNotice[] = [];
  for (const [key, raws] of parsed.repeated) {
    if (!KNOWN_PARAMS.has(key)) continue;
    const first = parsed.params.get(key)?.trim();
    // The same value twice changes nothing: not worth a notice.
    const others = [...new Set(raws.map(decodeLoosely))].filter((v) => v !== first);
    if (others.length > 0) notices.push(notice(key, others.join(', '), 'repeats the parameter; only its first value is used'));
  }
  return notices;
}

/** Each row of the table reads its own parameter; a bad one is dropped and the others still apply. */
function readParams(params: LinkParams, ctx: UrlContext): { found: Partial<UrlState>; notices: UrlNotice[] } {
  const found: Partial<UrlState> = {};
  const notices: UrlNotice[] = [];
  forEachParam((key, spec) => {
    const text = params.get(key);
    const read: ParamRead<UrlState[typeof key]> = text === undefined ? { status: 'missing' } : spec.parse(text, ctx);
    if (read.status === 'missing') return;
    notices.push(...read.notices);
    if (read.status === 'valid') found[key] = read.value;
  });
  return { found, notices };
}

export function fillDefaults(found: Partial<UrlState>): UrlState {
  return { ...DEFAULT_URL_STATE, ...found };
}

/**
 * The `#map=zoom/lat/lon` form some map sites use for the camera. Other fragments are not ours
 * and are ignored silently.
 */
export function readHash(hash: string, ctx: UrlContext): { view: MapView | null; notices: UrlNotice[] } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body.startsWith('map=') || body.length > 200) return { view: null, notices: [] };
  let text: string;
  try {
    text = decodeURIComponent(body.slice(4));
  } catch {
    return { view: null, notices: [notice('map', body.slice(4), 'has broken percent-encoding')] };
  }
  const r = parseView(text, ctx, 'map');
  if (r.status === 'valid') return { view: r.value, notices: r.notices };
  return { view: null, notices: r.status === 'invalid' ? r.notices : [] };
}

function readUnguarded(search: string, ctx: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  const parsed = parseQuery(search);
  const notices: UrlNotice[] = [];
  const version = linkVersion(parsed, notices);
  notices.push(...rawNotices(parsed), ...repeatNotices(parsed));
  const migrated = migrateParams(parsed.params, version);
  const checked = readParams(migrated, ctx);
  notices.push(...checked.notices);
  if (!migrated.has('view') && parsed.hash !== '') {
    const fromHash = readHash(parsed.hash, ctx);
    notices.push(...fromHash.notices);
    if (fromHash.view !== null) checked.found.view = fromHash.view;
  }
  const coherent = followFact(fillDefaults(checked.found), ctx);
  return { state: coherent.state, notices: [...notices, ...coherent.notices] };
}

/**
 * Link → state: parse → migrate → validate → fill defaults. Accepts `location.search`, with or
 * without '?', optionally followed by `location.hash`. Never throws: a page opened from a broken
 * link must still show the map.
 */
export function readUrl(search: string, ctx: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  try {
    return readUnguarded(typeof search === 'string' ? search : '', ctx);
  } catch {
    // Unreachable by design; kept so a bug here degrades to the home map instead of a blank page.
    return { state: fillDefaults({}), notices: [notice('link', '', 'could not be read')] };
  }
}

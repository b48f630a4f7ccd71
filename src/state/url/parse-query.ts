import { MAX_VALUE_LENGTH } from './url-state.ts';

/** Why a parameter's value could not even be read; reported only if the parameter is one we know. */
export type RawRejection = 'too-long' | 'bad-encoding';

export interface ParsedQuery {
  /** Decoded, first occurrence of each key. A Map, so `__proto__` is just another key. */
  params: Map<string, string>;
  rejected: Map<string, { raw: string; why: RawRejection }>;
  /** Later occurrences of a key that was already read, raw (undecoded), in link order. */
  repeated: Map<string, string[]>;
  /** Whatever followed '#', without the '#'. */
  hash: string;
}

// A UTF-16 unit takes at most 9 percent-encoded characters (%E4%B8%AD), so anything longer cannot
// decode to an acceptable value and is refused before decoding.
const MAX_RAW_LENGTH = MAX_VALUE_LENGTH * 9;

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Splits a query string the way URLSearchParams does ('+' is a space, '&' separates), but never
 * throws on bad percent-encoding, accepts the string with or without '?', and ignores a trailing
 * '#…' fragment (returned separately).
 *
 * Duplicate keys: the FIRST occurrence wins, as with URLSearchParams.get() and most servers, so a
 * link read by the app and by any tool that inspects it agree. Later ones are returned in
 * `repeated`, so the reader can say they were not used.
 * Keys are lower-cased: `Country=EE` is what a person retyping a link would plausibly produce.
 */
export function parseQuery(input: string): ParsedQuery {
  const hashAt = input.indexOf('#');
  const query = hashAt === -1 ? input : input.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : input.slice(hashAt + 1);
  const params = new Map<string, string>();
  const rejected = new Map<string, { raw: string; why: RawRejection }>();
  const repeated = new Map<string, string[]>();
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    if (rawKey.length > MAX_RAW_LENGTH) continue;
    const key = decode(rawKey)?.trim().toLowerCase();
    // A key we cannot read cannot be one of ours: it is ignored like any unknown parameter.
    if (key === undefined || key === '') continue;
    if (params.has(key) || rejected.has(key)) {
      const later = repeated.get(key) ?? [];
      // Bounded: a link repeating a key thousands of times needs one notice, not thousands.
      if (later.length < 8) repeated.set(key, [...later, rawValue.slice(0, MAX_RAW_LENGTH)]);
      continue;
    }
    if (rawValue.length > MAX_RAW_LENGTH) {
      rejected.set(key, { raw: rawValue, why: 'too-long' });
      continue;
    }
    const value = decode(rawValue);
    if (value === null) rejected.set(key, { raw: rawValue, why: 'bad-encoding' });
    else if (value.length > MAX_VALUE_LENGTH) rejected.set(key, { raw: value, why: 'too-long' });
    else params.set(key, value);
  }
  return { params, rejected, repeated, hash };
}

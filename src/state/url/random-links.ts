/**
 * Seeded generators of broken and half-broken links, shared by the unit property test and the
 * end-to-end test that opens them in a browser. Seeded so a failure can be replayed exactly.
 */
import { createRng } from '../../util/seeded-rng.ts';

export type Rng = () => number;
export { createRng };

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const KEYS = [
  'v', 'country', 'years', 'view', 'fact', 'article', 'embed', 'types', 'cats', 'role', 'table', 'sort', 'review', 'rejected',
  'c', 'year', 'zoom', 'lat', 'lon', 'lng',
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
  'utm_source', 'fbclid', 'Country', 'VIEW', '', '%', '%E0%A4%A', 'country%00',
] as const;

const VALUES = [
  'EE', 'ee', 'LV', 'PL', 'UA', 'NATO', 'nato', 'EU', 'US', 'ZZ', 'EST', 'est', 'USA', 'XXX', 'e', '',
  '2022', '2024', '2022,2024', '2024,2022,2022', '1850', '2022,abc', 'all', '2022-2024', ',,,', '-1', '99999',
  '6/58.6/25.5', '6', '6/100/25', 'NaN/1/2', '1e400/1/2', 'Infinity/0/0', '6/58.6', '6/58.6/25.5/1',
  '0x6/1/2', '6/-85.06/180', '6/90/-180', '-3/0/0', '30/0/0', '6//', '/', '6/58,6/25,5', '12.3456789/58.123456789/25.987654321',
  '003_2170261719692671:arms_shipment:1a2b3c', '003_2170261719692671', 'no_such_fact', '../../etc/passwd',
  '1', '0', 'true', 'yes', '99', '1.5', 'abc',
  'from', '-date', 'date', '-To', 'colour', '--from',
  'arms', 'troops,arms', 'quotes,commitments,arms,troops', 'sent', 'received', 'pending', 'reviewed', 'anti-tank,armour', 'other,lasers',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}',
  '%E0%A4%A', '%', '%%', '%ZZ', '%C0%AF', '%ED%A0%80', '%00', '%0A%0D', '%E2%80%AE', '%F0%9F%98%80',
  '+', '++EE++', 'EE%20', '%20EE', 'EE#x', 'a&b', '=', '==',
] as const;

const UNICODE_SAMPLES = ['é', 'ü', 'Ω', 'Я', '中', '🇪🇪', '😀', '\u202e', '\u200b', '\u0301', 'ß', 'İ'];

function randomUnicode(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const roll = rng();
    if (roll < 0.4) out += pick(rng, UNICODE_SAMPLES);
    else if (roll < 0.7) out += String.fromCodePoint(int(rng, 0x20, 0x7e));
    else out += String.fromCodePoint(int(rng, 0xa0, 0x2fff));
  }
  // Percent-encoded so the link is a valid URL to open; the reader decodes it back.
  return encodeURIComponent(out);
}

function hugeValue(rng: Rng): string {
  const unit = pick(rng, ['A', 'EE,', '2022,', '%41', '9', '/']);
  return unit.repeat(Math.ceil(int(rng, 201, 4000) / unit.length));
}

function randomValue(rng: Rng, allowHuge: boolean): string {
  const roll = allowHuge ? rng() : rng() * 0.9;
  if (roll < 0.6) return pick(rng, VALUES);
  if (roll < 0.8) return randomUnicode(rng, int(rng, 1, 12));
  if (roll < 0.9) return `${(rng() * 40 - 10).toFixed(int(rng, 0, 6))}/${(rng() * 200 - 100).toFixed(int(rng, 0, 6))}/${(rng() * 400 - 200).toFixed(int(rng, 0, 6))}`;
  return hugeValue(rng);
}

/**
 * `count` query strings, each starting with '?', mixing valid parameters with garbage, duplicates,
 * legacy forms, prototype keys, broken encodings, random unicode and one value of up to ~4 KB. Only
 * printable characters appear raw, so every string can be appended to a page URL and opened.
 */
export function malformedLinks(count: number, seed: number): string[] {
  const rng = createRng(seed);
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const pairs: string[] = [];
    // One huge value at most, so a link stays under the ~16 KB request-header limit of dev servers.
    let hugeLeft = true;
    const value = (): string => {
      const v = randomValue(rng, hugeLeft);
      if (v.length > 200) hugeLeft = false;
      return v;
    };
    const n = int(rng, 1, 8);
    for (let j = 0; j < n; j++) {
      const key = rng() < 0.1 ? randomUnicode(rng, int(rng, 1, 6)) : pick(rng, KEYS);
      const roll = rng();
      if (roll < 0.05) pairs.push(key);
      else if (roll < 0.08) pairs.push('');
      else pairs.push(`${key}=${value()}`);
    }
    let link = `?${pairs.join('&')}`;
    if (rng() < 0.1) link += `#map=${value()}`;
    links.push(link);
  }
  return links;
}

import type { Fact } from '../model/dataset.ts';

type NameOf = (code: string) => string;

const KIND_LABEL: Record<string, string> = {
  assurance: 'Assurance of support',
  'air-defence': 'Air-defence integration',
  training: 'Training',
  aid: 'Aid',
  other: 'Commitment',
};

export function listNames(codes: readonly string[], nameOf: NameOf): string {
  const names = codes.map(nameOf);
  if (names.length <= 1) return names[0] ?? 'unknown';
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function formatTroops(n: number): string {
  return n.toLocaleString('en-GB');
}

/** One line a reader can scan: "Javelin anti-tank missiles → Ukraine". */
export function factSummary(f: Fact, nameOf: NameOf): string {
  const to = listNames(f.to, nameOf);
  const from = listNames(f.from, nameOf);
  switch (f.type) {
    case 'arms_shipment': {
      const items = f.items.length > 0 ? f.items.map((i) => i.name).join(', ') : 'Arms';
      return `${capitalise(items)} → ${to}`;
    }
    case 'troop_deployment': {
      const size = f.troops !== null ? `${formatTroops(f.troops)} troops` : f.unit ? capitalise(f.unit) : 'Troops';
      return `${size} → ${to}`;
    }
    case 'commitment':
      return `${KIND_LABEL[f.kind] ?? 'Commitment'}: ${from} → ${to}`;
    case 'quote':
      return `${f.speaker}${f.role ? `, ${f.role}` : ''}`;
  }
}

/** Who a fact is from, for lines where the section already says the direction. */
export function factOrigin(f: Fact, nameOf: NameOf): string {
  return listNames(f.from, nameOf);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

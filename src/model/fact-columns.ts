/**
 * The facts as the page holds them: one typed array per field (a column) instead of one object
 * per fact. At a thousand articles (20,000 facts) the objects, their id strings, span objects and
 * per-fact arrays were most of the page's memory; here a fact costs a few dozen bytes, every
 * repeated value (actor lists, rules, dates, speakers, item names) is stored once in a pool, and
 * an id is rebuilt from its article and a number when asked for.
 *
 * Selectors on the first view's path (the map, counts, legend, summary) read the columns by
 * index; anything that needs whole facts (a panel, the reader, the table, an export) asks for
 * those facts with `fact(i)` or `factsAt(indexes)`, which build them afresh on each call.
 */
import {
  COMMITMENT_KINDS, FACT_TYPES, ITEM_CATEGORIES,
  type ActorCode, type ArticleMeta, type CommitmentKind, type Fact, type FactIndex, type FactType, type GroupNote, type Item, type ItemCategory, type Span,
} from './dataset.ts';
import { Interner, packUints, UintBuffer, type UintColumn } from './packed.ts';

/**
 * The ingest's fact ids are "<article id>:<type>:<8 hex digits>"; such an id is kept as the
 * number. Any other id (a fact a reviewer added, "…:added-1"; a test's) is kept whole, in a side
 * table.
 */
const REGULAR_TAIL = /^([a-z_]+):([0-9a-f]{8})$/;

const TYPE_NUMBER = new Map<string, number>(FACT_TYPES.map((t, i) => [t, i]));
const ARMS = TYPE_NUMBER.get('arms_shipment')!;
const TROOPS = TYPE_NUMBER.get('troop_deployment')!;
const QUOTE = TYPE_NUMBER.get('quote')!;

/** What the builder hands over: every column, finished. */
interface Columns {
  type: Uint8Array;
  /** Into `articleIds` (the articles' own ids first, then ids of facts whose article is not listed). */
  article: UintColumn;
  articleIds: readonly string[];
  date: UintColumn;
  dates: readonly string[];
  years: readonly number[];
  /** The id's number for regular ids (0 for the others, which are in `oddIds`). */
  tail: Uint32Array;
  oddIds: ReadonlyMap<number, string>;
  from: UintColumn;
  to: UintColumn;
  actorLists: readonly (readonly ActorCode[])[];
  /** Fact i's spans are spans[2 * spanAt[i] …] up to spans[2 * spanAt[i + 1]], start and end in turn. */
  spanAt: UintColumn;
  spans: UintColumn;
  confidence: UintColumn;
  confidences: readonly number[];
  rule: UintColumn;
  rules: readonly string[];
  /** The fact's row among the facts of its type, in the type's own columns below. */
  row: UintColumn;
  /** Arms: row r's items are itemAt[r] … itemAt[r + 1]. */
  itemAt: UintColumn;
  itemName: UintColumn;
  itemCategory: Uint8Array;
  /** Troops: NaN when the article gave no figure. */
  troops: Float64Array;
  qualifier: UintColumn;
  unit: UintColumn;
  kind: Uint8Array;
  speaker: UintColumn;
  role: UintColumn;
  text: UintColumn;
  direct: Uint8Array;
  /** Free text (item names, qualifiers, units, speakers, roles, quotes); 0 is null. */
  strings: readonly (string | null)[];
  /**
   * The few facts with groups, ascending: grouped[k]'s notes are groupNotes[groupNote[groupAt[k]]] …
   * up to groupAt[k + 1].
   */
  grouped: UintColumn;
  groupAt: UintColumn;
  groupNote: UintColumn;
  groupNotes: readonly GroupNote[];
}

/** Where each article's facts are, built when an id is first looked up. */
interface ArticleLookup {
  poolIndex: ReadonlyMap<string, number>;
  /** Fact indexes grouped by article, each group ascending: group a is order[at[a]] … order[at[a + 1]]. */
  at: UintColumn;
  order: UintColumn;
  oddIndex: ReadonlyMap<string, number>;
}

export class FactColumns {
  readonly size: number;
  private lookup: ArticleLookup | null = null;
  private codes: ReadonlySet<ActorCode> | null = null;

  /** Use `FactColumns.of` or a FactColumnsBuilder. */
  constructor(readonly articles: readonly ArticleMeta[], private readonly c: Columns) {
    this.size = c.type.length;
  }

  /** The columns of a plain index (a test's, the user's facts after a review). */
  static of(index: FactIndex): FactColumns {
    const b = new FactColumnsBuilder(index.articles, index.facts.length);
    for (const f of index.facts) b.add(f);
    return b.finish();
  }

  type(i: number): FactType {
    return FACT_TYPES[this.c.type[i]!]!;
  }

  articleId(i: number): string {
    return this.c.articleIds[this.c.article[i]!]!;
  }

  date(i: number): string {
    return this.c.dates[this.c.date[i]!]!;
  }

  year(i: number): number {
    return this.c.years[this.c.date[i]!]!;
  }

  id(i: number): string {
    const odd = this.c.oddIds.get(i);
    if (odd !== undefined) return odd;
    return `${this.articleId(i)}:${this.type(i)}:${this.c.tail[i]!.toString(16).padStart(8, '0')}`;
  }

  /** Shared by every fact with the same list: read, never change. */
  from(i: number): readonly ActorCode[] {
    return this.c.actorLists[this.c.from[i]!]!;
  }

  to(i: number): readonly ActorCode[] {
    return this.c.actorLists[this.c.to[i]!]!;
  }

  /** Where the fact's first sentence starts: the order of facts within an article. */
  firstStart(i: number): number {
    return this.c.spans[2 * this.c.spanAt[i]!]!;
  }

  evidence(i: number): Span[] {
    const out: Span[] = [];
    for (let k = this.c.spanAt[i]!; k < this.c.spanAt[i + 1]!; k++) out.push({ start: this.c.spans[2 * k]!, end: this.c.spans[2 * k + 1]! });
    return out;
  }

  confidence(i: number): number {
    return this.c.confidences[this.c.confidence[i]!]!;
  }

  rule(i: number): string {
    return this.c.rules[this.c.rule[i]!]!;
  }

  /** Arms: how many items the fact names (0 for other types). */
  itemCount(i: number): number {
    if (this.c.type[i] !== ARMS) return 0;
    const r = this.c.row[i]!;
    return this.c.itemAt[r + 1]! - this.c.itemAt[r]!;
  }

  itemName(i: number, k: number): string {
    return this.c.strings[this.c.itemName[this.c.itemAt[this.c.row[i]!]! + k]!]!;
  }

  itemCategory(i: number, k: number): ItemCategory {
    return ITEM_CATEGORIES[this.c.itemCategory[this.c.itemAt[this.c.row[i]!]! + k]!]!;
  }

  /** Troops: the figure, or null (also for other types). */
  troops(i: number): number | null {
    if (this.c.type[i] !== TROOPS) return null;
    const t = this.c.troops[this.c.row[i]!]!;
    return Number.isNaN(t) ? null : t;
  }

  qualifier(i: number): string | null {
    return this.c.type[i] === TROOPS ? this.c.strings[this.c.qualifier[this.c.row[i]!]!]! : null;
  }

  unit(i: number): string | null {
    return this.c.type[i] === TROOPS ? this.c.strings[this.c.unit[this.c.row[i]!]!]! : null;
  }

  /** Quotes: who spoke ('' for other types). */
  speaker(i: number): string {
    return this.c.type[i] === QUOTE ? this.c.strings[this.c.speaker[this.c.row[i]!]!]! : '';
  }

  /** Shared note objects: read, never change. */
  groups(i: number): readonly GroupNote[] | undefined {
    const { grouped, groupAt, groupNote, groupNotes } = this.c;
    let lo = 0;
    let hi = grouped.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (grouped[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    if (grouped[lo] !== i) return undefined;
    const out: GroupNote[] = [];
    for (let k = groupAt[lo]!; k < groupAt[lo + 1]!; k++) out.push(groupNotes[groupNote[k]!]!);
    return out;
  }

  /** The whole fact, built now: a new object on every call. */
  fact(i: number): Fact {
    if (!(i >= 0 && i < this.size)) throw new RangeError(`no fact ${i}`);
    const c = this.c;
    const id = this.id(i);
    const articleId = this.articleId(i);
    const date = this.date(i);
    const from = this.from(i) as ActorCode[];
    const to = this.to(i) as ActorCode[];
    const evidence = this.evidence(i);
    const confidence = this.confidence(i);
    const rule = this.rule(i);
    const r = c.row[i]!;
    let f: Fact;
    switch (this.type(i)) {
      case 'arms_shipment': {
        const items: Item[] = [];
        for (let k = c.itemAt[r]!; k < c.itemAt[r + 1]!; k++) items.push({ name: c.strings[c.itemName[k]!]!, category: ITEM_CATEGORIES[c.itemCategory[k]!]! });
        f = { id, articleId, date, type: 'arms_shipment', from, to, evidence, confidence, rule, items };
        break;
      }
      case 'troop_deployment':
        f = { id, articleId, date, type: 'troop_deployment', from, to, evidence, confidence, rule, troops: this.troops(i), qualifier: c.strings[c.qualifier[r]!]!, unit: c.strings[c.unit[r]!]! };
        break;
      case 'commitment':
        f = { id, articleId, date, type: 'commitment', from, to, evidence, confidence, rule, kind: COMMITMENT_KINDS[c.kind[r]!]! };
        break;
      case 'quote':
        f = { id, articleId, date, type: 'quote', from, to, evidence, confidence, rule, speaker: c.strings[c.speaker[r]!]!, role: c.strings[c.role[r]!]!, text: c.strings[c.text[r]!]!, direct: c.direct[r] === 1 };
        break;
    }
    const groups = this.groups(i);
    if (groups) f.groups = groups.map((g) => ({ ...g, codes: [...g.codes] }));
    return f;
  }

  /** The facts at these indexes, in their order. */
  factsAt(indexes: Iterable<number>): Fact[] {
    const out: Fact[] = [];
    for (const i of indexes) out.push(this.fact(i));
    return out;
  }

  /** Every fact as an object: for the review pipeline, which works on plain indexes. */
  toIndex(): FactIndex {
    return { articles: [...this.articles], facts: this.factsAt(allIndexes(this.size)) };
  }

  /** The index of the fact with this id, or -1. */
  indexOf(id: string): number {
    const l = this.articleLookup();
    const odd = l.oddIndex.get(id);
    if (odd !== undefined) return odd;
    // The article id may itself hold a colon: try every split that names a known article.
    for (let p = id.indexOf(':'); p > 0; p = id.indexOf(':', p + 1)) {
      const a = l.poolIndex.get(id.slice(0, p));
      if (a === undefined) continue;
      const m = REGULAR_TAIL.exec(id.slice(p + 1));
      const type = m ? TYPE_NUMBER.get(m[1]!) : undefined;
      if (!m || type === undefined) continue;
      const tail = parseInt(m[2]!, 16);
      for (let k = l.at[a]!; k < l.at[a + 1]!; k++) {
        const i = l.order[k]!;
        if (this.c.type[i] === type && this.c.tail[i] === tail && !this.c.oddIds.has(i)) return i;
      }
    }
    return -1;
  }

  /** The indexes of an article's facts, in the data's order. */
  ofArticle(articleId: string): number[] {
    const l = this.articleLookup();
    const a = l.poolIndex.get(articleId);
    if (a === undefined) return [];
    return Array.from(l.order.subarray(l.at[a]!, l.at[a + 1]!));
  }

  /** Every actor on either side of some fact. */
  actorCodes(): ReadonlySet<ActorCode> {
    if (!this.codes) {
      const codes = new Set<ActorCode>();
      // Lists are pooled, so this reads a few hundred lists, not every fact.
      for (const list of this.c.actorLists) for (const code of list) codes.add(code);
      this.codes = codes;
    }
    return this.codes;
  }

  private articleLookup(): ArticleLookup {
    if (this.lookup) return this.lookup;
    const c = this.c;
    const pools = c.articleIds.length;
    const counts = new Array<number>(pools + 1).fill(0);
    for (let i = 0; i < this.size; i++) counts[c.article[i]! + 1]!++;
    for (let a = 0; a < pools; a++) counts[a + 1]! += counts[a]!;
    const at = packUints(counts);
    const next = counts.slice(0, pools);
    const order = new Array<number>(this.size);
    for (let i = 0; i < this.size; i++) order[next[c.article[i]!]!++] = i;
    this.lookup = {
      poolIndex: new Map(c.articleIds.map((id, a) => [id, a])),
      at,
      order: packUints(order),
      oddIndex: new Map([...c.oddIds].map(([i, id]) => [id, i])),
    };
    return this.lookup;
  }
}

/** 0, 1, … size - 1. */
export function allIndexes(size: number): number[] {
  return Array.from({ length: size }, (_, i) => i);
}

const COLUMN_NAMES = [
  'type', 'article', 'date', 'tail', 'from', 'to', 'spanAt', 'spans', 'confidence', 'rule', 'row',
  'itemAt', 'itemName', 'itemCategory', 'qualifier', 'unit', 'kind', 'speaker', 'role', 'text', 'direct',
  'grouped', 'groupAt', 'groupNote',
] as const;
type ColumnName = (typeof COLUMN_NAMES)[number];

/** Collects facts one at a time (a decode in slices adds as it checks) and packs them into columns. */
export class FactColumnsBuilder {
  private readonly articleIds = new Interner<string>();
  private readonly dates = new Interner<string>();
  private readonly actorLists = new Interner<readonly ActorCode[], string>((list) => list.join(','), (list) => Object.freeze([...list]));
  private readonly confidences = new Interner<number>();
  private readonly rules = new Interner<string>();
  private readonly strings = new Interner<string | null>();
  private readonly groupNotes = new Interner<GroupNote, string>(
    (g) => JSON.stringify([g.side, g.phrase, g.codes, g.basis]),
    (g) => Object.freeze({ side: g.side, phrase: g.phrase, codes: Object.freeze([...g.codes]) as ActorCode[], basis: g.basis }),
  );
  private readonly col: Record<ColumnName, UintBuffer>;
  /** Troop figures are the one column that is not an index: NaN for none. */
  private readonly troops: number[] = [];
  private readonly oddIds = new Map<number, string>();
  private added = 0;

  /** The articles the facts belong to: their ids are numbered first, in this order. `expected`: how many facts, if known. */
  constructor(private readonly articles: readonly ArticleMeta[], expected = 1024) {
    this.strings.add(null);
    for (const a of articles) this.articleIds.add(a.id);
    const perFact = (name: ColumnName) => new UintBuffer(name === 'spans' ? 2 * expected + 8 : expected + 1);
    this.col = Object.fromEntries(COLUMN_NAMES.map((name) => [name, perFact(name)])) as Record<ColumnName, UintBuffer>;
    for (const start of ['spanAt', 'itemAt', 'groupAt'] as const) this.col[start].push(0);
  }

  /** Appends one fact; it should have passed checkFact (the columns store what it says, not more). */
  add(f: Fact): void {
    const i = this.added++;
    const c = this.col;
    const type = TYPE_NUMBER.get(f.type);
    if (type === undefined) throw new Error(`unknown fact type ${String(f.type)}`);
    c.type.push(type);
    c.article.push(this.articleIds.add(f.articleId));
    c.date.push(this.dates.add(f.date));
    const prefix = `${f.articleId}:`;
    const m = f.id.startsWith(prefix) ? REGULAR_TAIL.exec(f.id.slice(prefix.length)) : null;
    if (m && m[1] === f.type) c.tail.push(parseInt(m[2]!, 16));
    else {
      c.tail.push(0);
      this.oddIds.set(i, f.id);
    }
    c.from.push(this.actorLists.add(f.from));
    c.to.push(this.actorLists.add(f.to));
    for (const s of f.evidence) {
      c.spans.push(s.start);
      c.spans.push(s.end);
    }
    c.spanAt.push(c.spans.length / 2);
    c.confidence.push(this.confidences.add(f.confidence));
    c.rule.push(this.rules.add(f.rule));
    switch (f.type) {
      case 'arms_shipment':
        c.row.push(c.itemAt.length - 1);
        for (const it of f.items) {
          c.itemName.push(this.strings.add(it.name));
          c.itemCategory.push(ITEM_CATEGORIES.indexOf(it.category));
        }
        c.itemAt.push(c.itemName.length);
        break;
      case 'troop_deployment':
        c.row.push(this.troops.length);
        this.troops.push(f.troops ?? NaN);
        c.qualifier.push(this.strings.add(f.qualifier));
        c.unit.push(this.strings.add(f.unit));
        break;
      case 'commitment':
        c.row.push(c.kind.length);
        c.kind.push(COMMITMENT_KINDS.indexOf(f.kind as CommitmentKind));
        break;
      case 'quote':
        c.row.push(c.speaker.length);
        c.speaker.push(this.strings.add(f.speaker));
        c.role.push(this.strings.add(f.role));
        c.text.push(this.strings.add(f.text));
        c.direct.push(f.direct ? 1 : 0);
        break;
    }
    if (f.groups && f.groups.length > 0) {
      c.grouped.push(i);
      for (const g of f.groups) c.groupNote.push(this.groupNotes.add(g));
      c.groupAt.push(c.groupNote.length);
    }
  }

  /** The packed columns; the builder is spent. */
  finish(): FactColumns {
    const c = this.col;
    const years = this.dates.values.map((d) => Number(d.slice(0, 4)));
    const byte = (name: ColumnName) => Uint8Array.from(c[name].pack());
    const tail = c.tail.pack();
    return new FactColumns(this.articles, {
      type: byte('type'),
      article: c.article.pack(),
      articleIds: this.articleIds.values,
      date: c.date.pack(),
      dates: this.dates.values,
      years,
      tail: tail instanceof Uint32Array ? tail : Uint32Array.from(tail),
      oddIds: this.oddIds,
      from: c.from.pack(),
      to: c.to.pack(),
      actorLists: this.actorLists.values,
      spanAt: c.spanAt.pack(),
      spans: c.spans.pack(),
      confidence: c.confidence.pack(),
      confidences: this.confidences.values,
      rule: c.rule.pack(),
      rules: this.rules.values,
      row: c.row.pack(),
      itemAt: c.itemAt.pack(),
      itemName: c.itemName.pack(),
      itemCategory: byte('itemCategory'),
      troops: Float64Array.from(this.troops),
      qualifier: c.qualifier.pack(),
      unit: c.unit.pack(),
      kind: byte('kind'),
      speaker: c.speaker.pack(),
      role: c.role.pack(),
      text: c.text.pack(),
      direct: byte('direct'),
      strings: this.strings.values,
      grouped: c.grouped.pack(),
      groupAt: c.groupAt.pack(),
      groupNote: c.groupNote.pack(),
      groupNotes: this.groupNotes.values,
    });
  }
}

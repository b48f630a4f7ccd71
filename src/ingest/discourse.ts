import type { Draft } from './doc';
import type { Person, PersonRegistry } from './people';

/**
 * What the reader carries from one sentence to the next, passed to every rule explicitly and never
 * changed in place: each sentence's state is a new value computed from the last one and the drafts
 * of that sentence (`nextState`).
 */
export interface DiscourseState {
  /** The person last named or quoted: who "he said" is. */
  readonly lastPerson: Person | null;
  /** Drafts of the previous sentence ("X has made the same commitment"). */
  readonly previous: readonly Draft[];
  /** Speakers quoted so far, with what the quotes settled about them (a country read from the clause). */
  readonly speakers: ReadonlyMap<string, Person>;
  /**
   * The route of the last arms shipment or aid (sender → recipient) and the sentence it was read in:
   * "The arms and equipment include …", "It also contains …" spell out what that sender gives.
   */
  readonly lastSupport: { readonly from: readonly string[]; readonly to: readonly string[]; readonly sentence: number } | null;
}

const NO_DRAFTS: readonly Draft[] = Object.freeze([]);

export const INITIAL_STATE: DiscourseState = { lastPerson: null, previous: [], speakers: new Map(), lastSupport: null };

/** The people a rule can name: the article's registry, updated by the speakers the state remembers. */
export interface PeopleView {
  lookup(written: string): Person | null;
  resolve(written: string): Person;
  all(): readonly Person[];
  /** Every person of `all()` with their surname, in the same order. */
  surnames(): ReadonlyArray<readonly [Person, string]>;
}

/** A class, not an object of closures: one is made per sentence, and its methods are shared. */
class SettledPeople implements PeopleView {
  constructor(private readonly registry: PersonRegistry, private readonly speakers: ReadonlyMap<string, Person>) {}

  /** The settled list, made on the first ask: a quote rule asks several times per sentence. */
  private settled: readonly Person[] | undefined;
  private settledSurnames: ReadonlyArray<readonly [Person, string]> | undefined;

  private settle(p: Person): Person {
    return this.speakers.get(p.name) ?? p;
  }

  lookup(written: string): Person | null {
    const p = this.registry.lookup(written);
    return p ? this.settle(p) : this.speakers.get(written) ?? null;
  }

  resolve(written: string): Person {
    return this.settle(this.registry.resolve(written));
  }

  all(): readonly Person[] {
    return (this.settled ??= this.registry.all().map((p) => this.settle(p)));
  }

  /** A settled person has the registry person's name (speakers are keyed by it), so the registry's surnames hold. */
  surnames(): ReadonlyArray<readonly [Person, string]> {
    if (this.settledSurnames === undefined) {
      const out: (readonly [Person, string])[] = [];
      for (const [p, surname] of this.registry.surnames) out.push([this.settle(p), surname]);
      this.settledSurnames = out;
    }
    return this.settledSurnames;
  }

  sameAs(registry: PersonRegistry, speakers: ReadonlyMap<string, Person>): boolean {
    return this.registry === registry && this.speakers === speakers;
  }
}

/**
 * The last view made for each article's registry. A view depends on the registry and the speakers map alone, both
 * never changed once made, and a new speakers map comes only with a quote: every sentence until then shares one view
 * (and its settled lists) instead of making its own. Keyed by the per-article registry, so nothing outlives the article.
 */
const LAST_VIEW = new WeakMap<PersonRegistry, SettledPeople>();

export function peopleView(registry: PersonRegistry, state: DiscourseState): PeopleView {
  const last = LAST_VIEW.get(registry);
  if (last !== undefined && last.sameAs(registry, state.speakers)) return last;
  const view = new SettledPeople(registry, state.speakers);
  LAST_VIEW.set(registry, view);
  return view;
}

/**
 * The state after sentence `index` with text `text` whose rules proposed `drafts`; `subject` is the person the
 * sentence is about, if it names one first (who a later "he" is, before anyone named after it).
 */
export function nextState(
  state: DiscourseState, registry: PersonRegistry, text: string, drafts: readonly Draft[], index = -1, subject: Person | null = null,
): DiscourseState {
  let speakers = state.speakers;
  let lastPerson = state.lastPerson;
  for (const [p, surname] of registry.surnames) if (text.includes(surname)) lastPerson = speakers.get(p.name) ?? p;
  if (subject) lastPerson = speakers.get(subject.name) ?? subject;
  for (const d of drafts) {
    if (d.type !== 'quote') continue;
    const person: Person = { name: d.speaker, role: d.role, from: [...d.from] };
    if (speakers === state.speakers) speakers = new Map(state.speakers);
    (speakers as Map<string, Person>).set(d.speaker, person);
    lastPerson = person;
  }
  let lastSupport = state.lastSupport;
  for (const d of drafts) {
    if (d.type === 'arms_shipment' || (d.type === 'commitment' && d.kind === 'aid')) lastSupport = { from: d.from, to: d.to, sentence: index };
  }
  // Most sentences state nothing: their state shares one empty list of drafts.
  return { lastPerson, previous: drafts.length ? drafts.filter((d) => d.type !== 'quote') : NO_DRAFTS, speakers, lastSupport };
}

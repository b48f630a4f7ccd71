import type { Draft } from './doc';
import { surnameOf, type Person, type PersonRegistry } from './people';

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
}

export const INITIAL_STATE: DiscourseState = { lastPerson: null, previous: [], speakers: new Map() };

/** The people a rule can name: the article's registry, updated by the speakers the state remembers. */
export interface PeopleView {
  lookup(written: string): Person | null;
  resolve(written: string): Person;
  all(): Person[];
}

export function peopleView(registry: PersonRegistry, state: DiscourseState): PeopleView {
  const settle = (p: Person): Person => state.speakers.get(p.name) ?? p;
  return {
    lookup: (w) => {
      const p = registry.lookup(w);
      return p ? settle(p) : state.speakers.get(w) ?? null;
    },
    resolve: (w) => settle(registry.resolve(w)),
    all: () => registry.all().map(settle),
  };
}

/** The state after a sentence with text `text` whose rules proposed `drafts`. */
export function nextState(state: DiscourseState, registry: PersonRegistry, text: string, drafts: readonly Draft[]): DiscourseState {
  let speakers = state.speakers;
  let lastPerson = state.lastPerson;
  for (const p of registry.all()) if (text.includes(surnameOf(p.name))) lastPerson = speakers.get(p.name) ?? p;
  for (const d of drafts) {
    if (d.type !== 'quote') continue;
    const person: Person = { name: d.speaker, role: d.role, from: [...d.from] };
    if (speakers === state.speakers) speakers = new Map(state.speakers);
    (speakers as Map<string, Person>).set(d.speaker, person);
    lastPerson = person;
  }
  return { lastPerson, previous: drafts.filter((d) => d.type !== 'quote'), speakers };
}

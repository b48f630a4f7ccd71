/**
 * Verb classes as data: each class is a list of lemmas, and every inflection is generated from the
 * lemma (PETRARCH-style verb classes). A lemma is written as
 *   "deliver"            regular verb
 *   "ship+"              doubles its last consonant (shipping, shipped)
 *   "send>sent"          irregular past = past participle
 *   "give>gave>given"    irregular past and past participle
 *   "hand over"          phrasal: the first word inflects, the particle stays
 * A new verb is a word in a list; rules never spell inflections themselves.
 */

export type VerbForm = 'base' | 's' | 'ing' | 'past' | 'pp';

export interface Inflections {
  lemma: string;
  base: string;
  s: string;
  ing: string;
  past: string;
  pp: string;
}

const VOWEL = /[aeiou]/;

function thirdPerson(w: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function ing(w: string, double: boolean): string {
  if (double) return `${w}${w.slice(-1)}ing`;
  if (/ie$/.test(w)) return `${w.slice(0, -2)}ying`;
  if (/(?<![eoy])e$/.test(w) && w !== 'be') return `${w.slice(0, -1)}ing`;
  return `${w}ing`;
}

function ed(w: string, double: boolean): string {
  if (double) return `${w}${w.slice(-1)}ed`;
  if (/e$/.test(w)) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  return `${w}ed`;
}

/** All forms of one lemma spec ("send>sent", "ship+", "hand over"). */
export function inflect(spec: string): Inflections {
  const [head, ...particle] = spec.split(' ');
  const tail = particle.length ? ` ${particle.join(' ')}` : '';
  const [lemmaRaw, pastIrr, ppIrr] = head!.split('>');
  const double = lemmaRaw!.endsWith('+');
  const w = lemmaRaw!.replace(/\+$/, '');
  if (!VOWEL.test(w) && w.length > 2) throw new Error(`not a verb: ${spec}`);
  const past = pastIrr ?? ed(w, double);
  return {
    lemma: `${w}${tail}`,
    base: `${w}${tail}`,
    s: `${thirdPerson(w)}${tail}`,
    ing: `${ing(w, double)}${tail}`,
    past: `${past}${tail}`,
    pp: `${ppIrr ?? past}${tail}`,
  };
}

/** Verb classes: trigger words of the frames and of the discourse rules. */
export const VERB_CLASSES = {
  /** Arms change hands. */
  transfer: 'send>sent supply deliver donate pledge promise ship+ transfer+ give>gave>given hand_over provide offer dispatch rush funnel funnel+ sell>sold lend>lent contribute authorise authorize speed>sped',
  /** Money for arms: "funds the purchase of", "is buying … for Ukraine". */
  fund: 'fund finance buy>bought purchase procure pay>paid_for',
  /** The subject gets goods, from a seller or giver named after "from": "Latvia will purchase HIMARS from the United States". */
  acquire: 'receive order buy>bought purchase acquire procure get>got',
  /** Forces move or stay. */
  deploy: 'order shift maintain keep>kept set+>set_up establish create form deploy send>sent station move dispatch rotate position increase boost bolster reinforce add pledge commit+ contribute double beef_up expand lead>led place step+_up dedicate scale_up amass mass build>built_up concentrate',
  /** A force moves on its own (intransitive): "a Stryker company will deploy to Bulgaria". */
  forceMove: 'deploy redeploy reposition relocate rotate move return arrive head go>went>gone',
  /** Forces arrive (the troops are the subject). */
  arrive: 'arrive land',
  /** The host receives forces. */
  host: 'host welcome receive',
  /** A package or decision is made public. */
  announce: 'announce unveil approve adopt finalise finalize authorise authorize',
  /** Words that report speech. */
  speech: 'say>said report preview outline set+>set_out state assure highlight condemn warn tweet tell>told add stress note emphasise emphasize underline underscore argue claim insist declare explain acknowledge admit+ write>wrote>written post confirm point_out reiterate pledge caution deny implore update affirm inform observe remark announce believe promise vow conclude repeat reply respond share relay voice express remind re-emphasize reemphasize urge call_on predict suggest recall estimate signal accuse allege criticise criticize',
  /** Assurances of support or defence. */
  assure: 'assure reassure guarantee',
  /** Promises to act. */
  promise: 'pledge vow promise commit+ reaffirm reiterate renew strengthen underline',
  train: 'train',
  /** Joining a pact or declaration. */
  accede: 'sign join conclude accede endorse enter_into',
  /** Asking someone else to act: a request is not a fact. */
  request: 'ask urge call_on request demand appeal plead beg+ lobby',
  /** Still being weighed: nothing decided. */
  undecided: 'consider mull weigh debate discuss',
  /** Refusals and stops. */
  refuse: 'refuse decline reject oppose rule_out halt suspend ban+ block veto prevent resist balk stop+ cease',
} as const;

export type VerbClass = keyof typeof VERB_CLASSES;

function specs(cls: VerbClass): string[] {
  return VERB_CLASSES[cls].split(/\s+/).map((w) => w.replace(/_/g, ' '));
}

/** Every inflection of every lemma of a class. */
export function verbsOf(cls: VerbClass): Inflections[] {
  return specs(cls).map(inflect);
}

/** The word forms of a class, optionally only some forms (e.g. ['pp'] for passives). */
export function formsOf(cls: VerbClass, forms: readonly VerbForm[] = ['base', 's', 'ing', 'past', 'pp']): string[] {
  const out = new Set<string>();
  for (const v of verbsOf(cls)) for (const f of forms) out.add(v[f]);
  return [...out];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Trie { end: boolean; next: Map<string, Trie> }

/**
 * A regex alternation of words as a prefix tree ("send|sends|sent" → "sen(?:ds?|t)"), so the regex
 * engine tries each shared prefix once; longer words are tried before their prefixes ("hand over" before
 * "hand"), spaces match any run of whitespace (or, with `spaces: 'literal'`, one space as written: lexicon
 * surfaces). Callers add their own boundaries (\b).
 */
export function alternation(words: readonly string[], spaces: 'any' | 'literal' = 'any'): string {
  const root: Trie = { end: false, next: new Map() };
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => `${ch === ' ' && spaces === 'any' ? '\\s+' : escape(ch)}${emit(child)}`);
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    // Greedy optional tail: the longest word wins, the prefix alone still matches.
    if (node.end) return branches.length === 1 && /^(?:\\s\+|[^(\\]|\\.)$/.test(branches[0]!) ? `${body}?` : `(?:${branches.length === 1 ? body : branches.join('|')})?`;
    return body;
  };
  return emit(root);
}

/** Lemma of a word form of a class ("sent" → "send"), or null. */
export function lemmaOf(cls: VerbClass, word: string): string | null {
  const w = word.toLowerCase();
  for (const v of verbsOf(cls)) if (v.base === w || v.s === w || v.ing === w || v.past === w || v.pp === w) return v.lemma;
  return null;
}

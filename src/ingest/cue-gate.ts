import { alternation } from './lexicon/verbs';
import { forEachLowerToken, lowerTokenAt } from './tokens';

/**
 * Texts the pattern cannot read: the Kelvin sign lower-cases to "k", which its case folding does not know, and a lone
 * high surrogate makes a punctuation token of itself and the next character, so a word may start right after a letter.
 */
const READ_EVERY_TOKEN = /\u212a|[\ud800-\udbff](?![\udc00-\udfff])/;

/**
 * The rule gate: which rules have a cue word that is a token of the sentence (lower-cased). Instead of
 * lower-casing every token to look it up, one pattern of every cue word finds where a cue may be written, and
 * only there is the token read. The pattern finds every place a cue token can be (a token never starts right
 * after a letter nor ends before a letter or digit), so the gate selects exactly the rules the token scan did.
 */
export class CueGate {
  /** Rule positions by cue word. */
  private readonly index = new Map<string, number[]>();
  /** Null when a cue is not a plain ASCII word the pattern can fold the case of: then every token is read. */
  private readonly pattern: RegExp | null;

  constructor(private readonly cuesByRule: ReadonlyArray<ReadonlySet<string> | undefined>) {
    cuesByRule.forEach((cues, i) => {
      for (const w of cues ?? []) this.index.set(w, [...(this.index.get(w) ?? []), i]);
    });
    const words = [...this.index.keys()];
    const plain = words.length > 0 && words.every((w) => /^[a-z0-9][a-z0-9/-]*$/.test(w));
    this.pattern = plain ? new RegExp(`(?<![A-Za-z])(?:${alternation(words)})(?![A-Za-z0-9])`, 'gi') : null;
  }

  /** Flags by rule position: 1 when one of the rule's cue words is a token of `text`. */
  cued(text: string): Uint8Array {
    const cued = new Uint8Array(this.cuesByRule.length);
    if (this.pattern === null || READ_EVERY_TOKEN.test(text)) {
      forEachLowerToken(text, (lower) => this.mark(cued, lower));
      return cued;
    }
    // The usual path makes no closure: one per sentence is measurable (and tsx names every one it makes).
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const lower = lowerTokenAt(text, m.index);
      if (lower !== undefined) this.mark(cued, lower);
      // A shorter cue or another one may start inside this one: look again from the next character.
      pattern.lastIndex = m.index + 1;
    }
    return cued;
  }

  private mark(cued: Uint8Array, lower: string): void {
    const hit = this.index.get(lower);
    if (hit) for (const i of hit) cued[i] = 1;
  }
}

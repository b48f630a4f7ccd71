import type { Fact, GroupNote } from '../model/dataset';
import type { DocView } from './doc';

/**
 * Notes on each side of a fact that the article named as a group ("member states bordering Russia and
 * Belarus", "the Baltic states"): the app shows the phrase with its members, and for groups worked out from
 * borders and membership it says so, because that resolution is an inference the article did not spell out.
 * A group counts for a side when all its members are on that side and its words are in the fact's evidence.
 */
export function withGroupNotes(facts: readonly Fact[], doc: DocView): Fact[] {
  return facts.map((f) => {
    const notes: GroupNote[] = [];
    // Made for the few facts that name a group: most sentences name none.
    let seen: Set<string> | undefined;
    for (const span of f.evidence) {
      // Sentences are in text order and do not overlap: start at the first that ends after the span starts.
      for (let i = firstEndingAfter(doc.sentences, span.start); i < doc.sentences.length; i++) {
        const s = doc.sentences[i]!;
        if (s.start >= span.end) break;
        for (const m of s.mentions) {
          if (m.kind !== 'group' || m.codes.length < 2) continue;
          const at = s.start + m.start;
          if (at < span.start || at + m.text.length > span.end) continue;
          for (const side of ['from', 'to'] as const) {
            if (!m.codes.every((c) => f[side].includes(c))) continue;
            const key = `${side}\u0000${m.key}`;
            seen ??= new Set<string>();
            if (seen.has(key)) continue;
            seen.add(key);
            notes.push({ side, phrase: m.text.replace(/^#/, ''), codes: [...m.codes].sort(), basis: m.basis ?? null });
          }
        }
      }
    }
    return notes.length ? { ...f, groups: notes } : f;
  });
}

/** Index of the first sentence that ends after `offset` (sentences.length if none). */
function firstEndingAfter(sentences: DocView['sentences'], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

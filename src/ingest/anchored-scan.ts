/**
 * A global regular-expression scan tried only where a match can start. A pattern whose every match holds a
 * rare word (a title's head word, a comma) is costly to scan because the engine tries it at every offset; when
 * the caller can say, from where that word occurs, which offsets could start a match, the sticky copy of the
 * pattern tried at just those offsets, left to right, finds exactly the matches the global scan finds.
 */

/** Offsets [from, to] (inclusive) that may start a match, the first such window at or after `pos`; null when none. */
export type StartWindow = (text: string, pos: number) => readonly [from: number, to: number] | null;

/**
 * Calls `found` with each match of `sticky` (a copy of a global pattern with the `y` flag instead of `g`) in the
 * order and with the groups `exec` in a global loop would give, provided `window` never leaves out an offset a
 * match can start at, and that no match is empty. `isStart` skips offsets that cannot start a match at a glance.
 */
export function eachAnchoredMatch(
  text: string, sticky: RegExp, window: StartWindow, found: (m: RegExpExecArray) => void, isStart: (text: string, at: number) => boolean = () => true,
): void {
  let pos = 0;
  for (let w = window(text, pos); w; w = window(text, pos)) {
    const [from, to] = w;
    let matched = false;
    for (let p = Math.max(from, pos); p <= to; p++) {
      if (!isStart(text, p)) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m) {
        found(m);
        pos = p + m[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) pos = to + 1;
  }
}

/**
 * Remembers the last result of a pure function of a few arguments, compared by identity (or by a
 * key function for arrays rebuilt on every render): selectors stay cheap when nothing changed.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => unknown[] = (...a) => a): (...args: A) => R {
  let lastKey: unknown[] | null = null;
  let last: R;
  return (...args: A): R => {
    const k = key(...args);
    if (lastKey && k.length === lastKey.length && k.every((v, i) => Object.is(v, lastKey![i]))) return last;
    last = fn(...args);
    lastKey = k;
    return last;
  };
}

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

/** A function of a dataset worked out once per dataset, which a loader may also hand in ready-made. */
export interface PerDataset<D extends object, R> {
  (data: D): R;
  /** Stores a result worked out elsewhere (a worker) for this dataset. */
  seed(data: D, value: R): void;
}

/**
 * Remembers a sum over a whole dataset for as long as the dataset lives (a dataset the store
 * replaced, after a review, takes its sums with it). Unlike memoLast, two datasets in use at once
 * (the published one and the one with the user's work) do not evict each other.
 */
export function perDataset<D extends object, R>(fn: (data: D) => R): PerDataset<D, R> {
  const done = new WeakMap<D, R>();
  const get = (data: D): R => {
    if (done.has(data)) return done.get(data)!;
    const value = fn(data);
    done.set(data, value);
    return value;
  };
  return Object.assign(get, { seed: (data: D, value: R) => void done.set(data, value) });
}

/**
 * Building blocks of the app's columnar facts (fact-columns.ts): whole numbers packed into the
 * narrowest typed array that holds them, and pools that store each distinct value once.
 */

export type UintColumn = Uint8Array | Uint16Array | Uint32Array;

/**
 * Non-negative whole numbers in the narrowest typed array that holds the largest: most columns
 * index a pool of a few hundred values, and one byte a row is a quarter of what a plain array's
 * slot costs.
 */
export function packUints(values: readonly number[]): UintColumn {
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`not a 32-bit unsigned whole number: ${v}`);
    if (v > max) max = v;
  }
  const out = max <= 0xff ? new Uint8Array(values.length) : max <= 0xffff ? new Uint16Array(values.length) : new Uint32Array(values.length);
  out.set(values);
  return out;
}

/**
 * Distinct values in the order first seen, each given a small number. `key` says when two values
 * are the same (by default the value itself) and `keep` what is stored for a new one (a copy the
 * caller cannot change later). The lookup is only needed while building, so `values` is what a
 * finished column keeps.
 */
export class Interner<T, K = T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<K, number>();

  constructor(
    private readonly key: (value: T) => K = (v) => v as unknown as K,
    private readonly keep: (value: T) => T = (v) => v,
  ) {}

  /** The value's number: the one it was given before, or the next. */
  add(value: T): number {
    const k = this.key(value);
    let n = this.numbers.get(k);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(this.keep(value));
      this.numbers.set(k, n);
    }
    return n;
  }
}

/**
 * Whole numbers appended one at a time into a typed array that doubles as it fills, packed at the
 * end into the narrowest type that holds the largest (a plain array of numbers would be copied
 * and scanned again to pack it).
 */
export class UintBuffer {
  private data: Uint32Array;
  private size = 0;
  private max = 0;

  constructor(capacity = 16) {
    this.data = new Uint32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(v: number): void {
    if (!(v >= 0 && v <= 0xffffffff && Number.isInteger(v))) throw new RangeError(`not a 32-bit unsigned whole number: ${v}`);
    if (this.size === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = v;
    if (v > this.max) this.max = v;
  }

  pack(): UintColumn {
    const used = this.data.subarray(0, this.size);
    if (this.max <= 0xff) return new Uint8Array(used);
    if (this.max <= 0xffff) return new Uint16Array(used);
    return used.slice();
  }
}

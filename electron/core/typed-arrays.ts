/** The typed arrays that the import's hot loops fill in place and grow as they go. */
export type Growable = Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

/**
 * `array` itself when it holds `needed` numbers, else a copy at least twice as long, made by
 * `make`: filling an array in place then costs a constant time per number, however it grows.
 */
export function grown<T extends Growable>(array: T, needed: number, make: (length: number) => T): T {
  if (array.length >= needed) return array;
  const bigger = make(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

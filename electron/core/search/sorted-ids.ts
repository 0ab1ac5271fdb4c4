/**
 * Set operations on ascending story ids in Int32Arrays: the index's answers for each term are
 * combined by walking them side by side, without a Set of tens of thousands of ids.
 */

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  let j = 0;
  for (const id of a) {
    while (j < b.length && (b[j] ?? 0) < id) j++;
    if (j < b.length && b[j] === id) out[n++] = id;
  }
  return out.subarray(0, n);
}

export function union(lists: readonly Int32Array[]): Int32Array {
  return lists.reduce((a, b) => {
    const out = new Int32Array(a.length + b.length);
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = i < a.length ? (a[i] ?? 0) : Infinity;
      const y = j < b.length ? (b[j] ?? 0) : Infinity;
      out[n++] = Math.min(x, y);
      if (x <= y) i++;
      if (y <= x) j++;
    }
    return out.subarray(0, n);
  }, new Int32Array(0));
}

/** The ids of `a` not in `b`. */
export function without(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (const id of a) {
    while (j < b.length && (b[j] ?? 0) < id) j++;
    if (j >= b.length || b[j] !== id) out[n++] = id;
  }
  return out.subarray(0, n);
}

// A fold over a list that changes one item at a time: a segment tree of an associative `combine` (not necessarily
// commutative), so the fold of the whole list is ready after O(log n) work per changed item instead of O(n).
// The simulator keeps the pod's kubectl columns this way, since one change touches one or two of many containers.

export class FoldTree<T> {
  private readonly size: number;
  /** nodes[1] is the root; nodes[size + i] is item i; nodes[p] = combine(nodes[2p], nodes[2p + 1]). */
  private readonly nodes: T[];

  constructor(
    items: readonly T[],
    private readonly combine: (left: T, right: T) => T,
    private readonly empty: T,
  ) {
    let size = 1;
    while (size < items.length) size *= 2;
    this.size = size;
    this.nodes = new Array<T>(2 * size).fill(empty);
    for (let i = 0; i < items.length; i++) this.nodes[size + i] = items[i] as T;
    for (let p = size - 1; p >= 1; p--) this.nodes[p] = combine(this.nodes[2 * p] as T, this.nodes[2 * p + 1] as T);
  }

  /** Replaces item i (0 ≤ i < the list's length). */
  set(i: number, item: T): void {
    let p = this.size + i;
    this.nodes[p] = item;
    for (p >>= 1; p >= 1; p >>= 1) this.nodes[p] = this.combine(this.nodes[2 * p] as T, this.nodes[2 * p + 1] as T);
  }

  /** combine(item 0, item 1, …, item n-1), or `empty` for an empty list. */
  get total(): T {
    return this.nodes[1] ?? this.empty;
  }
}

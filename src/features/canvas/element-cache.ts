// The last element made for each id, with the key it was made from. A new graph (every edit of the text gives one)
// mostly holds the same nodes and edges again: handing React the very same objects for those lets memoised
// components skip them, so an edit redraws only what it changed.
export class ElementCache<T> {
  private entries = new Map<string, { key: string; element: T }>();

  reuse(id: string, key: string, make: () => T, seen: Set<string>): T {
    seen.add(id);
    const hit = this.entries.get(id);
    if (hit && hit.key === key) return hit.element;
    const element = make();
    this.entries.set(id, { key, element });
    return element;
  }

  /** Forget ids the latest graph no longer has. */
  keepOnly(seen: Set<string>): void {
    for (const id of this.entries.keys()) if (!seen.has(id)) this.entries.delete(id);
  }
}

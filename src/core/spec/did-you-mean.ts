// "Did you mean `command`?": the known field closest to a misspelt one, by edit distance with transpositions
// (optimal string alignment), ignoring case, as kubectl explain users expect from `comand` or `imagepullpolicy`.

/** The closest candidate, or null when none is close enough to be a plausible typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | null {
  const w = word.toLowerCase();
  // Up to one edit in short names, two from 6 characters, three from 12: `comand`, `initContainer`, `imagePullPolice`.
  const allowed = w.length < 6 ? 1 : w.length < 12 ? 2 : 3;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - w.length) > allowed) continue;
    const d = editDistance(w, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance; gives up (returns `limit`) once every cell in a row reaches it. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= limit) return limit;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * "did you mean": the closest of the known words to a mistyped one (Damerau–Levenshtein
 * distance, case-insensitive), as git and yargs' recommendCommands do; none when nothing is close.
 */

/** Edit distance with adjacent transpositions (`frmat` → `format` is 1, `explian` → `explain` is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known word closest to `word`: within 2 edits, and fewer than half the word's letters; or one it starts. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { readonly word: string; readonly distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { word: candidate, distance };
  }
  if (best !== undefined && best.distance <= Math.min(2, Math.floor(word.length / 2))) return best.word;
  // `--temp` for `--template`, `mark` for `markdown`: a prefix of exactly one known word.
  const prefixed = lower.length >= 3 ? known.filter((candidate) => candidate.toLowerCase().startsWith(lower)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

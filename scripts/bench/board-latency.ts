// How late each screen showed each signing, for bench:board's streams and its pollers alike.

/** The signed-commitment counts one screen showed, and when (this machine's clock, as the server's). */
export interface Seen {
  counts: number[];
  at: number[];
}

/** For each commit in commit order (the j-th makes the count startCount + j + 1), how long until each screen first showed it; sorted. */
export function latencies(screens: Seen[], committedAt: number[], startCount: number): number[] {
  const sorted = [...committedAt].sort((a, b) => a - b);
  const out: number[] = [];
  for (const { counts, at } of screens) {
    let k = 0;
    for (let j = 0; j < sorted.length; j++) {
      while (k < counts.length && counts[k] < startCount + j + 1) k++;
      if (k < counts.length) out.push(Math.max(0, at[k] - sorted[j]));
    }
  }
  return out.sort((a, b) => a - b);
}

/** The value at quantile q of sorted values. */
export const quantile = (sorted: ArrayLike<number>, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * perf6 made ranking over many stories cheaper without changing a ranking: hits sorted through arrays of
 * their scores and gids (byRankScore) instead of comparing hits of two shapes, each candidate's story read
 * from a typed array, the title checks of each story limited to alternatives some title names. The sort
 * is held here to the plain one it replaced, over hits with and without a story prior, with ties, and the
 * search from a list's last position (searchFrom, read for a unit's match at and beside each candidate) to
 * the plain binary search.
 */
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/search/index.js';
import { byRankScore, type Hit, rankScore, searchFrom } from '../../src/search/rank.js';

/** A small seeded generator, so a failure repeats. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hitsOf(n: number, random: () => number): Hit[] {
  const hits: Hit[] = [];
  for (let gid = 0; gid < n; gid++) {
    if (random() < 0.3) continue;
    // Few distinct scores, so that runs of equal scores are common, as at 1,000 stories.
    const score = Math.floor(random() * 6) / 2;
    const hit: Hit = { gid, score, coverage: random(), matched: [] };
    hits.push(random() < 0.4 ? { ...hit, prior: Math.floor(random() * 3) / 4 } : hit);
  }
  return hits;
}

describe('byRankScore', () => {
  it('orders hits as sorting them by rankScore, then gid, does', () => {
    const random = seeded(6);
    for (const n of [0, 1, 2, 3, 10, 100, 3000]) {
      const hits = hitsOf(n, random);
      const plain = [...hits].sort((a, b) => rankScore(b) - rankScore(a) || a.gid - b.gid);
      const mine = [...hits];
      byRankScore(mine);
      expect(mine).toEqual(plain);
      // The same objects, not copies.
      for (let i = 0; i < mine.length; i++) expect(mine[i]).toBe(plain[i]);
    }
  });
});

describe('searchFrom', () => {
  it('finds what lowerBound finds, from any earlier position', () => {
    const random = seeded(7);
    for (const n of [0, 1, 2, 5, 40, 1000]) {
      const values = new Set<number>();
      while (values.size < n) values.add(Math.floor(random() * n * 4));
      const list = Uint32Array.from(values).sort();
      for (let t = 0; t < 300; t++) {
        const value = Math.floor(random() * (n * 4 + 2)) - 1;
        const from = Math.floor(random() * (list.length + 2));
        expect(searchFrom(list, value, from)).toBe(lowerBound(list, value));
      }
    }
  });
});

/**
 * Ranking: each sentence scores the weight of the question's units it matches, plus a share of what
 * its neighbours match (a thought split over adjacent sentences), plus a bonus when it supplies the kind
 * of answer asked for. Coverage, the matched share of the question's weight, decides abstention.
 */
import type { SearchOptions } from './defaults.js';
import type { SearchIndex } from './index.js';
import type { QueryUnit } from './query.js';

/** A ranked sentence. */
export interface Hit {
  readonly gid: number;
  readonly score: number;
  /** Share of the question's weight matched by the sentence and its neighbours, 0…1. */
  readonly coverage: number;
  /** Keys of the units the sentence itself matched. */
  readonly matched: readonly string[];
}

/** What to rank and how. */
export interface RankInput {
  readonly units: readonly QueryUnit[];
  readonly answerTypes: readonly string[];
  /** Sentences not to return (already shown, for "what else"). */
  readonly exclude?: ReadonlySet<number>;
  /** Story index in focus (follow-ups prefer it). */
  readonly focusStory?: number;
  /** Only this story. */
  readonly onlyStory?: number;
  /** Sentences just shown: their neighbours get a bonus when a question points back ("it", "that"). */
  readonly near?: readonly number[];
}

/**
 * Ranks the sentences that match any unit. Cost is proportional to the posting lists touched.
 * @returns hits, best first, and the total weight of the question
 */
export function rank(index: SearchIndex, input: RankInput, o: SearchOptions): { hits: Hit[]; total: number } {
  const { units } = input;
  const total = units.reduce((s, u) => s + u.weight, 0);
  if (units.length === 0 || total === 0) return { hits: [], total };
  // For each unit, the best match quality per sentence.
  const perUnit: Map<number, number>[] = units.map((u) => {
    const m = new Map<number, number>();
    for (const a of u.alts) {
      const list = index.postings.get(a.key);
      if (!list) continue;
      for (const gid of list) if ((m.get(gid) ?? 0) < a.q) m.set(gid, a.q);
    }
    return m;
  });
  const candidates = new Set<number>();
  perUnit.forEach((m, j) => {
    // Action units (say, agree) alone do not make a sentence a candidate.
    if ((units[j] as QueryUnit).kind !== 'action') for (const gid of m.keys()) candidates.add(gid);
  });
  const meanWeight = total / units.length;
  const types = index.answerTypes.filter((t) => input.answerTypes.includes(t.id));
  const hits: Hit[] = [];
  for (const gid of candidates) {
    const s = index.sentences[gid];
    if (!s || input.exclude?.has(gid)) continue;
    if (input.onlyStory !== undefined && s.story !== input.onlyStory) continue;
    const prev = index.sentences[gid - 1]?.story === s.story ? gid - 1 : -1;
    const next = index.sentences[gid + 1]?.story === s.story ? gid + 1 : -1;
    let score = 0;
    const matched: string[] = [];
    units.forEach((u, j) => {
      const m = perUnit[j] as Map<number, number>;
      const own = m.get(gid) ?? 0;
      const nb = Math.max(prev < 0 ? 0 : (m.get(prev) ?? 0), next < 0 ? 0 : (m.get(next) ?? 0));
      if (own > 0) matched.push(u.key);
      score += u.weight * (own + o.neighbour * Math.max(0, nb - own));
    });
    const coverage = score / total;
    let bonus = 0;
    for (const t of types) if (t.supplied[gid] === 1) bonus += o.answerType * meanWeight;
    if (input.focusStory !== undefined && s.story === input.focusStory) bonus += o.storyFocus * meanWeight;
    if (input.near?.some((g) => Math.abs(g - gid) === 1 && index.sentences[g]?.story === s.story)) bonus += o.nearLast * meanWeight;
    hits.push({ gid, score: score + bonus, coverage, matched });
  }
  hits.sort((a, b) => b.score - a.score || a.gid - b.gid);
  return { hits, total };
}

/**
 * How much a unit of a question weighs, in one place for reading a question (src/search/query.ts),
 * ranking within a story (src/search/rank.ts), follow-ups (src/conversation/followup.ts) and the
 * engine's choices: inverse document frequency over a set of sentences, the weight of a word the
 * sentences lack, and the multiplier of each kind of unit. The tunables are in defaults.ts.
 */
import type { SearchOptions } from './defaults.js';

/** The lowest idf a unit gets, so that a word in every sentence still counts for a little. */
export const IDF_FLOOR = 0.2;

/**
 * Inverse document frequency of a unit in `df` of `n` sentences (natural's TfIdf form,
 * 1 + ln(n / (1 + df))), never below IDF_FLOOR.
 */
export function idfAmong(n: number, df: number): number {
  return Math.max(IDF_FLOOR, 1 + Math.log(n / (1 + Math.min(df, n))));
}

/** The idf of a unit none of `n` sentences holds: as rare as a word can be there. */
export function maxIdfAmong(n: number): number {
  return 1 + Math.log(n);
}

/** What decides a unit's weight besides its rarity. */
export interface UnitTraits {
  /** An English word of general use: unknown, it weighs less than an unknown name. */
  readonly common?: boolean;
  /** Weighs at most what an unknown common word does (a common English word matched only by translation). */
  readonly capped?: boolean;
  /**
   * Met in the stories only through its translations, and one of its dictionary's first senses is a common word
   * (an Arabic question word on an English story): weighs at most `translatedCommon` of the largest idf.
   */
  readonly translatedCommon?: boolean;
  /** An Arabic word of ordinary use (its dictionary sense a common English word): unknown, it weighs `ordinaryUnknown` of the largest idf. */
  readonly ordinary?: boolean;
}

/**
 * The weight of a unit before its kind's multiplier: its idf when the sentences hold it (capped for a
 * paraphrase), else the largest idf there, or a share of it for a common word (a paraphrase the story
 * may still answer, unlike an unknown name).
 * @param idf the unit's idf among the sentences, or undefined when none of them holds it
 * @param max the largest idf among those sentences (maxIdfAmong)
 */
export function baseWeight(idf: number | undefined, max: number, u: UnitTraits, o: SearchOptions): number {
  if (idf !== undefined) {
    if (u.capped) return Math.min(idf, max * o.commonUnknown);
    return u.translatedCommon ? Math.min(idf, max * o.translatedCommon) : idf;
  }
  if (u.common || u.capped || u.translatedCommon) return max * o.commonUnknown;
  return u.ordinary ? max * o.ordinaryUnknown : max;
}

/**
 * The multiplier of a kind of unit: actions (say, agree) and words that frame the question count for
 * less, people and other names for more, and so does a number the question writes (a year, a count):
 * `key` is the unit's key, when it may be a number's (`n:…`).
 */
export function kindScale(kind: string, o: SearchOptions, asking = false, key = ''): number {
  if (kind === 'action' || asking) return o.actionWeight;
  if (key.startsWith('n:')) return o.numberWeight;
  if (kind === 'person') return o.personWeight;
  if (kind === 'place' || kind === 'org') return o.nameWeight;
  return 1;
}

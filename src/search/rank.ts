/**
 * Ranking: each sentence scores the weight of the question's units it matches, plus a share of what
 * its neighbours match (a thought split over adjacent sentences), plus a bonus when it supplies the kind
 * of answer asked for; what the story's title names counts in part in every sentence of the story.
 * Coverage, the matched share of the question's weight (title credit left out), decides abstention.
 *
 * Cost grows with what the question touches, not with the archive: candidates come only from the
 * posting lists of the question's most selective units (MaxScore-style: the shortest lists whose
 * weight the rest of the question could not make up for), and every other unit is checked per
 * candidate by binary search in its sorted posting list.
 */

import { stemEnglish } from '../text/english.js';
import type { SearchOptions } from './defaults.js';
import {
  ACRONYM_PREFIX,
  type CompiledAnswerType,
  forEachNameOfKinds,
  type IndexedSentence,
  lowerBound,
  rootKey,
  type SearchIndex,
  suppliesAt,
} from './index.js';
import { indexMemo, memoMap } from './memos.js';
import { mapped } from './packed.js';
import { NAME_ANSWER, PERSON_ANSWER, postingsOf, type QueryUnit, rememberedIn } from './query.js';
import { forgetSubjects, inheritedQuality, subjectOf } from './subjects.js';
import { forgetTitles, storiesByTitleKey, titleKeys, titleThings } from './titles.js';
import { baseWeight, idfAmong, maxIdfAmong } from './weights.js';

/** A ranked sentence. */
export interface Hit {
  readonly gid: number;
  readonly score: number;
  /** Share of the question's weight matched by the sentence and its neighbours (and, in part, by the
   *  story's title: see `titleCoverage`), 0…1. */
  readonly coverage: number;
  /** Keys of the units the sentence itself matched. */
  readonly matched: readonly string[];
  /**
   * For a question asked of the whole archive: how much the sentence's story as a whole holds of it
   * (see withStoryPrior). It orders hits with `score` (rankScore) but is kept apart, so comparisons of
   * one sentence with another (the relative floor, ambiguity) stay on their own scores.
   */
  readonly prior?: number;
}

/** What hits are ordered by: the sentence's score and its story's prior. */
export function rankScore(h: Hit): number {
  return h.score + (h.prior ?? 0);
}

/** What to rank and how. */
export interface RankInput {
  readonly units: readonly QueryUnit[];
  readonly answerTypes: readonly string[];
  /** Keys of what a count question counts (ParsedQuery.counted). */
  readonly counted?: readonly string[];
  /** Sentences not to return (already shown, for "what else"). */
  readonly exclude?: ReadonlySet<number>;
  /** Story index in focus (follow-ups prefer it). */
  readonly focusStory?: number;
  /**
   * The story a conversation's last answer came from, when several stories are asked at once: its sentences
   * gain `conversationStory` (a follow-up's on top of `storyFocus`); a question of its own still gets
   * the story prior.
   */
  readonly conversationStory?: number;
  /**
   * The question's own keys (not what a pronoun stood for, nor context carried): a sentence of
   * conversationStory gains its bonus only when it holds one of them, if there are any ("where was his
   * laboratory?" is not answered by that story's sentence naming only him).
   */
  readonly conversationOwn?: ReadonlySet<string>;
  /** Only this story. */
  readonly onlyStory?: number;
  /**
   * The story of the conversation, for a question of its own asked of the whole archive: in the story
   * prior it counts as holding part of every unit (SearchOptions.storyStay).
   */
  readonly stayStory?: number;
  /** Sentences just shown: their neighbours get a bonus when a question points back ("it", "that"). */
  readonly near?: readonly number[];
  /** Whether the answer just shown may itself be the answer again ("who reported that?"). */
  readonly nearSelf?: boolean;
  /**
   * Units a follow-up writes after "that" / ذلك ("that album"), by key, and the sentences just shown,
   * which name what they stand for: those sentences match them at `referent` quality (see
   * SearchOptions.referent), whatever their words.
   */
  readonly referred?: { readonly keys: ReadonlySet<string>; readonly gids: readonly number[] };
}

interface UnitLists {
  readonly unit: QueryUnit;
  readonly lists: ReadonlyArray<{
    readonly list: Uint32Array;
    readonly q: number;
    readonly own: boolean;
    readonly named: boolean;
    readonly word: boolean;
    readonly root: boolean;
  }>;
  readonly size: number;
}

/** Keys of a concept (its name, role, carried speaker, affiliation), as against a word's own keys. */
const CONCEPT_KEY = /^[crsa]:/;

/**
 * Sentences of [from, to) that mention the unit itself (not through a carried speaker or an
 * affiliation), counting a sentence once however many alternatives it matches.
 */
function dfIn(u: UnitLists, from: number, to: number, wordsOnly = false): number {
  // Only the unit's best kind of match that the story holds counts: where a story has the English word
  // itself (its rendering), its dictionary translations do not make it look common there.
  // (A concept's name and roles are one thing and count together, as before.)
  let top = 0;
  if (u.unit.kind === 'term') for (const l of u.lists) if (l.own && l.q > top && lowerBound(l.list, to) > lowerBound(l.list, from)) top = l.q;
  const own = u.lists.filter((l) => l.own && l.q >= top && (!wordsOnly || l.word));
  if (own.length === 1) {
    const l = (own[0] as UnitLists['lists'][number]).list;
    return lowerBound(l, to) - lowerBound(l, from);
  }
  const seen = new Set<number>();
  for (const { list } of own) for (let i = lowerBound(list, from); i < list.length && (list[i] as number) < to; i++) seen.add(list[i] as number);
  return seen.size;
}

/** A word in Latin letters (English): see storyWeights, `together`. */
const LATIN = /^[A-Za-z]/;

/** The story's sentences (ids from `from` to `to`) that hold a unit as written or as its own word, in order. */
function exactIn(u: UnitLists, from: number, to: number): number[] {
  const seen = new Set<number>();
  for (const l of u.lists)
    if (l.own && l.q >= 1) for (let i = lowerBound(l.list, from); i < l.list.length && (l.list[i] as number) < to; i++) seen.add(l.list[i] as number);
  return [...seen].sort((x, y) => x - y);
}

/**
 * The question's weights within one story: each unit's idf among that story's sentences, so the
 * ranking inside a story does not change when unrelated stories are added, and a unit the story never
 * mentions weighs as much as a word can there.
 */
function storyWeights(index: SearchIndex, units: readonly UnitLists[], story: number, o: SearchOptions, titled?: TitledAlts, only = false): StoryWeights {
  const from = index.storyStart[story] as number;
  const to = index.storyStart[story + 1] as number;
  const n = to - from;
  const max = maxIdfAmong(n);
  // The refusal's weights (see StoryWeights.wc): in a story of few sentences, idf as if it had more.
  const smooth = n < o.shortSmoothBelow ? o.shortSmooth : 0;
  const nc = n + smooth;
  const maxc = maxIdfAmong(nc);
  const w = new Float64Array(units.length);
  const unnamed = new Uint8Array(units.length);
  const title = new Float64Array(units.length);
  const dfs = new Uint32Array(units.length);
  const wc = smooth > 0 ? new Float64Array(units.length) : w;
  const keys = o.titleCredit > 0 ? titleKeys(index, story) : undefined;
  let total = 0;
  let asked = 0;
  let ownContent = false;
  for (let j = 0; j < units.length; j++) {
    const u = units[j] as UnitLists;
    // A person described by role only ("the finance minister") is someone else in a story that never
    // names them: there, the role does not count.
    const person = u.unit.kind === 'person';
    if (person && !u.lists.some((l) => l.named && lowerBound(l.list, to) > lowerBound(l.list, from))) unnamed[j] = 1;
    // A person the story never names may still be a word it uses (a word taken for a name elsewhere).
    const df = u.size === 0 ? 0 : dfIn(u, from, to, unnamed[j] === 1);
    dfs[j] = df;
    // Not for what a follow-up carries over ("it" after a question about the earthquake): that points
    // at the sentences that say it.
    if (keys !== undefined && u.unit.carried !== true)
      for (const a of titled === undefined ? u.unit.alts : (titled[j] as readonly QueryUnit['alts'][number][]))
        if (a.q > (title[j] as number) && keys.has(a.key)) title[j] = a.q;
    // What the title names and the story never writes is what every sentence is about (a paragraph of
    // an article on Notre Dame that never says "Notre Dame"): it weighs as a word in every sentence
    // does, not as a word the story lacks, as it would where the story writes it throughout.
    const subjectOnly = df === 0 && o.titleUnwritten > 0 && (title[j] as number) >= 1 && u.unit.kind !== 'action';
    const base = baseWeight(df > 0 ? idfAmong(n, df) : subjectOnly ? idfAmong(n, n) : undefined, max, u.unit, o);
    w[j] = base * u.unit.scale;
    if (smooth > 0) wc[j] = baseWeight(df > 0 ? idfAmong(nc, df) : subjectOnly ? idfAmong(nc, nc) : undefined, maxc, u.unit, o) * u.unit.scale;
    total += w[j] as number;
    if (!u.unit.carried) {
      asked += w[j] as number;
      if (u.unit.kind !== 'action') ownContent = true;
    }
  }
  // Two words of the question the story only ever writes together ("Sacred" and "Heart" of the Basilica
  // of the Sacred Heart, "Arts" and "Letters") are one piece of evidence, not two: the lighter counts
  // for `together` of its weight, so a name of several words outweighs the rest of the question less.
  if (o.together < 1) {
    const sets = units.map((u, j) =>
      u.size === 0 || (dfs[j] as number) < 2 || u.unit.carried === true || u.unit.kind === 'action' || !LATIN.test(u.unit.label)
        ? undefined
        : exactIn(u, from, to),
    );
    for (let j = 0; j < units.length; j++) {
      const a = sets[j];
      // Two sentences at least: two rare words met once each in one sentence (the answer) is no phrase.
      if (a === undefined || a.length < 2) continue;
      for (let k = j + 1; k < units.length; k++) {
        const b = sets[k];
        if (b === undefined || b.length !== a.length || !a.every((g, i) => g === b[i])) continue;
        const light = (w[j] as number) <= (w[k] as number) ? j : k;
        const cut = (w[light] as number) * (1 - o.together);
        w[light] = (w[light] as number) - cut;
        if (wc !== w) wc[light] = (wc[light] as number) * o.together;
        total -= cut;
        asked -= cut;
        sets[light] = undefined;
        if (light === j) break;
      }
    }
  }
  const named = keys === undefined ? 0 : conceptsNamed(keys);
  let askedC = asked;
  if (wc !== w) {
    askedC = 0;
    for (let j = 0; j < units.length; j++) if (!(units[j] as UnitLists).unit.carried) askedC += wc[j] as number;
  }
  // Asked of this story alone, the parts of one name (جمال عبد الناصر, عبد الناصر), each a concept of its
  // own, are one thing the title names, not several (titleThings).
  const things = keys !== undefined && only && o.titleThings > 0 && named > TITLE_SUBJECTS ? titleThings(index, story) : named;
  return { w, total, unnamed, title, asked: ownContent ? asked : 0, subject: things <= TITLE_SUBJECTS, wc, askedC: ownContent ? askedC : 0 };
}

/**
 * Each unit's alternatives that some story's title names (storiesByTitleKey), in the unit's order: no
 * other alternative can be among one story's title keys, so a question weighed in many stories reads
 * only these per story (the seed's Arabic units have dozens of alternatives, and a question of common
 * words is weighed in hundreds of stories at 1,000). Made once per ranking, when a second story is weighed.
 */
type TitledAlts = ReadonlyArray<readonly QueryUnit['alts'][number][]>;

function titledAltsOf(index: SearchIndex, units: readonly UnitLists[]): TitledAlts {
  const byTitle = storiesByTitleKey(index);
  return units.map((u) => u.unit.alts.filter((a) => byTitle.has(a.key)));
}

/** The story of every sentence, by gid, per index (read for every candidate of a question over many stories). */
const storyByGid = indexMemo<Uint32Array>();

function storiesOf(index: SearchIndex): Uint32Array {
  let by = storyByGid.get(index);
  if (by === undefined) {
    by = new Uint32Array(index.sentences.length);
    for (let g = 0; g < by.length; g++) by[g] = (index.sentences[g] as IndexedSentence).story;
    storyByGid.set(index, by);
  }
  return by;
}

/** How many concepts (`c:` keys) a title's keys hold, remembered per key set (titleKeys makes one per story and index). */
const conceptCounts = new WeakMap<ReadonlySet<string>, number>();

function conceptsNamed(keys: ReadonlySet<string>): number {
  let named = conceptCounts.get(keys);
  if (named === undefined) {
    named = 0;
    for (const k of keys) if (k.startsWith('c:')) named++;
    conceptCounts.set(keys, named);
  }
  return named;
}

/** Most things (concepts) a title may name for a sentence after one naming it to count as being about it (see rank). */
const TITLE_SUBJECTS = 2;

/** Forgets what was worked out over an index (titles, sentence keys, subjects): a story added in place may name what an older title does. */
export function forgetTitleKeys(index: SearchIndex): void {
  forgetTitles(index);
  sentenceKeys.delete(index);
  namedByKinds.delete(index);
  forgetSubjects(index);
}

/** A question's weights within one story. */
interface StoryWeights {
  readonly w: Float64Array;
  readonly total: number;
  /** Person units the story never names (1): their roles and carried speakers do not count there. */
  readonly unnamed: Uint8Array;
  /** How well each unit matches what the story's title names (0: not at all): every sentence of the story is partly about it. */
  readonly title: Float64Array;
  /** Weight of the question's own units, or 0 when it has no content words of its own. */
  readonly asked: number;
  /** Whether the story's title names at most TITLE_SUBJECTS things: a pronoun after a sentence naming one of them takes it. */
  readonly subject: boolean;
  /**
   * The weights the refusal's coverage reads (`shortSmooth`): in a story of few sentences, each unit's
   * idf as if it had `shortSmooth` more, so a word the one sentence writes does not weigh a third of a
   * word it lacks; `w` itself where the story is longer.
   */
  readonly wc: Float64Array;
  /** `asked` in those weights. */
  readonly askedC: number;
}

/** Words apart, at most, of a number and the word it counts ("56 counties", "a population of 989,415"). */
const COUNT_WINDOW = 3;

/** The content keys of each sentence, in order, by index (worked out on first use, for count questions only). */
const sentenceKeys = new WeakMap<SearchIndex, Map<number, readonly string[]>>();

/** The content keys of a sentence, in order (remembered per index). */
function keysOf(index: SearchIndex, gid: number): readonly string[] {
  const byGid = memoMap(sentenceKeys, index);
  let keys = byGid.get(gid);
  if (keys === undefined) {
    const text = (index.sentences[gid] as IndexedSentence).sentence.text;
    keys = index.analyzer.analyze(text).flatMap((t) => (t.stop || t.key === '' ? [] : [t.key]));
    byGid.set(gid, keys);
  }
  return keys;
}

/**
 * Whether a sentence writes a number (or a count word) within COUNT_WINDOW words of the word counted.
 * An Arabic word there counts by its light root too, as the question's root alternative does: the
 * plural of a counted noun is often broken (كم منطقة → "أربع مناطق", both rt:نطق), and the stems differ.
 */
function numberBeside(index: SearchIndex, gid: number, counted: ReadonlySet<string>, cues: ReadonlySet<string>): boolean {
  const keys = keysOf(index, gid);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if (!k.startsWith('n:') && !cues.has(k)) continue;
    for (let j = Math.max(0, i - COUNT_WINDOW); j <= Math.min(keys.length - 1, i + COUNT_WINDOW); j++)
      if (j !== i && (counted.has(keys[j] as string) || counted.has(rootKey(keys[j] as string)))) return true;
  }
  return false;
}

/** Whether a sorted list (a posting list, perhaps absent) holds a value. */
export function has(list: Uint32Array | undefined, value: number): boolean {
  if (list === undefined) return false;
  const i = lowerBound(list, value);
  return i < list.length && list[i] === value;
}

/** Best match quality of a unit's alternatives among a set of keys (a sentence's subject); not a concept's when `wordsOnly`. */
function bestIn(u: UnitLists, keys: ReadonlySet<string>, wordsOnly: boolean): number {
  let best = 0;
  for (const a of u.unit.alts) if (a.q > best && keys.has(a.key) && !(wordsOnly && a.key.startsWith('c:'))) best = a.q;
  return best;
}

/** What qualitiesAround found: the best match quality of the unit (through its word keys only, when told) at gid - 1, gid and gid + 1, and whether it matches gid through an Arabic light root. */
let aroundPrev = 0;
let aroundOwn = 0;
let aroundNext = 0;
let aroundRoot = false;

/**
 * The unit's match at gid and beside it, one search a list (it was a binary search a list for each): the
 * first entry not below gid says whether the list holds gid, and its neighbours whether it holds the
 * sentences beside it. `at` keeps each list's last position (searchFrom).
 */
function qualitiesAround(u: UnitLists, at: Int32Array, gid: number, wordsOnly: boolean): void {
  let before = 0;
  let here = 0;
  let after = 0;
  let root = false;
  for (let k = 0; k < u.lists.length; k++) {
    const l = u.lists[k] as UnitLists['lists'][number];
    const list = l.list;
    const i = searchFrom(list, gid, at[k] as number);
    at[k] = i;
    const holds = i < list.length && list[i] === gid;
    if (holds && l.root) root = true;
    if (!l.word && wordsOnly) continue;
    const q = l.q;
    if (holds && q > here) here = q;
    if (i > 0 && list[i - 1] === gid - 1 && q > before) before = q;
    const next = holds ? i + 1 : i;
    if (next < list.length && list[next] === gid + 1 && q > after) after = q;
  }
  aroundPrev = before;
  aroundOwn = here;
  aroundNext = after;
  aroundRoot = root;
}

/**
 * lowerBound(list, value), searched from `from` (where an earlier search for a smaller value ended):
 * forward in growing steps, then halving; from the start when `from` is already past the value.
 */
export function searchFrom(list: Uint32Array, value: number, from: number): number {
  let lo = 0;
  let hi = list.length;
  if (from > 0 && from <= list.length && (list[from - 1] as number) < value) {
    lo = from;
    let step = 1;
    let probe = from;
    while (probe < list.length && (list[probe] as number) < value) {
      lo = probe + 1;
      probe = from + step;
      step *= 2;
    }
    hi = Math.min(probe, list.length);
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sentence is next to (or, when allowed, is) one of the answers just shown, in its story. */
export function nearLast(index: SearchIndex, near: readonly number[], gid: number, self: boolean): boolean {
  for (const g of near) {
    if ((Math.abs(g - gid) === 1 || (self && g === gid)) && index.sentences[g]?.story === index.sentences[gid]?.story) return true;
  }
  return false;
}

/** The sentences in any list of the selective units, in gid order, each once. */
function candidatesOf(selective: readonly UnitLists[]): Uint32Array {
  if (selective.length === 1 && (selective[0] as UnitLists).lists.length === 1)
    return ((selective[0] as UnitLists).lists[0] as UnitLists['lists'][number]).list;
  let size = 0;
  for (const u of selective) size += u.size;
  const all = new Uint32Array(size);
  let at = 0;
  for (const u of selective)
    for (const { list } of u.lists) {
      all.set(list, at);
      at += list.length;
    }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i] as number;
  return all.subarray(0, n);
}

/** No keys: what a question that asks no count reads as the count types' cue keys. */
const NO_KEYS: ReadonlySet<string> = new Set();

/** Keys an index's acronym memo holds at most; past it the memo starts afresh. */
const ACRONYM_MEMO_LIMIT = 100_000;
const acronymLists = indexMemo<Map<string, Uint32Array | null>>();

/**
 * The sentences where what a key's acronym stands for is written (its `x:` key's list), remembered per
 * index and key: a question looked up a string made anew for every alternative of every unit. Held as
 * null when there is none, so a key without an acronym (most) is one look-up too.
 * @param memo the index's acronym memo, when the caller found it once for many keys (rank)
 */
export function acronymList(index: SearchIndex, key: string, memo = memoMap(acronymLists, index)): Uint32Array | undefined {
  return rememberedIn(memo, key, () => postingsOf(index, `${ACRONYM_PREFIX}${key}`) ?? null, ACRONYM_MEMO_LIMIT) ?? undefined;
}

/**
 * Ranks the sentences that match the question.
 * @returns hits, best first, and the total weight of the question
 */
export function rank(index: SearchIndex, input: RankInput, o: SearchOptions): { hits: Hit[]; total: number } {
  const total = input.units.reduce((s, u) => s + u.weight, 0);
  if (input.units.length === 0 || total === 0) return { hits: [], total };
  // A question about one story reads only that story's part of each list: which units are rare, and so
  // which sentences are candidates, is judged there, not across the archive (a word common elsewhere
  // may be the one that finds the answer in this story).
  const only = input.onlyStory;
  const from = only === undefined ? 0 : (index.storyStart[only] as number);
  const to = only === undefined ? 0 : (index.storyStart[only + 1] as number);
  // The index's acronym memo, found once for every alternative of every unit.
  const acronyms = o.acronym > 0 ? memoMap(acronymLists, index) : undefined;
  const units: UnitLists[] = input.units.map((unit) => {
    const lists: UnitLists['lists'][number][] = [];
    let size = 0;
    for (const a of unit.alts) {
      const all = postingsOf(index, a.key);
      if (all === undefined) continue;
      const list = only === undefined ? all : all.subarray(lowerBound(all, from), lowerBound(all, to));
      if (list.length === 0) continue;
      lists.push({
        list,
        q: a.q,
        own: !a.key.startsWith('s:') && !a.key.startsWith('a:'),
        named: a.key.startsWith('c:'),
        word: !CONCEPT_KEY.test(a.key),
        root: a.key.startsWith('rt:'),
      });
      size += list.length;
    }
    // "that album": the sentences just shown name it, in whatever words.
    if (input.referred !== undefined && o.referent > 0 && input.referred.keys.has(unit.key)) {
      const shown = input.referred.gids.filter((g) => only === undefined || (g >= from && g < to));
      if (shown.length > 0) {
        lists.push({ list: Uint32Array.from(shown).sort(), q: o.referent, own: true, named: false, word: true, root: false });
        size += shown.length;
      }
    }
    // What an acronym the story defines stands for ("the NPR" for "Northern Pacific Railroad"), and back.
    if (acronyms !== undefined)
      for (const a of unit.alts) {
        if (a.conceptOnly || CONCEPT_KEY.test(a.key)) continue;
        const all = acronymList(index, a.key, acronyms);
        if (all === undefined) continue;
        const list = only === undefined ? all : all.subarray(lowerBound(all, from), lowerBound(all, to));
        if (list.length === 0) continue;
        lists.push({ list, q: a.q * o.acronym, own: false, named: false, word: true, root: false });
        size += list.length;
      }
    return { unit, lists, size };
  });
  // Nothing could reach the bar for the weakest answer shown: no need to look at any sentence. What the
  // asked story's title names and no sentence writes counts as reachable for the share the title credits
  // it with in every sentence (see storyWeights, `subjectOnly`): "رجب طيب أردوغان" in a paragraph of his
  // life that says only "رئيس حزب العدالة والتنمية".
  const titled = only !== undefined && o.titleReach > 0 && o.titleUnwritten > 0 && o.titleCredit > 0 ? titleKeys(index, only) : undefined;
  const reachable = units.reduce(
    (s, u) =>
      s +
      (u.size > 0
        ? u.unit.weight
        : titled !== undefined && u.unit.kind !== 'action' && u.unit.alts.some((a) => titled.has(a.key))
          ? u.unit.weight * o.titleCoverage
          : 0),
    0,
  );
  if (reachable / total < o.minCoverageRest) return { hits: [], total };

  // Selective units: shortest lists first, until the units left over could not reach the bar alone.
  const bySize = units.filter((u) => u.size > 0 && u.unit.kind !== 'action').sort((a, b) => a.size - b.size);
  const selective: UnitLists[] = [];
  let rest = bySize.reduce((s, u) => s + u.unit.weight, 0) + units.filter((u) => u.unit.kind === 'action').reduce((s, u) => s + u.unit.weight, 0);
  // Once a rare unit gives candidates, a list common across the archive (thousands of sentences) is not
  // enumerated: a sentence it alone adds could only be a weak answer behind those. It is still checked
  // per candidate.
  const long = Math.max(256, index.sentences.length / 50);
  for (const u of bySize) {
    if (rest / total < o.minCoverageRest && selective.length > 0) break;
    if (selective.length > 0 && u.size > long) break;
    selective.push(u);
    rest -= u.unit.weight;
  }
  // Candidates in gid order, without duplicates: one list is taken as is; several are merged.
  const candidates = candidatesOf(selective);

  const types = index.answerTypes.filter((t) => input.answerTypes.includes(t.id));
  // A "who" or "which thing" question: the names it holds itself, which the answer is not.
  const asking = input.answerTypes.includes(PERSON_ANSWER) ? 'person' : input.answerTypes.includes(NAME_ANSWER) ? 'name' : undefined;
  const others = asking === 'person' ? o.personAnswer : asking === 'name' ? o.nameAnswer : 0;
  const namedInQuestion = asking !== undefined && others > 0 ? namedBy(input.units) : undefined;
  const supplies = suppliesOf(index, types, input.units, o.freshCues > 0);
  const countTypes = types.filter((t) => t.counted);
  const counted = countTypes.length > 0 && input.counted !== undefined && input.counted.length > 0 ? new Set(input.counted) : undefined;
  // The count types' cue keys, read only where a count is asked (`counted`): most questions ask none.
  const countCues = counted === undefined ? NO_KEYS : new Set(countTypes.flatMap((t) => [...t.cueKeys]));
  // "How many people of Irish descent were in New York in 1860?": the English word counted is what any
  // count of it holds; where the question also names something or gives a number, a sentence must match
  // some other word of it for a number in it to be the count asked for (`countedOther`). Not an Arabic
  // word (after كم it is as often the verb, كم قتل), nor a question naming nothing else (*how many troops
  // were sent?*: its verb may be said otherwise, *dispatched*).
  const countedFlags = counted !== undefined && o.countedOther > 0 ? units.map((u) => u.unit.key.startsWith('en:') && counted.has(u.unit.key)) : [];
  const pinned = units.some((u, j) => countedFlags[j] !== true && /^[cn]:/.test(u.unit.key));
  const countedUnit = pinned && countedFlags.includes(true) ? countedFlags : undefined;
  const ordinal = otherOrdinalsOf(index, input.units, o);
  const weightsOf = new Map<number, StoryWeights>();
  const hits: Hit[] = [];
  // The story of each candidate from a typed array, and its neighbours from the story's bounds: at
  // 1,000 stories a question of common words has thousands of candidates over hundreds of stories.
  const storyOf = storiesOf(index);
  // Where each list's last search ended: candidates come in gid order, so each search starts there.
  const cursors = units.map((u) => new Int32Array(u.lists.length));
  let titleAlts: TitledAlts | undefined;
  let story = -1;
  let weights: StoryWeights | undefined;
  for (const gid of candidates) {
    if (gid >= storyOf.length || input.exclude?.has(gid)) continue;
    if (storyOf[gid] !== story) {
      story = storyOf[gid] as number;
      weights = weightsOf.get(story);
    }
    if (input.onlyStory !== undefined && story !== input.onlyStory) continue;
    if (!weights) {
      if (weightsOf.size > 0) titleAlts ??= titledAltsOf(index, units);
      weights = storyWeights(index, units, story, o, titleAlts, input.onlyStory !== undefined);
      weightsOf.set(story, weights);
    }
    const { w, total: storyTotal, unnamed, title } = weights;
    const meanWeight = storyTotal / units.length;
    const storyFrom = index.storyStart[story] as number;
    const prev = gid > storyFrom ? gid - 1 : -1;
    const next = gid + 1 < (index.storyStart[story + 1] as number) ? gid + 1 : -1;
    // Read once per sentence, not per unit: most sentences do not point back.
    const pointing = o.inherit > 0 && gid > storyFrom && subjectOf(index, gid).pointsBack;
    let score = 0;
    let asked = 0;
    let titledExtra = 0;
    let askedC = 0;
    let titledExtraC = 0;
    let strong = false;
    let strongOther = false;
    const matched: string[] = [];
    for (let j = 0; j < units.length; j++) {
      const u = units[j] as UnitLists;
      // A unit the story never writes counts only where its title names it (see `credited` below).
      // "kind" in "what kind of", "name" in "what is the name of": the question's framing, which every
      // sentence holds (a sentence saying that lakes are "named" is no better an answer for it).
      const framed = o.framingMet > 0 && u.unit.framed === true;
      if (u.size === 0 && !framed && (o.titleUnwritten <= 0 || (title[j] as number) === 0)) continue;
      // A person the story never names: their role and carried speaker do not count there, the word itself does.
      const wordsOnly = unnamed[j] === 1;
      // The unit's match in this sentence and its two neighbours, one search a list.
      qualitiesAround(u, cursors[j] as Int32Array, gid, wordsOnly);
      const own = framed ? 1 : aroundOwn;
      // A sentence that opens on "It" or "The store" is about the subject of the one before: it holds
      // that subject's words nearly as well as its own, for ranking and for coverage.
      const inherited = own >= 1 || !pointing ? 0 : inheritedQuality(index, gid, storyFrom, (keys) => bestIn(u, keys, wordsOnly), o.inherit);
      // What the question places before the answer ("after the call") counts in the sentence before it,
      // nearly in full: a story tells events in order ("… the call …". "Zelensky wrote: …"). Less than
      // in the sentence itself, which may tell both ("he resigned and turned to teaching").
      const before = u.unit.after === true && prev >= 0 ? o.afterPrevious * aroundPrev : 0;
      const real = Math.max(own, inherited, before);
      // What the story's title names, a sentence that does not name it is still partly about (it
      // says "she" or nothing): that helps to rank, but is no evidence that the question is answered.
      // In full for a name or a translation, for less through a synonym or a root.
      let credited = Math.max(real, o.titleCredit * Math.min(1, (title[j] as number) / o.translation));
      // Right after a sentence that names the story's subject, a sentence is about it as much as if it
      // named it ("Beyoncé … . The depression lasted …", "During his 13 years …"): a pronoun takes the
      // subject just named. Only where the title names one or two things: in a story about several
      // (the seed's Trump, Putin, Ukraine, the war), which one "he" or "it" takes is anyone's guess.
      if (weights.subject && (title[j] as number) > credited && prev >= 0) credited = Math.max(credited, Math.min(title[j] as number, aroundPrev));
      // A neighbour can only add what the sentence lacks.
      const nb = credited >= 1 ? credited : Math.max(prev < 0 ? 0 : aroundPrev, next < 0 ? 0 : aroundNext);
      if (own > 0 && !framed) matched.push(u.unit.key);
      // An Arabic word met by its light root (الدروز ~ الدرزي) is the word in another form, not a synonym.
      if (own > 0 && !framed && u.unit.kind !== 'action' && (own > o.synonym || u.unit.kind !== 'term' || aroundRoot)) {
        strong = true;
        if (countedUnit?.[j] !== true) strongOther = true;
      }
      const w0 = w[j] as number;
      score += w0 * (credited + o.neighbour * Math.max(0, nb - credited));
      const part = w0 * (real + o.neighbour * Math.max(0, nb - real));
      if (u.unit.carried) continue;
      // A match of two weak steps (a translation's synonym) helps to rank but is thin evidence that the
      // question is answered at all: it counts for less toward coverage.
      const counted = real > 0 && real < o.weakMatch ? part * o.weakCoverage : part;
      asked += counted;
      const wcj = weights.wc[j] as number;
      const countedC = w0 > 0 ? (counted * wcj) / w0 : 0;
      askedC += countedC;
      // A story about one thing (its title's subject) answers questions about it in sentences that do not
      // name it: the name counts in part toward coverage there. Kept apart from `coverage` below, which
      // scales the answer-type bonus: this is evidence that the story answers, not which sentence does.
      if (weights.subject && o.titleCoverage > 0) {
        titledExtra += Math.max(0, w0 * o.titleCoverage * Math.min(1, (title[j] as number) / o.translation) - counted);
        titledExtraC += Math.max(0, wcj * o.titleCoverage * Math.min(1, (title[j] as number) / o.translation) - countedC);
      }
    }
    // Coverage of what this question asks: a follow-up with words of its own is judged on them (the
    // context it carries only helps to rank); one without ("what else did he say?") on everything.
    const coverage = weights.asked > 0 ? Math.min(1, asked / weights.asked) : score / storyTotal;
    let bonus = 0;
    // A question that asks "how long" is answered by a sentence that gives a duration: the bonus is a
    // share of the whole question's weight, so it outweighs any one word.
    // Only for a sentence that matches some word of the question well, not only through a synonym
    // (a number beside a synonym of "jobs" is no answer to "how many jobs").
    // In full from a coverage of answerTypeFullAt up, for less below it: a number beside one word of
    // the question is a weak answer to "how many".
    const typeScale = o.answerTypeFullAt > 0 ? Math.min(1, coverage / o.answerTypeFullAt) : 1;
    if (countedUnit !== undefined) strong = strongOther;
    if (strong) for (const t of types) if (supplies(t, gid)) bonus += o.answerType * t.weight * storyTotal * typeScale;
    // "من رسم …؟" (who painted …), "ما الجائزة التي …" (what award …): a sentence naming someone or
    // something the question does not name.
    if (strong && namedInQuestion !== undefined && namesOthers(index, gid, namedInQuestion, asking === 'name' ? NAME_KINDS : PERSON_KINDS))
      bonus += o.answerType * others * storyTotal * typeScale;
    // "How many counties": a number beside the word counted ("56 counties") is the count asked for, where
    // any other number in the sentence may count something else.
    if (strong && counted !== undefined && countTypes.some((t) => suppliesAt(index, t, gid)) && numberBeside(index, gid, counted, countCues))
      bonus += o.countedBeside * storyTotal * typeScale;
    if (input.focusStory !== undefined && story === input.focusStory) bonus += o.storyFocus * meanWeight;
    if (
      input.conversationStory !== undefined &&
      story === input.conversationStory &&
      (input.conversationOwn === undefined || input.conversationOwn.size === 0 || matched.some((k) => input.conversationOwn?.has(k)))
    )
      bonus += o.conversationStory * meanWeight;
    // "that", "it": the sentences beside the answer just shown, and that answer itself unless the
    // question turns to someone new ("and what did Zelensky say about it?").
    if (input.near && nearLast(index, input.near, gid, input.nearSelf === true)) bonus += o.nearLast * meanWeight;
    // "the first constitutional convention": a sentence about the second one is about another event.
    if (ordinal !== undefined && !matched.includes(ordinal.unit.key) && ordinal.others.some((l) => has(l, gid)))
      bonus -= o.otherOrdinal * (w[ordinal.at] as number);
    hits.push({
      gid,
      score: score + bonus,
      coverage:
        weights.wc !== weights.w && weights.askedC > 0
          ? Math.min(1, (askedC + titledExtraC) / weights.askedC)
          : titledExtra > 0 && weights.asked > 0
            ? Math.min(1, (asked + titledExtra) / weights.asked)
            : coverage,
      matched,
    });
  }
  // Only for a question that starts afresh: a follow-up stays with the story in focus.
  if (input.onlyStory === undefined && input.focusStory === undefined && o.storyPrior > 0) withStoryPrior(index, units, hits, o, input.stayStory, titleAlts);
  // A follow-up over the whole archive: its own words weighed across stories too, the story in focus
  // staying. The focus bonus alone (storyFocus) is a share of one story's weights, and a word rare in
  // another story weighs more there ("هل هناك إصابات؟" after the earthquake brief went to the seed's
  // casualties).
  else if (input.onlyStory === undefined && input.focusStory !== undefined && o.storyPrior > 0 && o.storyStayFollowUp > 0)
    withStoryPrior(index, units, hits, o, input.focusStory, titleAlts);
  byRankScore(hits);
  // Equal scores at the head of the list: the sentence that writes more of the question's words as the
  // question does (and more of its word pairs side by side) first, then the one whose matched words are
  // rarer across all stories, then story order. Only the head is read: a question asked of a thousand
  // stories has long runs of equal low scores no one is shown.
  breakTies(
    hits,
    () => asWrittenCounter(index, input.units),
    () => rarityOfMatches(index, input.units, o),
    o.keepResults,
  );
  return { hits, total };
}

/** The kinds of concept that answer "who", and "which thing". */
const PERSON_KINDS: readonly string[] = ['person'];
const NAME_KINDS: readonly string[] = ['person', 'place', 'org'];

/** The concepts of some kinds each sentence names, by gid, per index and list of kinds. */
const namedByKinds = new WeakMap<SearchIndex, Map<string, Map<number, string[]>>>();

/**
 * Whether a sentence names a concept of one of `kinds` (by name, not by role) other than the `asked`
 * ones. Worked out on first use, for such questions only.
 */
function namesOthers(index: SearchIndex, gid: number, asked: ReadonlySet<string>, kinds: readonly string[]): boolean {
  const byKinds = memoMap(namedByKinds, index);
  const memoKey = kinds.join(' ');
  let m = byKinds.get(memoKey);
  if (m === undefined) {
    const named = new Map<number, string[]>();
    forEachNameOfKinds(index.concepts, index.postings, index.sentences, index.stories, kinds, false, 0, index.sentences.length, (g, id) => {
      const list = named.get(g);
      if (list === undefined) named.set(g, [id]);
      else list.push(id);
    });
    m = named;
    byKinds.set(memoKey, m);
  }
  return (m.get(gid) ?? []).some((id) => !asked.has(id));
}

/**
 * Whether a sentence names a person (by name, not by role) the question's units do not name: what a
 * "who" question's answer would be, however its verb is paraphrased.
 */
export function namesOtherPerson(index: SearchIndex, gid: number, units: readonly QueryUnit[]): boolean {
  return namesOthers(index, gid, namedBy(units), PERSON_KINDS);
}

/** The concept ids a question's units name (a unit's key `c:a|c:b` names a and b). */
function namedBy(units: readonly QueryUnit[]): Set<string> {
  return new Set(units.flatMap((u) => (u.key.startsWith('c:') ? u.key.split('|').map((k) => k.slice(2)) : [])));
}

/** A label with Arabic letters: a word of an Arabic question. */
const ARABIC_LABEL = /\p{Script=Arabic}/u;

/** A label in lower-case Latin letters: a role or a common noun ("defence chief"), not a name. */
const LOWER_LATIN = /^[a-z][a-z\s'’.-]*$/;

/**
 * Whether a sentence supplies an answer type for this question: a type answered by a name (a person
 * for "who") needs a name the question does not write itself, since the question's own names are what
 * it asks about, not the answer ("who preceded John Jenkins?"). A name reached through a role the
 * question writes in lower case ("who is the US defence chief?") is the answer. A question of nothing
 * but such names ("who is Pete Hegseth?") asks what the story says of them: any sentence naming them
 * will do. A number type marked fresh likewise needs a number the question does not write. With
 * `freshCues`, a cue word of a fresh type that the question writes itself ("Who did she become friends
 * with?": *friends*) supplies the type only where another of its cue words stands too; else a name or
 * number the question does not write must.
 */
function suppliesOf(
  index: SearchIndex,
  types: readonly CompiledAnswerType[],
  units: readonly QueryUnit[],
  freshCues = true,
): (t: CompiledAnswerType, gid: number) => boolean {
  const own = units.filter((u) => !u.carried && u.kind !== 'action');
  const fresh = types.filter((t) => t.fresh && !own.every((u) => (t.kinds as readonly string[]).includes(u.kind)));
  if (fresh.length === 0) return (t, gid) => suppliesAt(index, t, gid);
  const written = new Set<string>();
  for (const u of own)
    for (const a of u.alts) {
      if (a.key.startsWith('n:')) written.add(a.key);
      else if (a.key.startsWith('c:') && !LOWER_LATIN.test(u.label)) written.add(a.key);
    }
  // A cue word the question writes itself ("Who did she become friends with?": *friends*) is what it
  // asks about, not the answer, as its own names are: it supplies nothing; another cue word still does.
  const cuesOf = new Map<CompiledAnswerType, string[]>();
  if (freshCues)
    for (const t of fresh) {
      if (t.quotes) continue;
      const mine = mapped(
        own.filter((u) => t.cueKeys.has(u.key)),
        (u) => u.key,
      );
      if (mine.length > 0)
        cuesOf.set(
          t,
          [...t.cueKeys].filter((k) => !mine.includes(k) && index.postings.has(k)),
        );
    }
  return (t, gid) => {
    if (!suppliesAt(index, t, gid)) return false;
    if (!fresh.includes(t)) return true;
    const others = cuesOf.get(t);
    if (t.byWord[gid] === 1 && (others === undefined || others.some((k) => has(index.postings.get(k), gid)))) return true;
    // Supplied by a name or number the question does not write: more of them supply it than the
    // question writes among them.
    let mine = 0;
    for (const k of written) if (suppliedBy(index, t, gid, k)) mine++;
    return (t.suppliers[gid] as number) > mine;
  };
}

/** Whether a name (`c:id`) or a number (`n:…`) is among what supplies a fresh answer type in a sentence. */
function suppliedBy(index: SearchIndex, t: CompiledAnswerType, gid: number, key: string): boolean {
  if (key.startsWith('n:')) return t.numbers && has(index.postings.get(key), gid);
  const id = key.slice(2);
  const story = index.stories[(index.sentences[gid] as IndexedSentence).story]?.info.id;
  const kind = index.concepts.kindIn(id, story);
  return kind !== undefined && t.kinds.includes(kind) && (has(index.postings.get(key), gid) || has(index.postings.get(`r:${id}`), gid));
}

/** English ordinals, as keyed: a question that asks about the first of something is not answered by the second. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_KEYS = ORDINALS.map((w) => `en:${stemEnglish(w)}`);

/**
 * The question's English ordinal unit ("first"), its position among the units, and the posting lists
 * of the other ordinals, whose sentences speak of another one of the kind; undefined without one.
 */
function otherOrdinalsOf(
  index: SearchIndex,
  units: readonly QueryUnit[],
  o: SearchOptions,
): { readonly unit: QueryUnit; readonly at: number; readonly others: readonly Uint32Array[] } | undefined {
  if (o.otherOrdinal <= 0) return undefined;
  const keys = ORDINAL_KEYS;
  const at = units.findIndex((u) => !u.carried && keys.includes(u.key));
  if (at < 0) return undefined;
  const unit = units[at] as QueryUnit;
  const others = keys
    .filter((k) => k !== unit.key)
    .flatMap((k) => {
      const l = index.postings.get(k);
      return l === undefined ? [] : [l];
    });
  return others.length === 0 ? undefined : { unit, at, others };
}

/** Scores closer than this are equal (sums of the same weights in another order). */
const SAME_SCORE = 1e-9;

/**
 * For breaking exact ties of an English question on an English story: the weight across all stories
 * (a unit's own weight, not its story's) of the question's words a sentence matches. Within one story
 * two words each in one sentence weigh alike ("What type of processor does the current iPod Touch
 * use?": *current* and *processor*), where across the stories *current* is the commoner word, which
 * says less of what is asked. Development English → English hit@1 80.1 → 80.4%, no other line moved;
 * for every story, Arabic → Arabic lost 0.4 and held-out English → Arabic 1.0 (`tieRarity` 0 turns it off).
 */
function rarityOfMatches(index: SearchIndex, units: readonly QueryUnit[], o: SearchOptions): (h: Hit) => number {
  if (o.tieRarity <= 0) return () => 0;
  const weights = new Map(units.filter((u) => u.carried !== true && LATIN_LABEL.test(u.label)).map((u) => [u.key, u.weight]));
  return (h) => {
    const story = index.stories[(index.sentences[h.gid] as IndexedSentence).story];
    if (story?.info.language !== 'en') return 0;
    return h.matched.reduce((sum, k) => sum + (weights.get(k) ?? 0), 0);
  };
}

/**
 * Re-orders each run of equal scores that starts among the first `head` hits by `count`, most first,
 * then by `rarity`, most first (stable: story order after). The two are made on the first tie only: most
 * questions have none at the head, and making them (the question's labels read, its translations paired)
 * cost more than the rest of the tie-break.
 */
function breakTies(hits: Hit[], countOf: () => (gid: number) => number, rarityOf: () => (h: Hit) => number, head: number): void {
  let count: ((gid: number) => number) | undefined;
  let rarity: ((h: Hit) => number) | undefined;
  for (let i = 0; i < Math.min(head, hits.length); ) {
    let j = i + 1;
    while (j < hits.length && Math.abs(rankScore(hits[i] as Hit) - rankScore(hits[j] as Hit)) <= SAME_SCORE) j++;
    if (j - i > 1) {
      count ??= countOf();
      rarity ??= rarityOf();
      const byCount = count;
      const byRarity = rarity;
      const run = hits.slice(i, j).sort((a, b) => byCount(b.gid) - byCount(a.gid) || byRarity(b) - byRarity(a) || a.gid - b.gid);
      hits.splice(i, run.length, ...run);
    }
    i = j;
  }
}

/** A question's word as typed, in Latin letters or digits (an Arabic word's clitics vary too much for its written form to say anything). */
const LATIN_LABEL = /^[\p{Script=Latin}\d][\p{Script=Latin}\d\s'’.-]*$/u;

/**
 * For breaking exact ties: how many of the question's own words (not carried ones) a sentence writes as
 * the question does, whole words, case aside, plus how many of its neighbouring pairs it writes side by
 * side ("Mongol-Tibetan alliance", "side-effects"). Two sentences that match the same units through
 * stems or synonyms are equal to the score; the one that repeats the question's wording is more often the
 * one the question was written from. Development English → English hit@1 78.4 → 78.9%, held out 61.7 →
 * 62.3%; for Arabic words (whose article and clitics vary) it lost "ما هي البيتكوين؟" to a sentence that
 * writes البيتكوين with its article, so only words in Latin letters count. Counted on first use only.
 */
function asWrittenCounter(index: SearchIndex, units: readonly QueryUnit[]): (gid: number) => number {
  const words = units
    .filter((u) => u.carried !== true)
    .map((u) => u.label.toLowerCase())
    .filter((l) => LATIN_LABEL.test(l));
  // An Arabic question on an English story: its words' translations side by side instead. Not an
  // English question whose words were all carried from the turn before ("who helped her fight it?").
  if (words.length === 0) return units.some((u) => u.carried !== true && ARABIC_LABEL.test(u.label)) ? translationsSideBySide(index, units) : () => 0;
  const counted = new Map<number, number>();
  return (gid) => {
    let n = counted.get(gid);
    if (n === undefined) {
      const text = (index.sentences[gid] as IndexedSentence).sentence.text.toLowerCase();
      n = 0;
      for (let i = 0; i < words.length; i++) {
        const w = words[i] as string;
        if (writesWord(text, w)) n++;
        // Plain string searches, no expression compiled per question: this runs for every question.
        const next = words[i + 1];
        if (next !== undefined && (text.includes(`${w} ${next}`) || text.includes(`${w}-${next}`))) n++;
      }
      counted.set(gid, n);
    }
    return n;
  };
}

/**
 * For breaking exact ties of an Arabic question on an English story: how many neighbouring content
 * words of a sentence are English translations of two different words of the question (أكبر خزان →
 * "largest reservoir"), in either order (خزان مائي is "water reservoir"). Of two sentences matching the
 * same words, the one that writes two of them as one phrase is more often the one asked about.
 * Development Arabic → English hit@1 74.8 → 75.2% (held out 54.5 → 55.7%); counting Arabic keys too,
 * for Arabic questions on Arabic stories, cost Arabic → Arabic 83.7 → 82.2%, so English keys only.
 */
function translationsSideBySide(index: SearchIndex, units: readonly QueryUnit[]): (gid: number) => number {
  const owners = new Map<string, number[]>();
  units.forEach((u, j) => {
    if (u.carried === true) return;
    for (const a of u.alts) {
      if (!a.key.startsWith('en:')) continue;
      const list = owners.get(a.key);
      if (list === undefined) owners.set(a.key, [j]);
      else if (!list.includes(j)) list.push(j);
    }
  });
  if (owners.size === 0) return () => 0;
  const counted = new Map<number, number>();
  return (gid) => {
    let n = counted.get(gid);
    if (n === undefined) {
      const keys = keysOf(index, gid);
      n = 0;
      for (let i = 0; i + 1 < keys.length; i++) {
        const a = owners.get(keys[i] as string);
        const b = owners.get(keys[i + 1] as string);
        if (a !== undefined && b !== undefined && a.some((x) => b.some((y) => y !== x))) n++;
      }
      counted.set(gid, n);
    }
    return n;
  };
}

/** A letter or digit of any script. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a text writes a word (or words) whole: not inside a longer word. */
function writesWord(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = at === 0 ? '' : (text[at - 1] as string);
    const after = text[at + w.length] ?? '';
    if ((before === '' || !WORD_CHAR.test(before)) && (after === '' || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Stories compared for the story prior: those of the best hits, best first. */
const PRIOR_STORIES = 30;

/** Writes a run's best score `top` for its story `run` unless a higher one is there (nothing when the run had no hit). */
function keepBest(best: Map<number, number>, run: number, top: number | undefined): void {
  if (top === undefined) return;
  const had = best.get(run);
  if (had === undefined || had < top) best.set(run, top);
}

/**
 * Adds to each hit of the best few stories how much its story as a whole holds of the question, weighed
 * by how few stories of the archive hold each unit. Sentence scores are weighed within their own story
 * (so adding stories changes no story's ranking), which makes them a poor guide to which story a
 * question is about: a word rare in one story weighs much there though every story has it. A question
 * asked of the whole archive first needs the story that holds its rare words together.
 */
function withStoryPrior(index: SearchIndex, units: readonly UnitLists[], hits: Hit[], o: SearchOptions, stay?: number, titledAlts?: TitledAlts): void {
  const storyOf = storiesOf(index);
  const best = new Map<number, number>();
  // Hits come a story at a time (in gid order): the best of each run is written once, as the plain
  // `if ((best.get(story) ?? -Infinity) < h.score) best.set(story, h.score)` for every hit would leave it.
  let run = -1;
  let top: number | undefined;
  for (const h of hits) {
    const story = storyOf[h.gid] as number;
    if (story !== run) {
      keepBest(best, run, top);
      run = story;
      top = undefined;
    }
    if ((top ?? Number.NEGATIVE_INFINITY) < h.score) top = h.score;
  }
  keepBest(best, run, top);
  if (best.size < 2) return;
  const stories = [...best.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, PRIOR_STORIES)
    .map(([story]) => story);
  // A story whose title names something the question asks about is compared too, however low its
  // sentences score: its subject runs through every sentence, so there it weighs little.
  const titled = o.storyPriorTitle > 0 ? (titledAlts ?? titledAltsOf(index, units)) : undefined;
  if (o.storyPriorTitle > 0) {
    const byTitle = storiesByTitleKey(index);
    for (const u of units)
      for (const a of u.unit.alts) for (const story of byTitle.get(a.key) ?? []) if (best.has(story) && !stories.includes(story)) stories.push(story);
  }
  // The story the conversation is about is compared too, however low its sentences score.
  const staying = stay !== undefined && o.storyStay > 0 && best.has(stay);
  if (staying && !stories.includes(stay as number)) stories.push(stay as number);
  const total = index.stories.length;
  const prior = new Map<number, number>();
  for (const story of stories) prior.set(story, 0);
  for (let j = 0; j < units.length; j++) {
    const u = units[j] as UnitLists;
    if (u.size === 0 || u.unit.carried === true) continue;
    // How many stories hold the unit: its most widespread alternative's count, a lower bound of the union's.
    let df = 0;
    for (const { list } of u.lists) df = Math.max(df, storiesHolding(index, list));
    if (df === 0) continue;
    const idf = Math.log(1 + total / df);
    for (const story of stories) {
      const from = index.storyStart[story] as number;
      const to = index.storyStart[story + 1] as number;
      let q = 0;
      for (const l of u.lists) if (l.q > q && lowerBound(l.list, to) > lowerBound(l.list, from)) q = l.q;
      // What the title names, the whole story is about: the subject a question about it names.
      let title = 0;
      if (titled !== undefined) {
        const keys = titleKeys(index, story);
        for (const a of titled[j] as readonly QueryUnit['alts'][number][]) if (a.q > title && keys.has(a.key)) title = a.q;
      }
      prior.set(story, (prior.get(story) as number) + idf * (q + o.storyPriorTitle * title));
    }
    // A reader goes on asking about the story the conversation is about: it holds, as it were, part of
    // every unit more. A question that names another story's subject still goes there.
    if (staying) prior.set(stay as number, (prior.get(stay as number) as number) + idf * o.storyStay);
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    const p = prior.get(storyOf[h.gid] as number);
    // Written out, in the order a spread of the hit gives (no object spread for each of thousands of hits).
    if (p !== undefined && p > 0) hits[i] = { gid: h.gid, score: h.score, coverage: h.coverage, matched: h.matched, prior: o.storyPrior * p };
  }
}

/**
 * Sorts hits by rankScore, best first, then by gid: `hits.sort((a, b) => rankScore(b) - rankScore(a) ||
 * a.gid - b.gid)`, the same comparisons on the same elements in the same order (so the same result),
 * each reading two arrays of numbers instead of two hits of two shapes (with and without a prior).
 */
export function byRankScore(hits: Hit[]): void {
  const n = hits.length;
  if (n < 2) return;
  const scores = new Float64Array(n);
  const gids = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const h = hits[i] as Hit;
    scores[i] = rankScore(h);
    gids[i] = h.gid;
    order[i] = i;
  }
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || (gids[a] as number) - (gids[b] as number));
  const sorted = order.map((i) => hits[i] as Hit);
  for (let i = 0; i < n; i++) hits[i] = sorted[i] as Hit;
}

/** Stories holding some sentence of a posting list, remembered per list. */
const storyCounts = new WeakMap<Uint32Array, number>();

function storiesHolding(index: SearchIndex, list: Uint32Array): number {
  let n = storyCounts.get(list);
  if (n === undefined) {
    n = 0;
    // Story by story: from a sentence, jump past the rest of its story (cost by stories, not entries).
    for (let i = 0; i < list.length; ) {
      const story = (index.sentences[list[i] as number] as IndexedSentence).story;
      n++;
      i = lowerBound(list, index.storyStart[story + 1] as number);
    }
    storyCounts.set(list, n);
  }
  return n;
}

/**
 * Whether a sentence gives the kind of answer `id` (an entry of knowledge/answer-types.jsonl) asks for
 * this question: as ranking reads it, with a name or number the question writes itself not counting
 * for a fresh type ("how many" is not answered by the year the question names).
 */
export function givesAskedType(index: SearchIndex, id: string, units: readonly QueryUnit[], gid: number): boolean {
  const t = index.answerTypes.find((x) => x.id === id);
  return t !== undefined && suppliesOf(index, [t], units)(t, gid);
}

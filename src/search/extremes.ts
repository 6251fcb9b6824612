/**
 * Questions that ask for the one at an extreme ("What is the longest river in Montana?", "Who was the
 * last leader of the Soviet Union?", ما هي أطول سورة في القرآن؟) and answers that say nothing of one. A
 * sentence that answers such a question says its thing is the longest, the last, the first, the only,
 * a record, or second or third of its kind; a sentence that says none of these, nor does the one before
 * or after it, tells of the thing without saying which is the extreme, however many of the question's
 * other words it holds. Any extreme word counts in the answer, not only the question's own: the busiest
 * airport is answered by "the largest airport", the original name by "first called".
 */
import type { ConversationWords } from '../conversation/dialogue.js';
import type { Token } from '../text/analyzer.js';
import { mapped } from './packed.js';

/** Articles, prepositions and conjunctions an Arabic word may carry (والأكبر, بالأكثر, الكبرى). */
const ARABIC_PREFIX = /^(?:[وف]?(?:ال|بال|كال|لل)|[وفبلك])/;

/** Arabic "the first" with the article, folded (الأول, الأولى, والأولى). */
const FIRST_WITH_ARTICLE = /^[وف]?(?:ال|بال|لل)اول[يه]?$/;

/** English words after which "most", "least", "best" ask for no extreme ("at least", "at most"). */
const ENGLISH_BOUND = new Set(['at']);

/** Forms of "be", as written out (after them a bare "most" says how much, "is most notable": see `bareMost`). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/**
 * English fixed phrases whose extreme word asks for none ("who proposed it in the first place?":
 * originally; "when was it used for the first time?", "what did they agree the last time they met?":
 * the sentence that answers gives a date or tells the meeting, and rarely says "first" or "last").
 */
const ENGLISH_IDIOMS: readonly (readonly string[])[] = [
  ['in', 'the', 'first', 'place'],
  ['the', 'first', 'time'],
  ['the', 'last', 'time'],
  ['for', 'the', 'most', 'part'],
  ['last', 'but', 'not', 'least'],
];

/** The extreme words by first word (in the list's order) and the one-word ones, per list (worked out on first use). */
interface ExtremeIndex {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly single: ReadonlySet<string>;
}

const extremeIndexes = new WeakMap<readonly (readonly string[])[], ExtremeIndex>();

/**
 * The extreme words indexed, so that each word of a question is looked up once rather than compared
 * with the whole list (that scan was 1.4% of a median question's time). A bucket keeps the list's order,
 * so the first phrase found is the one a scan of the list would find.
 */
function extremeIndex(list: readonly (readonly string[])[]): ExtremeIndex {
  let found = extremeIndexes.get(list);
  if (found === undefined) {
    const byFirst = new Map<string, (readonly string[])[]>();
    const single = new Set<string>();
    for (const p of list) {
      const first = p[0];
      if (first === undefined) continue;
      const bucket = byFirst.get(first);
      if (bucket === undefined) byFirst.set(first, [p]);
      else bucket.push(p);
      if (p.length === 1) single.add(first);
    }
    found = { byFirst, single };
    extremeIndexes.set(list, found);
  }
  return found;
}

/**
 * The word (as the question writes it) by which a question asks for the one at an extreme, or undefined
 * when it asks for none.
 */
export function askedExtreme(tokens: readonly Token[], words: ConversationWords, commonEnglish: ReadonlySet<string>, bareMost = false): string | undefined {
  const at = askedExtremeAt(tokens, words, commonEnglish, bareMost);
  return at === undefined ? undefined : mapped(tokens.slice(at[0], at[0] + at[1]), (x) => x.surface).join(' ');
}

/** Where a question asks for the one at an extreme: its extreme word's first token and how many tokens it spans. */
function askedExtremeAt(
  tokens: readonly Token[],
  words: ConversationWords,
  commonEnglish: ReadonlySet<string>,
  bareMost = false,
): [number, number] | undefined {
  const norms = mapped(tokens, (t) => t.norm);
  const idiom = new Set<number>();
  for (let i = 0; i < norms.length; i++)
    for (const p of ENGLISH_IDIOMS) if (p.every((w, j) => norms[i + j] === w)) for (let j = 0; j < p.length; j++) idiom.add(i + j);
  for (let i = 0; i < tokens.length; i++) {
    if (idiom.has(i)) continue;
    const t = tokens[i] as Token;
    const next = norms[i + 1];
    if (t.script === 'latin') {
      if (englishSuperlative(t.norm, commonEnglish)) return [i, 1];
      // "most of them", "at least": no extreme asked.
      if (next === 'of' || ENGLISH_BOUND.has(norms[i - 1] ?? '')) continue;
      // "What do most Ukrainians want?": "most" without "the" before a people or a plural counts a share
      // of them, not the one at an extreme ("the most common cancer").
      if (t.norm === 'most' && norms[i - 1] !== 'the' && next !== undefined && (/^\p{Lu}/u.test(tokens[i + 1]?.surface ?? '') || /[^s]s$/.test(next))) continue;
      // "Which coach is most notable?", "What forms of humor are most found?" (`bareMost`): "most" right after
      // a verb, with no "the", says how much, as "very" does: it asks for no one at an extreme.
      if (bareMost && t.norm === 'most' && BE_FORMS.has(norms[i - 1] ?? '') && next !== undefined) continue;
      const phrase = extremeIndex(words.extremeWords)
        .byFirst.get(t.norm)
        ?.find((p) => p.every((w, j) => norms[i + j] === w));
      // A capitalised extreme word is part of a name ("the First World War", "First Lady").
      const named = phrase !== undefined && tokens.slice(i, i + phrase.length).some((x, j) => i + j > 0 && /^\p{Lu}/u.test(x.surface) && x.norm !== 'the');
      if (phrase !== undefined && !named) return [i, phrase.length];
      continue;
    }
    if (t.script !== 'ar') continue;
    // An elative before من compares (أكبر من, "bigger than"): it asks for no extreme.
    if (next === 'من') continue;
    // "The first" with the article follows its noun, and is as often part of its name (عثمان الأول,
    // "Osman I"; الحرب العالمية الأولى, "World War I"): only أول before its noun asks.
    if (FIRST_WITH_ARTICLE.test(t.norm)) continue;
    // "For the first time" (لأول مرة، أول مرة) asks when, as its English does: the answer gives a date.
    // "The day before yesterday" (أول أمس) is a day, not a first.
    if ((next === 'مره' || next === 'امس') && arabicForms(t.norm).includes('اول')) continue;
    const single = extremeIndex(words.extremeWords).single;
    if (arabicForms(t.norm).some((f) => single.has(f))) return [i, 1];
  }
  return undefined;
}

/** How many words the thing at an extreme may stand from the word saying so ("the largest natural freshwater lake"). */
const NOUN_REACH = 6;

/**
 * How many words a hit's own sentence may put between the thing and the word saying it is at an extreme,
 * for that hit to go before the first (`extremeAhead`): next to it, said of the thing itself (*Maximum
 * displacement*), not of another word two on (*the main quake, causing …* for *the most displacement
 * caused*).
 */
export const OWN_EXTREME_REACH = 1;

/** "The maximum volume", "maximum displacement": a bound said of the thing, as its superlative says it. */
const SAID_BOUND = /^(?:maximum|minimum)$/;

/**
 * The words of a question that name the thing it asks for at an extreme: the words right after the
 * extreme word ("the longest river", أطول نهر, "the most common cancer": up to two, before a stop word),
 * or, for an Arabic extreme with the article, the word before it (البحيرة الأكبر). Empty when it asks of
 * nothing named (*who was first?*).
 */
export function extremeNouns(tokens: readonly Token[], words: ConversationWords, commonEnglish: ReadonlySet<string>, bareMost = false): Token[] {
  const at = askedExtremeAt(tokens, words, commonEnglish, bareMost);
  if (at === undefined) return [];
  const [i, n] = at;
  const first = tokens[i] as Token;
  // An Arabic extreme with the article follows its noun, often a few words on (العوامل الوراثية هي
  // الأكثر تأثيرا): not checked.
  if (first.script === 'ar' && /^[وف]?(?:ال|بال|لل)/.test(first.norm)) return [];
  const out: Token[] = [];
  for (let j = i + n; j < tokens.length && out.length < 2; j++) {
    const t = tokens[j] as Token;
    // "the latest magnitude 6 aftershock": a number between the words of the thing.
    if (t.script === 'digit') continue;
    if (t.stop) break;
    out.push(t);
  }
  // "the most common cancer": after "most" or "least" comes an adjective, and the thing after it; with
  // nothing after the adjective ("is most notable"), the thing is before, not checked.
  if (first.script === 'latin' && (first.norm === 'most' || first.norm === 'least')) return out.length === 2 ? out : [];
  return out;
}

/**
 * Whether a sentence says of the thing asked that it is at an extreme: a word saying an extreme (see
 * `saysExtreme`) within `reach` words (`NOUN_REACH` unless told) of a word `names` accepts. "The fourth largest state" says no
 * lake is the largest; "the largest natural freshwater lake" does.
 */
export function saysExtremeOf(
  tokens: readonly Token[],
  names: (t: Token) => boolean,
  words: ConversationWords,
  commonEnglish: ReadonlySet<string>,
  reach = NOUN_REACH,
): boolean {
  // "for the first time": the first is the act the sentence tells ("appeared for the first time" answers "her first appearance").
  if (tokens.some((t, j) => t.norm === 'first' && tokens[j + 1]?.norm === 'time')) return true;
  // لأول مرة, أول مرة: the same in Arabic.
  if (tokens.some((t, j) => /^(?:ل|ل?ا)?اول$/.test(t.norm) && tokens[j + 1]?.norm === 'مره')) return true;
  const named: number[] = [];
  tokens.forEach((t, j) => {
    if (names(t)) named.push(j);
  });
  if (named.length === 0) return false;
  return tokens.some((t, j) => named.some((k) => Math.abs(k - j) <= reach) && (saysExtreme([t], words, commonEnglish) || SAID_BOUND.test(t.norm)));
}

/**
 * Superlatives `englishSuperlative` cannot read off a common base: the irregular "furthest" and "farthest"
 * (far → further), and the ones in -most ("westernmost", "uppermost", "foremost"; not "almost"). A
 * sentence saying "the furthest western extent of the Ming territory" answers "أبعد حدود غربية".
 */
const ENGLISH_SUPERLATIVE_SAID = /^(?:furthest|farthest|(?!al)[a-z]{2,}most)$/;

/** Whether a sentence says something is at an extreme: any word that asks for one, or one of `extremeSaid`. */
export function saysExtreme(tokens: readonly Token[], words: ConversationWords, commonEnglish: ReadonlySet<string>): boolean {
  return tokens.some((t) => {
    if (t.script === 'latin') {
      // An ordinal in digits ("1st", "2nd") is one.
      if (/^\d+(?:st|nd|rd|th)$/.test(t.norm) || englishSuperlative(t.norm, commonEnglish) || ENGLISH_SUPERLATIVE_SAID.test(t.norm)) return true;
      return words.extremeSaid.has(t.norm) || words.extremeWords.some((p) => p.at(-1) === t.norm);
    }
    if (t.script !== 'ar') return false;
    return arabicForms(t.norm).some((f) => words.extremeSaid.has(f) || words.extremeWords.some((p) => p.length === 1 && p[0] === f));
  });
}

/**
 * Whether an English word is an adjective's superlative in -est (largest, busiest, biggest): not a
 * common word itself (interest, forest, honest), and its stem, or the stem with an e, a y or a single
 * final consonant, a common word.
 */
export function englishSuperlative(word: string, commonEnglish: ReadonlySet<string>): boolean {
  if (word.length < 6 || !word.endsWith('est') || commonEnglish.has(word)) return false;
  const stem = word.slice(0, -3);
  const bases = [stem, `${stem}e`];
  if (stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  return bases.some((b) => commonEnglish.has(b));
}

/** An Arabic word as written and without the article or conjunction on it. */
function arabicForms(norm: string): string[] {
  const bare = norm.replace(ARABIC_PREFIX, '');
  return bare === norm || bare.length < 3 ? [norm] : [norm, bare];
}

/**
 * Places a question names that its story never writes. "How many people were killed in the genocide in
 * Rwanda?" asked of a story about genocide that never names Rwanda is about some other place: its words
 * may match the story well (killed, genocide), yet no sentence answers for that place. A place is known
 * as one by the word lists alone, in either language: an English word of WordNet's place names
 * (knowledge/english-names.txt) written with a capital, or an Arabic word whose dictionary senses are
 * all names and the first of them such a place (رواندا → *Rwanda*; not سور, "wall", which also folds
 * like سوريا), or, when the dictionary lacks the word as spelled, one whose consonants and letters spell
 * one such place closely (وايومنغ, *Wyoming*), or a country whose name is also a word by the people the
 * dictionary names beside it (اليابان: *japan*, *Japanese*). It is written when the story holds the word
 * itself, any of its translations, or any word the question's reading matched it with (a
 * transliteration, a found name), in a sentence or in its title: only a place the story writes in no
 * form at all proves the question is about somewhere else.
 */
import type { Token } from '../text/analyzer.js';
import { stemEnglish } from '../text/english.js';
import { arabicSkeleton, latinSkeleton, spellingDistance } from '../text/transliterate.js';
import { holdsInStory, type SearchIndex } from './index.js';
import { postingsOf, type QueryUnit } from './query.js';
import { isOffice } from './roles.js';
import { titleKeys } from './titles.js';

/** WordNet's kind of the capitals (knowledge/thesaurus/kinds.en.tsv, by Porter stem). */
const CAPITAL_KIND = 'en:capit';

/**
 * The first place the question names that no story of `stories` (indexes in `index.stories`) writes in
 * any form, as the question wrote it; undefined when there is none. `adjectives`: the adjective of its
 * people (فرنسي of فرنسا) is one of those forms. `ofOffice`: a place right after an office word is left out.
 */
export function placeUnwritten(
  index: SearchIndex,
  tokens: readonly Token[],
  units: readonly QueryUnit[],
  stories: readonly number[],
  adjectives = true,
  ofOffice = false,
): string | undefined {
  if (stories.length === 0) return undefined;
  let before: Token | undefined;
  for (const t of tokens) {
    // "متى زار ملك المغرب باريس؟" ("when did the king of Morocco visit Paris?"): a place right after an
    // office names whom the question is about, not where it happened; a story about him may call him
    // the king, or nothing, and never name the country. `ofOffice`: such a place is no other place
    // (not when the question asks who holds the office: then the place is what is asked).
    const office = ofOffice && before !== undefined && isOffice(index, before);
    if (!t.stop) before = t;
    if (office) continue;
    const forms = placeForms(
      index,
      t,
      units.find((u) => u.label.includes(t.surface)),
      adjectives,
    );
    if (forms === undefined) continue;
    // What the question's reading matched the word with: a story spelling the place its own way
    // (a found name, a transliteration) writes it.
    for (const u of units) if (u.label.includes(t.surface)) for (const a of u.alts) if (a.conceptOnly !== true) forms.push(a.key);
    // Its title names it too (a story titled "Floods in Rwanda" that says "the country" throughout).
    if (!stories.some((story) => forms.some((key) => holdsInStory(index, postingsOf(index, key), story) || titleKeys(index, story).has(key)))) return t.surface;
  }
  return undefined;
}

/** The keys a place word may be written with (its own and its translations'), or undefined when it is no place. */
function placeForms(index: SearchIndex, t: Token, unit: QueryUnit | undefined, adjectives: boolean): string[] | undefined {
  if (t.stop) return undefined;
  const k = index.knowledge;
  const dictionary = index.dictionary;
  // A capital is no place of its own here (see isCapital). Module functions, not closures: this runs
  // for every word of a question.
  const capitals = capitalKeys(index);
  if (t.script === 'latin') {
    // Written with a capital, as a name: "reading" and "bath" are words too.
    if (!/^\p{Lu}/u.test(t.surface) || !k.englishNames.has(t.norm) || k.commonEnglish.has(t.norm) || isCapital(capitals, t.norm)) return undefined;
    return [t.key, ...(dictionary?.arabicFor(englishKey(t.norm)) ?? [])];
  }
  if (t.script !== 'ar' || dictionary === undefined) return undefined;
  // A word opening on و or ف that the analyser read as the conjunction (وجدت → جدت, whose one sense is
  // *Eureka*) may be a word of its own with that letter (وجد, "found"): when that reading is a word of
  // general use, the word is no place. Only the reading that keeps the letter: ولبنان's variant بن
  // ("son") drops another one and says nothing of Lebanon.
  const kept = /^[وف]/.test(t.norm) && !t.key.startsWith(`ar:${t.norm[0]}`) ? t.variants.filter((v) => v.startsWith(`ar:${t.norm[0]}`)) : [];
  if (kept.some((v) => dictionary.glossOf(v).some((g) => k.commonEnglish.has(g)))) return undefined;
  const glosses = dictionary.glossOf(t.key);
  // A place the dictionary lacks in this spelling (وايومنغ, where it writes وايومينج) is known by its
  // consonants, four or more, those of one place name, and its letters, vowels included, spelling it
  // closely (spellingDistance ≤ 1): not an Arabic word the dictionary knows in another form (قارنت,
  // "compared", whose consonants are those of *Corinth*: the query reads it as a word of general use).
  if (glosses.length === 0) {
    if (unit === undefined || unit.common || unit.ordinary === true) return undefined;
    const place = placesBySkeleton(index).get(arabicSkeleton(t.norm));
    if (place === undefined || isCapital(capitals, place) || spellingDistance(t.norm, place) > 1) return undefined;
    return [t.key, englishKey(place)];
  }
  const first = glosses[0] ?? '';
  // The place's people or language as an adjective writes it too (فرنسي, الفرنسية "French" of فرنسا;
  // لاعب فرنسي is a story about France): a name ending in ا drops it before the ي of the adjective,
  // whose key is the name without the alef (مصر and مصري share theirs already).
  const adjective = adjectives && /^[\u0621-\u064A]{3,}ا$/.test(t.norm) && t.key === `ar:${t.norm}` ? `ar:${t.norm.slice(0, -1)}` : undefined;
  // A country whose name is also a word (اليابان: *japan*, lacquer) by the people its dictionary names
  // beside it (*Japanese*), when no other sense is a common word (سورة: *Syria*, *Syrian*, but also
  // *wall*; الفرس: *Persia*, but also *mare*); not an adjective of a people (البريطانية, "British": a
  // story may say المملكة المتحدة), which ends as one (ي, ية, يين, يون).
  const people = glosses.some((g) => k.englishPeoples.has(g));
  // Or whose first two senses are the place and its people, whatever follows (مصر: *Egypt*, *Egyptian*,
  // then *insistent*; سورية: *Syria*, *Syrian*, then *wall*): the dictionary lists the main sense first,
  // and a story that writes any sense, *wall* included, still writes the word.
  const placeFirst = k.englishNames.has(glosses[0] ?? '') && k.englishPeoples.has(glosses[1] ?? '');
  const country = !/(ي|يه|يين|يون|يات)$/.test(t.norm) && people && (placeFirst || !glosses.slice(1).some((g) => k.commonEnglish.has(g)));
  if (!(country || (k.englishNames.has(first) && !glosses.some((g) => k.commonEnglish.has(g)))) || isCapital(capitals, first)) return undefined;
  const forms = [t.key, ...dictionary.englishFor(t.key), ...glosses.map(englishKey)];
  return adjective === undefined ? forms : [...forms, adjective, ...dictionary.englishFor(adjective)];
}

/**
 * A capital stands for its country's government as often as for itself ("working together with
 * Washington" of a story that says "the United States"): naming one proves nothing.
 */
function isCapital(capitals: ReadonlySet<string>, word: string): boolean {
  return capitals.has(englishKey(word));
}

/** Most English words whose key is remembered (englishKey); past it the memo starts afresh. */
const ENGLISH_KEYS = 4096;

const englishKeys = new Map<string, string>();

/**
 * An English word's `en:` key (its Porter stem). Remembered: the same few place words and glosses come
 * back question after question, and Porter's stemmer (regular expressions, step by step) was most of
 * the capital test's time.
 */
function englishKey(word: string): string {
  let key = englishKeys.get(word);
  if (key === undefined) {
    key = `en:${stemEnglish(word)}`;
    if (englishKeys.size >= ENGLISH_KEYS) englishKeys.clear();
    englishKeys.set(word, key);
  }
  return key;
}

/** The capitals' keys per knowledge, as a set (worked out on first use). */
const capitalSets = new WeakMap<object, ReadonlySet<string>>();

/**
 * The `en:` keys of WordNet's capitals, as a set: the kind lists hundreds of them, and every place word
 * of a question is looked up among them (a scan of the list cost about 1% of a question).
 */
function capitalKeys(index: SearchIndex): ReadonlySet<string> {
  const k = index.knowledge;
  let found = capitalSets.get(k);
  if (found === undefined) {
    found = new Set(k.kinds.get(CAPITAL_KIND) ?? []);
    capitalSets.set(k, found);
  }
  return found;
}

/** Place names by consonant skeleton, per knowledge (worked out on first use). */
const skeletonPlaces = new WeakMap<object, Map<string, string>>();

/**
 * The English place names (english-names.txt, not common words) by their consonant skeleton, for
 * skeletons of four consonants or more that spell one place only (fewer spell too many words).
 */
function placesBySkeleton(index: SearchIndex): ReadonlyMap<string, string> {
  const k = index.knowledge;
  let found = skeletonPlaces.get(k);
  if (found === undefined) {
    const all = new Map<string, string | null>();
    for (const name of k.englishNames) {
      if (k.commonEnglish.has(name)) continue;
      const sk = latinSkeleton(name);
      if (sk.length < 4) continue;
      all.set(sk, all.has(sk) ? null : name);
    }
    found = new Map([...all].filter((e): e is [string, string] => e[1] !== null));
    skeletonPlaces.set(k, found);
  }
  return found;
}

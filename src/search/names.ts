/**
 * A story's own vocabulary, found without a lexicon: the people, places and organisations it names.
 * They become lexicon-shaped entries (src/knowledge/lexicon.ts), so a story nobody prepared gets the
 * same concept machinery as the seed story: a person a pronoun can stand for ("what else did he
 * say?"), names kept whole by the stemmer, a place that answers "where".
 *
 * How a name is recognised:
 * - English: a run of capitalised words that is not merely the first word of a sentence (a word
 *   capitalised only there must not be a common English word), months and weekdays excepted.
 * - Arabic, which has no capitals: a word the bilingual dictionary cannot translate that is not shaped
 *   like an ordinary word (the article ال, the future prefix س, a pronoun written onto it: خلالها), nor
 *   a closed-class word or an ordinal (notNames), or that follows a title (الرئيس، المتحدث) unless the
 *   story also writes it with the article (أكبر and الأكبر: an ordinary word); Latin-script words
 *   inside Arabic text; runs of such words are one name.
 * - What it names, from the words around it (knowledge/name-cues.json): a title or a verb of saying
 *   next to it makes a person; a preposition of place before it, a place; a word like "council" or
 *   حزب inside it, an organisation. Without a cue, a name of two or more words is taken for a person
 *   and a single word for a place.
 */
import type { ConceptKind, LexiconEntry } from '../knowledge/lexicon.js';
import type { NameCues } from '../knowledge/load.js';
import type { LoadedStory } from '../knowledge/story.js';
import type { Analyzer, Token } from '../text/analyzer.js';
import { brokenPluralSingulars } from '../text/arabic.js';
import { englishLemmas, stemEnglish } from '../text/english.js';
import { arabicSkeleton, latinSkeleton } from '../text/transliterate.js';
import type { Lang } from '../types.js';
import { editDistance } from './vocabulary.js';

/** What tells an ordinary word from a name. */
export interface NameEvidence {
  readonly analyzer: Analyzer;
  readonly cues: NameCues;
  /** Common English words (lemmas), lowercase. */
  readonly commonEnglish: ReadonlySet<string>;
  /** Whether the bilingual dictionary translates an index key ("ar:حرب"): a translated word is no name. */
  readonly translated: (key: string) => boolean;
  /** Whether the dictionary gives for an Arabic key an English word with this consonant skeleton (a name it knows). */
  readonly nameInDictionary: (arKey: string, skeleton: string) => boolean;
  /**
   * The Arabic multi-word entries of the dictionary starting with a key that it renders by an English
   * place name (مملك عرب سعود, Saudi Arabia), as key sequences; none when absent.
   */
  readonly placePhrases?: (firstKey: string) => readonly (readonly string[])[];
  /** The dictionary's first English word for an Arabic key when it is an English name (ar:فرنسا → france), else ''. */
  readonly nameGloss?: (arKey: string) => string;
  /** Whether the dictionary's first Arabic word for an English word spells its consonants (john → جون): a given name. */
  readonly spelledOut?: (enWord: string) => boolean;
  /** Whether every English word the dictionary gives for an Arabic key is a name, none a common word (اديس: Addis, Edison). */
  readonly onlyNames?: (arKey: string) => boolean;
  /**
   * Whether a lowercase English word names a people (chinese, canadians; not philippines, a place):
   * capitalised like a name, yet it names no one and nowhere ("the Canadian border" is no person a
   * pronoun stands for, "Chinese officials" no place that answers "where"). Found, such a name is a
   * topic: still matched by its spellings, of no kind that answers.
   */
  readonly people?: (word: string) => boolean;
  /** Whether a common English noun may name someone who speaks, a person or a group (knowledge/english-speaker-nouns.txt: coach, khan, bureau; not show, plateau). */
  readonly speakerNoun?: (word: string) => boolean;
  /** Whether a lowercase English noun first names a person (knowledge/english-person-nouns.txt: singer, anthropologist): right before a name, a person's. */
  readonly personNoun?: (word: string) => boolean;
  /** Whether a common English word is also a first name (knowledge/english-first-names.txt: bill, mark). */
  readonly firstName?: (word: string) => boolean;
  /** Whether a lowercase English word is a one-word place name (knowledge/english-names.txt: germany, tokyo). */
  readonly placeName?: (word: string) => boolean;
}

/**
 * Months and weekdays, English and Arabic (both Arabic month series, Egyptian/Gulf and Levantine), folded
 * as the analyzer folds words (ة → ه, hamza carriers to bare letters): capitalised in English, and
 * written like names in Arabic, without being names.
 */
export const CALENDAR_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)$/;

// An Arabic word shaped like an ordinary one: the article (with a conjunction or preposition before it),
// or the future prefix س before an imperfect prefix (ي ت ن, or ا of سأ in a longer word: سامر is a name).
const ARABIC_ORDINARY = /^[وف]?(ال|بال|كال|لل)..|^[وف]?س[يتن]..|^[وف]?سا.../;
// A word with the article (and a conjunction or preposition before it): the word is what follows.
const WITH_ARTICLE = /^[وف]?(?:ال|بال|كال|لل)(.{3,})$/;
// Conjunctions and prepositions that may be attached to an Arabic name: و ف ب ل ك.
const ARABIC_CLITIC = /^[وفبلك]/;

/** Prefix of the ids of names found in a story (a lexicon's own ids never take it). */
export const AUTO_PREFIX = 'auto-';

const foldedCues = new WeakMap<NameCues, { en: FoldedCues; ar: FoldedCues }>();

/** Folded cue sets of one language. */
interface FoldedCues {
  readonly personBefore: ReadonlySet<string>;
  readonly saying: ReadonlySet<string>;
  readonly placeBefore: ReadonlySet<string>;
  readonly orgWords: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
}

function foldCues(cues: NameCues, analyzer: Analyzer, lang: Lang): FoldedCues {
  // A cue may carry a leading و or ف (وقال, فقال): the sets hold the bare word and the word with each.
  const set = (words: readonly string[]) => {
    const out = new Set<string>();
    for (const w of words) {
      const f = analyzer.fold(w);
      out.add(f);
      if (lang === 'ar') out.add(`و${f}`).add(`ف${f}`);
    }
    return out;
  };
  return {
    personBefore: set(cues.personBefore[lang]),
    saying: set(cues.saying[lang]),
    placeBefore: set(cues.placeBefore[lang]),
    orgWords: set(cues.orgWords[lang]),
    notNames: set(cues.notNames[lang]),
  };
}

/** A story's sentences as `Analyzer.analyzeWords` gives them (shared tokens), with each token's offset in its sentence. */
export interface StoryWords {
  readonly words: readonly (readonly Token[])[];
  /** Each token's offset in its sentence, the sentences' tokens one after another (one array a story, not one a sentence). */
  readonly starts: readonly number[];
}

/** Analyses a story's sentences for findNames (and for indexing, which can take the same tokens). */
export function storyWords(story: LoadedStory, analyzer: Analyzer): StoryWords {
  const starts: number[] = [];
  const words: (readonly Token[])[] = [];
  for (const s of story.sentences) words.push(analyzer.analyzeWords(s.text, starts));
  return { words, starts };
}

/**
 * The names a story holds, as lexicon entries (id "auto-…", kind, forms in the story's script).
 * Deterministic: the same story always gives the same entries.
 * @param sentences the story's sentences analysed (storyWords), when the caller has them: the index
 *   analyses every sentence too, and once is enough
 */
export function findNames(story: LoadedStory, evidence: NameEvidence, sentences: StoryWords = storyWords(story, evidence.analyzer)): LexiconEntry[] {
  const analysed = sentences.words;
  const { analyzer } = evidence;
  const lang = story.info.language;
  // Folded once per set of cues: a thousand stories share them.
  let cues = foldedCues.get(evidence.cues);
  if (cues === undefined) {
    cues = { en: foldCues(evidence.cues, analyzer, 'en'), ar: foldCues(evidence.cues, analyzer, 'ar') };
    foldedCues.set(evidence.cues, cues);
  }
  // English words seen in lower case anywhere in the story: capitalised at a sentence start, they are not names.
  const lower = new Set<string>();
  // Every Arabic word of the story: a name with a clitic in front (وبيسكوف) is the name when the story
  // also writes it bare (bareName: بيسكوف); لندن keeps its ل because the story never writes ندن.
  // The words are stamped with this reading's number rather than put in a set of the story's own.
  const arabic = readingOf(evidence);
  const { memo, stamp } = arabic;
  // Each token's word facts, looked up once here and read by position in every later pass (three
  // look-ups of a shared map per word of every story were most of name finding's own time).
  const raw = arabic.raw;
  const at = arabic.at;
  let n = 0;
  let anyArabic = false;
  for (let si = 0; si < analysed.length; si++) {
    at[si] = n;
    const tokens = analysed[si] as readonly Token[];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const f = factsOf(memo, t);
      raw[n++] = f;
      if (t.script !== 'ar') continue;
      f.seen = stamp;
      if (f.bareNamed < 0) f.nameBare(t.key, evidence);
      anyArabic = true;
      // The word after an article (العام, والأكبر, للعام): the story uses it as an ordinary noun or adjective.
      const m = WITH_ARTICLE.exec(t.norm);
      if (m !== null) factsOfWord(arabic.memo, m[1] as string, true).withArticle = arabic.stamp;
    }
  }
  at[analysed.length] = n;
  // What each token stands for in this story: its bare form when the story writes that too (wordOf).
  const word = arabic.word;
  for (let j = 0; j < n; j++) {
    const f = raw[j] as WordFacts;
    word[j] = f.bare.seen === stamp || f.bareNamed === 1 ? f.bare : f;
  }
  // (All in lower case: "iPod" is no lower-case writing of a brand that opens a sentence.)
  if (lang === 'en') for (const tokens of analysed) for (const t of tokens) if (t.script === 'latin' && /^[a-z][^A-Z]*$/.test(t.surface)) lower.add(t.norm);

  // Arabic words are judged on the whole story (how often they recur, what stands around them), so
  // every occurrence of a word gets the same verdict.
  if (anyArabic) scoreArabicWords(analysed, arabic, evidence, cues.ar);
  // Every occurrence of a name word, with the name word right after it (when adjacent, same script,
  // no conjunction in between) and the cues around it.
  const reading: StoryReading = { lang, lower, arabic, cues, evidence, words: new Map() };
  for (let si = 0; si < analysed.length; si++)
    tallySentence(
      reading,
      (story.sentences[si] as LoadedStory['sentences'][number]).text,
      analysed[si] as readonly Token[],
      sentences.starts,
      at[si] as number,
    );
  const entries = entriesOf(reading.words, story, evidence, memo);
  if (anyArabic && evidence.placePhrases !== undefined) placePhraseEntries(analysed, story, evidence.placePhrases, entries);
  return entries;
}

/**
 * Adds the places a story names by a phrase of ordinary words that the dictionary renders by an English
 * place name (المملكة العربية السعودية, "Saudi Arabia"; شبه جزيرة القرم): each word alone is a word
 * (kingdom, Arab), so the words are no name, but together they name a place, which answers "where".
 * Matched on keys, so a clitic in front (بالمملكة) does not hide it.
 */
function placePhraseEntries(
  analysed: readonly (readonly Token[])[],
  story: LoadedStory,
  placePhrases: (firstKey: string) => readonly (readonly string[])[],
  entries: LexiconEntry[],
): void {
  const ids = new Set(entries.map((e) => e.id));
  const added = entries.length;
  for (const tokens of analysed) {
    const content = tokens.filter((t) => !t.stop && t.key !== '');
    for (let i = 0; i < content.length; i++) {
      const t = content[i] as Token;
      if (t.script !== 'ar') continue;
      for (const keys of placePhrases(t.key)) {
        if (i + keys.length > content.length || !keys.every((k, j) => (content[i + j] as Token).key === k)) continue;
        const id = `${AUTO_PREFIX}${skeletonId(keys.join(''), 'ar')}`;
        if (!ids.has(id)) {
          ids.add(id);
          const form = content
            .slice(i, i + keys.length)
            .map((x) => x.norm)
            .join(' ');
          entries.push(autoEntry(id, 'place', [form], [], story.info.id, 'ar'));
        }
        i += keys.length - 1;
        break;
      }
    }
  }
  if (entries.length > added) entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** One name word of a story, with what stands around its occurrences (findNames). */
interface Word {
  readonly word: string;
  readonly lang: Lang;
  surface: string;
  count: number;
  /**
   * The name word it first stood before ('' when none), and whether it ever stood before another (or
   * before none): a word that always stands before the same one is a first name. Two fields, not a
   * map of counts per word and name (what was read of it was whether it held one key, and which).
   */
  next: string;
  varied: boolean;
  person: number;
  place: number;
  org: number;
  /** Titles written right before it ("Mayor Lena Sorvik", وزير الخارجية ماركو روبيو): the person's roles, without repeats, in the order met (NO_TITLES until one is). */
  titles: string[];
  /** Times the whole name it stood in was written between quotation marks, alone: a title ("Déjà Vu"). */
  quoted: number;
  /** The name word joined to it by a hyphen before it, as in a double surname (Knowles-Carter); '' when none. */
  hyphened: string;
  /**
   * For a capitalised common English word (New, North, Lake), every name word it stood right before
   * (York, Jersey): one that stands before several is none's first name (varied), yet it is part of
   * each of those names ("New York"). NO_AFTER for every other word.
   */
  after: string[];
}

/** The name words after a word that is not a capitalised common word (Word.after): shared, never written to. */
const NO_AFTER: string[] = [];

/** The titles of a word that has none (Word.titles): shared, never written to. */
const NO_TITLES: string[] = [];

/** What findNames knows of the story it is reading while it goes through the sentences. */
interface StoryReading {
  readonly lang: Lang;
  /** English words the story writes in lower case. */
  readonly lower: ReadonlySet<string>;
  /** The story's Arabic words, scored (scoreArabicWords). */
  readonly arabic: Reading;
  readonly cues: { readonly en: FoldedCues; readonly ar: FoldedCues };
  readonly evidence: NameEvidence;
  /** The name words met so far. */
  readonly words: Map<string, Word>;
}

// The sentence pass and the entries are functions of their own, not closures inside findNames: the
// JIT compiles small functions once or twice, where one large findNames was compiled four times over
// at 1,000 stories (about 200 ms of compiler time on a first start, which counts in its CPU).

/**
 * Finds the name words of one sentence (its analysed tokens, at their offsets) and tallies them in `r.words`.
 * @param at every token's offset in its sentence, the story's sentences one after another (StoryWords.starts)
 * @param b the position of the sentence's first token in `at` and in the reading's per-token arrays (Reading.raw, Reading.word)
 */
function tallySentence(r: StoryReading, text: string, tokens: readonly Token[], at: readonly number[], b: number): void {
  const { lang, lower, arabic, cues, evidence, words } = r;
  const { word, stamp } = arabic;
  // The reading's two arrays, written from the start for every sentence (not made afresh for each of
  // a story's sentences), so each is read only below `n`: what lies beyond is an earlier sentence's.
  // Filled in order, their elements keep one kind, and the optimised code no longer falls back (a
  // "wrong map" deoptimisation) from one sentence to the next.
  const { score, isName } = arabic;
  const n = tokens.length;
  let any = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    let x: number;
    if (t.stop) x = -9;
    else if (t.script === 'ar') {
      // arabicScore: the score scoreArabicWords gave the word, -9 for a word it did not score.
      const w = word[b + i] as WordFacts;
      x = w.tallied === stamp ? w.score : -9;
    } else {
      x = latinScore(t, i, tokens, lang, lower, evidence, cues.en);
      if (x >= 0 && lang === 'en' && inRespelling(text, tokens, at, b, i)) x = -9;
    }
    score[i] = x;
    if (x >= 0) any = true;
  }
  // Most sentences of most stories hold no name candidate at all.
  if (!any) return;
  // Helpers are plain functions with their arguments, not closures made for every sentence. A word
  // scored 1 or more is a name on its own ("strict").
  for (let i = 0; i < n; i++) isName[i] = (score[i] as number) >= 1;
  for (let i = 0; i < n; i++) {
    if (isName[i] || (score[i] as number) < 0) continue;
    // A word that is no name alone is a first name after a title, before a name (بيت هيغسيث: "Pete",
    // whose letters also spell "house"), or a family name after one (ماركو روبيو).
    if ((word[b + i] as WordFacts).cued === stamp && strictAt(score, n, i + 1) && follows(text, tokens, at, i + 1, arabic, b, evidence)) isName[i] = true;
    else if (
      i > 0 &&
      isName[i - 1] === true &&
      follows(text, tokens, at, i, arabic, b, evidence) &&
      (tokens[i] as Token).script === 'ar' &&
      // A family name may spell a word too (ماكرون), after a first name that follows a title.
      (!evidence.translated((tokens[i] as Token).key) || ((word[b + i - 1] as WordFacts).cued === stamp && (word[b + i] as WordFacts).withArticle !== stamp))
    )
      isName[i] = true;
  }
  // A capitalised common English word is part of a name beside one ("Kroc Institute", "Notre Dame
  // Stadium"), not a name alone ("Main Building", "the University").
  for (let i = 0; i < n; i++)
    if (
      !isName[i] &&
      score[i] === 0 &&
      (tokens[i] as Token).script === 'latin' &&
      ((strictAt(score, n, i - 1) && follows(text, tokens, at, i, arabic, b, evidence)) ||
        (strictAt(score, n, i + 1) && follows(text, tokens, at, i + 1, arabic, b, evidence)))
    )
      isName[i] = true;
  for (let i = 0; i < n; i++) {
    if (!isName[i]) continue;
    const t = tokens[i] as Token;
    const name = (word[b + i] as WordFacts).norm;
    if (name.length < 2) continue;
    const script: Lang = t.script === 'ar' ? 'ar' : 'en';
    let w = words.get(name);
    if (w === undefined) {
      w = {
        word: name,
        lang: script,
        surface: t.surface,
        count: 0,
        next: '',
        varied: false,
        person: 0,
        place: 0,
        org: 0,
        titles: NO_TITLES,
        quoted: 0,
        hyphened: '',
        after: NO_AFTER,
      };
      words.set(name, w);
    }
    w.count++;
    if (script === 'en' && quotedName(text, tokens, at, b, i, isName)) w.quoted++;
    if (
      script === 'en' &&
      i > 0 &&
      isName[i - 1] === true &&
      text.slice((at[b + i - 1] as number) + (tokens[i - 1] as Token).surface.length, at[b + i] as number) === '-'
    )
      w.hyphened = (word[b + i - 1] as WordFacts).norm;
    const nx = tokens[i + 1];
    const joined =
      nx !== undefined &&
      isName[i + 1] === true &&
      nx.script === t.script &&
      adjacent(text, tokens, at, b, i) &&
      (word[b + i + 1] as WordFacts).norm === nx.norm &&
      !listItem(nx, arabic, b + i + 1, evidence);
    const nextWord = joined ? (word[b + i + 1] as WordFacts).norm : '';
    if (w.count === 1) w.next = nextWord;
    if (nextWord !== '' && script === 'en' && score[i] === 0 && !w.after.includes(nextWord))
      w.after = w.after === NO_AFTER ? [nextWord] : [...w.after, nextWord];
    else if (nextWord !== w.next) w.varied = true;
    const c = script === 'ar' ? cues.ar : cues.en;
    if (personCue(tokens, i, i, c, evidence)) {
      w.person++;
      const title = titleBefore(tokens, i, c);
      if (title !== '') {
        if (w.titles === NO_TITLES) w.titles = [title];
        else if (!w.titles.includes(title)) w.titles.push(title);
      }
    } else if (script === 'ar' && kinBeside(tokens, i)) {
      // بن / ابن / بنت / ابو / ام before it, or بن / بنت after it: a person's name (والخليل بن أحمد),
      // whatever preposition stands before it elsewhere (ابتداء من أحمد شوقي).
      w.person++;
    } else if (c.placeBefore.has(tokens[i - 1]?.norm ?? '')) w.place++;
    if (c.orgWords.has(tokens[i + 1]?.norm ?? '') || c.orgWords.has(t.norm)) w.org++;
  }
}

/**
 * Whether the name Latin token i of a sentence stands in (the run of name words around it) is written
 * alone between quotation marks: a song's, a film's or a book's title ("Déjà Vu", "Halo"), not a
 * nickname inside a name (Celestine Ann "Tina" Knowles: a name word stands right outside the marks).
 */
function quotedName(text: string, tokens: readonly Token[], at: readonly number[], b: number, i: number, isName: readonly boolean[]): boolean {
  let s = i;
  while (s > 0 && isName[s - 1] === true && adjacent(text, tokens, at, b, s - 1)) s--;
  let e = i;
  while (e + 1 < tokens.length && isName[e + 1] === true && adjacent(text, tokens, at, b, e)) e++;
  const from = at[b + s] as number;
  const to = (at[b + e] as number) + (tokens[e] as Token).surface.length;
  if (!/["“«]$/.test(text.slice(Math.max(0, from - 1), from)) || !/^[,.!?;:]?["”»]/.test(text.slice(to, to + 2))) return false;
  // A name word right outside the marks, with nothing else between: a nickname inside a name.
  const before = s > 0 && isName[s - 1] === true && /^\s+["“«]$/.test(text.slice((at[b + s - 1] as number) + (tokens[s - 1] as Token).surface.length, from));
  const after = e + 1 < tokens.length && isName[e + 1] === true && /^["”»]\s+$/.test(text.slice(to, at[b + e + 1] as number));
  return !before && !after;
}

/**
 * Whether Latin token i of a sentence (its first token at position b of `at`) is part of a pronunciation
 * respelling: a group of syllables joined by hyphens, the stressed ones in capitals, right after the
 * closing slash of a transcription in the IPA ("Knowles-Carter (/biːˈjɒnseɪ/ bee-YON-say)",
 * "/ˌnoʊtərˈdeɪm/ NOH-tər-DAYM"). Its capitals are a stress, not a name.
 */
function inRespelling(text: string, tokens: readonly Token[], at: readonly number[], b: number, i: number): boolean {
  let k = i;
  // Back to the group's first syllable: tokens joined by a hyphen and nothing else.
  while (k > 0) {
    const end = (at[b + k - 1] as number) + (tokens[k - 1] as Token).surface.length;
    if (text.slice(end, at[b + k] as number) !== '-') break;
    k--;
  }
  return (
    /\/\s*$/.test(text.slice(Math.max(0, (at[b + k] as number) - 3), at[b + k] as number)) &&
    /-/.test(text.slice(at[b + k] as number, (at[b + i] as number) + 40))
  );
}

/** Whether a kinship word stands before Arabic token i (بن أحمد, ابو بكر; not ام) or بن / بنت after it (عثمان بن). */
function kinBeside(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  const after = tokens[i + 1]?.norm ?? '';
  // Not ام: also "or", and the first word of places (أم درمان).
  return (KINSHIP.has(before) && before !== 'ام') || after === 'بن' || after === 'بنت';
}

/** Whether token i of a sentence is a name on its own (scored 1 or more); false outside the sentence. */
function strictAt(score: readonly number[], n: number, i: number): boolean {
  return i >= 0 && i < n && (score[i] as number) >= 1;
}

/** Whether tokens i and i + 1 of a sentence (its first token at position b of `at`) are separated only by spaces (a comma ends a name). */
function adjacent(text: string, tokens: readonly Token[], at: readonly number[], b: number, i: number): boolean {
  return onlySpaces(text, (at[b + i] as number) + (tokens[i] as Token).surface.length, i + 1 < tokens.length ? (at[b + i + 1] as number) : text.length);
}

/** Whether token j (at position p of the reading's arrays) begins the next item of a list (WordFacts.startsListItem). */
function listItem(t: Token, arabic: Reading, p: number, evidence: NameEvidence): boolean {
  return t.script === 'ar' && (arabic.raw[p] as WordFacts).startsListItem(evidence);
}

/** Whether token i of a sentence (its first token at position b) may continue the name before it: same script, adjacent, written bare, no list item. */
function follows(text: string, tokens: readonly Token[], at: readonly number[], i: number, arabic: Reading, b: number, evidence: NameEvidence): boolean {
  const a = tokens[i - 1];
  const t = tokens[i] as Token;
  return (
    a !== undefined &&
    a.script === t.script &&
    adjacent(text, tokens, at, b, i - 1) &&
    (arabic.word[b + i] as WordFacts).norm === t.norm &&
    !listItem(t, arabic, b + i, evidence)
  );
}

/** Whether text[from, to) is not empty and all white space (/^\s+$/), read in place: most gaps between words are one space. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return /^\s+$/.test(text.slice(from, to));
  return true;
}

/**
 * The lexicon entries of a story's name words: first names joined to the name they always precede.
 * Plain loops rather than spreads, flat maps and reductions: this runs once per story, and at 1,000
 * stories the JIT compiled it three times, each a large graph of inlined array built-ins.
 */
function entriesOf(words: ReadonlyMap<string, Word>, story: LoadedStory, evidence: NameEvidence, memo: WordMemo): LexiconEntry[] {
  // A word that always stands before the same name word is part of that name (دونالد ترامب, Mike
  // Johnston): one concept, named by the full name or the last word alone. Other words are names of
  // their own, even when two stand side by side ("المتحدث باسم بوتين بيسكوف": Putin's spokesman Peskov).
  const firstOf = new Map<string, Word[]>();
  for (const w of words.values()) {
    const only = w.varied ? '' : w.next;
    if (only !== '' && words.has(only)) {
      const list = firstOf.get(only) ?? [];
      list.push(w);
      firstOf.set(only, list);
    }
  }
  const merged = new Set<string>();
  for (const list of firstOf.values()) for (const w of list) merged.add(w.word);
  // A capitalised common word standing before several name words (New York, New Jersey; North
  // Dakota, North America) is the first word of each: their forms keep it, or "New York" in a
  // question meets a name found as "York" only by its last word.
  let commonBefore: Map<string, Word[]> | undefined;
  for (const w of words.values())
    if (w.varied && w.after.length > 0)
      for (const a of w.after) {
        commonBefore ??= new Map();
        const list = commonBefore.get(a) ?? [];
        list.push(w);
        commonBefore.set(a, list);
      }
  const entries: LexiconEntry[] = [];
  const ids = new Set<string>();
  // Each name word's entry, and the second halves of double surnames whose kind was only guessed.
  const decided = new Map<string, LexiconEntry>();
  const guessed: Array<[Word, LexiconEntry]> = [];
  for (const w of words.values()) {
    if (merged.has(w.word)) continue;
    const firsts = firstOf.get(w.word) ?? NO_WORDS;
    if (commonWord(w, evidence)) {
      // A common English word ending a name says what it is, not which one ("Mendoza College",
      // "Hesburgh Library"): each such name is a concept of its own, named in full or by its own word,
      // and the common word alone ("college" in a question) names none of them. Alone, it is a name
      // only when it is said of a person ("John said").
      for (const f of firsts) {
        const id = `${AUTO_PREFIX}${skeletonId(f.word + w.word, 'en')}`;
        if (ids.has(id)) continue;
        ids.add(id);
        const full = `${f.surface} ${w.surface}`;
        entries.push(
          autoEntry(
            id,
            w.person + f.person > 0 && evidence.speakerNoun?.(w.word) !== false
              ? 'person'
              : w.org + f.org > 0
                ? 'org'
                : w.lang === 'en' && quotedOnly(w)
                  ? 'topic'
                  : 'place',
            commonWord(f, evidence) ? [full] : [full, f.surface],
            [],
            story.info.id,
            'en',
          ),
        );
      }
      // Nor is one that never names a person (College, Show, Plateau), whatever verb of saying stands
      // beside it, unless it names an organisation (the Times said).
      if (firsts.length > 0 || w.person === 0 || (evidence.speakerNoun?.(w.word) === false && w.org === 0)) continue;
    }
    let person = w.person;
    let place = w.place;
    let org = w.org;
    for (const f of firsts) {
      person += f.person;
      place += f.place;
      org += f.org;
    }
    let kind: ConceptKind =
      org > 0
        ? 'org'
        : person > 0 && person >= place
          ? 'person'
          : place > 0
            ? 'place'
            : firstNamed(firsts, evidence)
              ? 'person'
              : unsaidKind(w, evidence, memo);
    // Arabic writes "the president of Egypt" as a title right before the place (رئيس مصر, خليفة بغداد),
    // and "Egypt said" with a verb of saying: an Arabic word the dictionary names a place by
    // (unsaidKind) stays a place whatever person cues stand beside it, unless first names stand before it.
    if (kind === 'person' && w.lang === 'ar' && firsts.length === 0 && unsaidKind(w, evidence, memo) === 'place') kind = 'place';
    // English says "Germany said" as Arabic does: a place name (Tokyo, British Columbia) found as a person
    // only by a verb of saying is a place, unless a title stands before it (Queen Tara) or a first
    // name that is no common word nor a people's (Whitney Houston, Bill Clinton).
    if (
      kind === 'person' &&
      w.lang === 'en' &&
      evidence.placeName?.(w.word) === true &&
      w.titles.length === 0 &&
      firsts.every((f) => f.titles.length === 0 && (!firstNamed([f], evidence) || evidence.people?.(f.word) === true))
    )
      kind = 'place';
    // A word of a people (Canadian, Han Chinese) is neither who speaks nor where: whatever stands beside it.
    if (w.lang === 'en' && evidence.people?.(w.word) === true) kind = 'topic';
    // Nor is a title the story always writes in quotation marks ("Déjà Vu", "Irreplaceable"): a song's,
    // a film's, a book's, unless something says it names someone or some body.
    if (w.lang === 'en' && quotedOnly(w) && person === 0 && org === 0) kind = 'topic';
    const id = `${AUTO_PREFIX}${skeletonId(w.word, w.lang)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const own = w.lang === 'ar' ? w.word : w.surface;
    // Pushed one by one: spreading a mapped array here sent the optimised code back (a "wrong map" deopt).
    const forms = [own];
    // Two first words or more before one name word tell different bearers of it apart (Genghis Khan,
    // Ögedei Khan; Michael and Janet Jackson; the Yongle and Hongwu Emperors; North and South Dakota):
    // each full name is a concept of its own, and the word alone one more, not one concept for all.
    if (firsts.length >= 2) {
      for (const f of firsts) {
        const fid = `${AUTO_PREFIX}${skeletonId(f.word + w.word, w.lang)}`;
        if (ids.has(fid)) continue;
        ids.add(fid);
        const froles: string[] = [];
        if (kind === 'person') {
          addTitles(froles, w.titles);
          addTitles(froles, f.titles);
        }
        const first = w.lang === 'ar' ? f.word : f.surface;
        const fforms = [`${first} ${own}`];
        // The first word alone, when no common word, names its bearer too: "Yongle" is the Yongle
        // Emperor (يونغلي in الإمبراطور يونغلي, where Arabic puts the title first).
        if (!commonWord(f, evidence)) fforms.push(first);
        entries.push(autoEntry(fid, kind, fforms, froles, story.info.id, w.lang));
      }
    } else for (const f of firsts) forms.push(`${w.lang === 'ar' ? f.word : f.surface} ${own}`);
    for (const c of commonBefore?.get(w.word) ?? NO_WORDS) if (!firsts.includes(c)) forms.push(`${c.surface} ${own}`);
    // A person's titles are their roles: "the mayor" asks about Sorvik as surely as her name.
    // The name word's titles, then its first names' (in that order, without repeats).
    const roles: string[] = [];
    if (kind === 'person') {
      addTitles(roles, w.titles);
      for (const f of firsts) addTitles(roles, f.titles);
    }
    const entry = autoEntry(id, kind, forms, roles, story.info.id, w.lang);
    entries.push(entry);
    decided.set(w.word, entry);
    if (w.hyphened !== '' && person + place + org === 0 && firsts.length === 0) guessed.push([w, entry]);
  }
  // The second half of a double surname (Knowles-Carter) that nothing else says the kind of is the
  // person's whose first half is: a surname, not a place.
  for (const [w, entry] of guessed)
    if (entry.kind !== 'person' && decided.get(w.hyphened)?.kind === 'person') entries[entries.indexOf(entry)] = { ...entry, kind: 'person' };
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether a name word was always written in a name alone between quotation marks: a title (Word.quoted). */
function quotedOnly(w: Word): boolean {
  return w.quoted > 0 && w.quoted === w.count;
}

/**
 * Whether the words always standing before a name word make it a person's full name when nothing else
 * says what it names: some do, unless each is a common English word ("Fighting Irish", "North Dakota",
 * "Great Gatsby", "Touchdown Jesus"), which qualifies a thing or a place more often than it is a first name.
 */
function firstNamed(firsts: readonly Word[], evidence: NameEvidence): boolean {
  if (firsts.length === 0) return false;
  // A first name that is also a word (john, mike, frank) is one the dictionary spells out in Arabic
  // letters first (جون, مايك, فرانك), where it translates the others (fighting, north, gold).
  // So is one WordNet writes as the first name of people (Bill Clinton).
  for (const f of firsts) if (!commonWord(f, evidence) || evidence.spelledOut?.(f.word) === true || evidence.firstName?.(f.word) === true) return true;
  return false;
}

/** No words (a name word no first name stands before). */
const NO_WORDS: readonly Word[] = [];

/** Whether a name word is a common English word (by any of its lemmas). */
function commonWord(w: Word, evidence: NameEvidence): boolean {
  return w.lang === 'en' && englishLemmas(w.word).some((l) => evidence.commonEnglish.has(l));
}

/** Appends the titles `roles` does not hold yet, in order. */
function addTitles(roles: string[], titles: readonly string[]): void {
  for (const title of titles) if (!roles.includes(title)) roles.push(title);
}

/**
 * The kind of a name nothing in its story says anything of (no title, no verb of saying, no preposition
 * of place): an English one is taken for a place; an Arabic one for a person unless the dictionary names
 * a place by it (مصر, Egypt), as an Arabic story writes most foreign places it names after a preposition
 * of place, which is evidence of its own, and repeats its people's names bare.
 */
function unsaidKind(w: Word, evidence: NameEvidence, memo: WordMemo): ConceptKind {
  if (w.lang !== 'ar') return 'place';
  // Remembered by word: a thousand stories name the same people without a cue, and the answer (a stem
  // and a dictionary look-up) depends on the word and the evidence alone.
  let kind = memo.unsaid.get(w.word);
  if (kind === undefined) {
    kind = evidence.nameInDictionary(`ar:${evidence.analyzer.stemArabic(w.word)}`, '') ? 'place' : 'person';
    memo.unsaid.set(w.word, kind);
  }
  return kind;
}

/** A found name as a lexicon entry, its forms and roles in the script it was found in. */
function autoEntry(id: string, kind: ConceptKind, forms: string[], roles: string[], storyId: string, lang: Lang): LexiconEntry {
  return {
    id,
    kind,
    en: lang === 'en' ? forms : [],
    ar: lang === 'ar' ? forms : [],
    roles: { en: lang === 'en' ? roles : [], ar: lang === 'ar' ? roles : [] },
    of: [],
    file: `(found in ${storyId})`,
    line: 0,
  };
}

/**
 * How much Latin-script token i looks like (part of) a name: 1 a name, 0 a capitalised common word
 * (a name only beside one), -9 no name.
 */
function latinScore(t: Token, i: number, tokens: readonly Token[], lang: Lang, lower: ReadonlySet<string>, e: NameEvidence, c: FoldedCues): number {
  if (t.script !== 'latin' || t.key === '') return -9;
  // A capital inside a lower-case start names a product or a brand (iPod, eBay).
  if (!/^\p{Lu}|^\p{Ll}{1,2}\p{Lu}/u.test(t.surface) || CALENDAR_WORD.test(t.norm) || t.surface === 'I') return -9;
  const acronym = /^[A-Z]{2,}$/.test(t.surface);
  // In an Arabic story any capitalised Latin word is a name or an acronym.
  if (lang === 'ar') return !t.stop || acronym ? 1 : -9;
  if (t.stop && !acronym) return -9;
  const common = !acronym && englishLemmas(t.norm).some((w) => e.commonEnglish.has(w));
  const first = i === 0 || /^[“"«‘(]$/.test(tokens[i - 1]?.surface ?? '');
  // First word of a sentence: a name only if the story never writes it in lower case and it is not
  // common, nor a word of a closed class that WordNet does not list ("Because", "Upon", "Neither").
  if (first) return !lower.has(t.norm) && !common && !c.notNames.has(t.norm) ? 1 : -9;
  return common ? 0 : 1;
}

/**
 * The title written right before a name, as a role form: "mayor" (Mayor Lena Sorvik), or the title and
 * what qualifies it up to the name in Arabic (وزير الخارجية before ماركو روبيو); '' when there is none.
 * Only the words between the title and the name that are names themselves (a first name) are skipped.
 */
function titleBefore(tokens: readonly Token[], at: number, c: FoldedCues): string {
  const t = tokens[at] as Token;
  if (t.script !== 'ar') {
    // English writes the title right before the name, after any first names.
    let k = at - 1;
    while (k >= 0 && /^\p{Lu}/u.test(tokens[k]?.surface ?? '') && !c.personBefore.has(tokens[k]?.norm ?? '') && at - k < 3) k--;
    const title = tokens[k];
    return title !== undefined && c.personBefore.has(title.norm) ? title.norm : '';
  }
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) {
    const w = tokens[k] as Token;
    if (c.personBefore.has(w.norm)) {
      // The title and its qualifiers (الخارجية, الأمريكي), not the first names just before the name.
      const words: string[] = [];
      for (let j = k; j < at; j++) {
        const x = tokens[j] as Token;
        if (j > k && !ARABIC_ORDINARY.test(x.norm)) break;
        words.push(x.surface);
      }
      return words.join(' ');
    }
    if (w.stop && w.norm.length > 2) return '';
  }
  return '';
}

/** Whether a title stands within two words before a name, or a verb of saying right before or after it. */
function personCue(tokens: readonly Token[], from: number, to: number, c: FoldedCues, e: NameEvidence): boolean {
  const arabic = tokens[from]?.script === 'ar';
  // Arabic puts the verb first ("وقال بيسكوف"); English either way ("Johnston said", "said Johnston").
  if (c.saying.has(tokens[from - 1]?.norm ?? '') || (!arabic && c.saying.has(tokens[to + 1]?.norm ?? ''))) return true;
  // "The mayor of Denver" is about a place.
  if (!arabic && tokens[from - 1]?.norm === 'of') return false;
  if (!arabic) {
    // A noun describing a person right before the name, in lower case: "anthropologist Peg LeVine",
    // "her sister Solange". No role is taken from it, as from a title: only the kind.
    const before = tokens[from - 1];
    if (before !== undefined && before.script === 'latin' && before.surface === before.norm && e.personNoun?.(before.norm) === true) return true;
    return c.personBefore.has(tokens[from - 1]?.norm ?? '') || c.personBefore.has(tokens[from - 2]?.norm ?? '');
  }
  // Arabic puts what qualifies a title between it and the name (وزير الخارجية الأمريكي ماركو روبيو,
  // المتحدثة باسم البلدية ليلى نصار, نائب الرئيس جي دي فانس): up to four words back, not past a stop word,
  // however short ("كأس العالم قد شهدت": a verb, after قد, is no name the title introduces).
  for (let k = from - 1; k >= 0 && from - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (c.personBefore.has(t.norm)) return true;
    if (t.stop) return false;
    if (conjoinedWord(t.norm, e)) return false;
  }
  return false;
}

/**
 * Whether a word is a conjunction (و, ف) written onto a word the dictionary knows: it begins another
 * phrase, so it ends a title's reach ("في العالم ورابع أكبر": the world's fourth largest, no scientist
 * named أكبر) and starts a list's next item (WordFacts.startsListItem, which remembers it per word).
 */
function conjoinedWord(w: string, e: NameEvidence): boolean {
  return w.length >= 4 && (w[0] === 'و' || w[0] === 'ف') && e.translated(`ar:${e.analyzer.stemArabic(w.slice(1))}`);
}

/**
 * personCue for Arabic token i of a sentence (at position p of `raw`), read from the words' cue marks
 * (WordFacts.cueMarks) rather than by looking each neighbour up in the cue sets: a verb of saying right
 * before it, or a title up to four words back, not past a stop word.
 */
function arabicPersonCue(tokens: readonly Token[], i: number, raw: readonly WordFacts[], p: number, c: FoldedCues, e: NameEvidence): boolean {
  if (i > 0 && ((raw[p - 1] as WordFacts).cueMarks(c) & SAYING) !== 0) return true;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (((raw[p - i + k] as WordFacts).cueMarks(c) & PERSON_BEFORE) !== 0) return true;
    if ((tokens[k] as Token).stop || (raw[p - i + k] as WordFacts).startsListItem(e)) return false;
  }
  return false;
}

/** A word's cue marks (WordFacts.cueMarks): a verb of saying, a title, a preposition of place. */
const SAYING = 1;
const PERSON_BEFORE = 2;
const PLACE_BEFORE = 4;

/** Words of kinship inside Arabic names, folded: بن، ابن، بنت، ابو، ام. */
const KINSHIP: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام']);
/** The same words, for the kin nouns another of their tie does not reach (query.ts, withKin). */
export const NAME_KINSHIP: ReadonlySet<string> = KINSHIP;

/** عبد, with و or ف before it at most, and the word with the article after it: the two halves of a name (عبد الناصر). */
const THEOPHORIC_FIRST = /^[وف]?عبد$/;
const THEOPHORIC_SECOND = /^ال../;

/** The shared verdict of every plainly ordinary word (never counted). */
const ORDINARY = Object.freeze({ count: 0, cue: 0, name: false, translated: true, ordinary: true });

/** What an Arabic word is, whatever story it is in: plainly ordinary, or a name the dictionary knows, or a word it translates. */
interface Verdict {
  readonly ordinary: boolean;
  readonly name: boolean;
  readonly translated: boolean;
}

/**
 * One folded word as name finding meets it in every story, shared by all of them (a thousand stories
 * are mostly the same few thousand words): what the word is, worked out once per start-up (its form
 * without a clitic, the penalty its shape earns), and what the story being read makes of it (whether
 * it writes the word, how often, beside which cues, its score), stamped with that reading's number
 * instead of kept in sets and maps of the story's own. A class, so every word has the same shape and
 * the optimised code stays valid.
 */
class WordFacts {
  /** The number of the last reading (findNames call) whose story writes the word. */
  seen = 0;
  /** Whether the word is a clitic on a name the dictionary knows (nameBare): 1 or 0; -1 until worked out. */
  bareNamed = -1;
  /** The number of the last reading whose story writes the word with the article (العام for عام). */
  withArticle = 0;
  /** The reading whose tallies below are current (scoreArabicWords): how often the story writes the word, its strongest cue, its verdict, its score. */
  tallied = 0;
  count = 0;
  cue = 0;
  translated = false;
  ordinary = false;
  score = -9;
  /** The reading in which a title, a verb of saying or a kinship word stood beside the word. */
  cued = 0;
  /** What the word's shape takes off its score (a verb's prefix, a plural or feminine ending), once worked out. */
  private penalty = -1;
  /** Whether the word is "and" written onto a word the dictionary knows (listItem), once worked out: 1 or 0. */
  private listItem = -1;
  /** Which Arabic cue sets hold the word (cueMarks), once worked out. */
  private marks = -1;
  /** The word without a leading conjunction or preposition (وبيسكوف → بيسكوف), or NO_BARE. */
  readonly bare: WordFacts;
  /** A kinship word (KINSHIP). */
  readonly kin: boolean;
  /** The عبد of a name, with و or ف before it at most (theophoric). */
  readonly abd: boolean;
  /** A word of three letters or more opening on the article ال (theophoric). */
  readonly article: boolean;
  constructor(
    readonly norm: string,
    bare?: WordFacts,
  ) {
    this.bare = bare ?? this;
    this.kin = KINSHIP.has(norm);
    this.abd = THEOPHORIC_FIRST.test(norm);
    this.article = THEOPHORIC_SECOND.test(norm);
  }

  /** Starts the word's tallies for a reading (or starts them again), and lists it among the words met. */
  tally(stamp: number, met: WordFacts[], cue: number, translated: boolean, ordinary: boolean): WordFacts {
    if (this.tallied !== stamp) met.push(this);
    this.tallied = stamp;
    this.count = 0;
    this.cue = cue;
    this.translated = translated;
    this.ordinary = ordinary;
    return this;
  }

  /**
   * Works out bareNamed: whether the word is a conjunction or a preposition written onto a name the
   * dictionary gives as its first sense (وفرنسا, وكندا, وايطاليا: "and France"), read as such by light
   * stemming (its key is the rest's), whose letters spell that name better without the clitic than with
   * it (واشنطن keeps its و: Washington). The name is the rest, as when the story writes it bare too.
   * @param key the word's index key
   */
  nameBare(key: string, e: NameEvidence): void {
    this.bareNamed = 0;
    if (this.bare === NO_BARE || e.nameGloss === undefined || key !== `ar:${e.analyzer.stemArabic(this.bare.norm)}`) return;
    const gloss = e.nameGloss(key);
    if (gloss === '') return;
    const sk = latinSkeleton(gloss);
    if (editDistance(arabicSkeleton(this.bare.norm), sk) < editDistance(arabicSkeleton(this.norm), sk)) this.bareNamed = 1;
  }

  /**
   * Whether the word is "and" (و, ف) written onto a word the dictionary knows (وافغانستان, وفرنسا): it
   * begins the next item of a list, not the rest of a name ("ايران وافغانستان" is two places).
   */
  startsListItem(e: NameEvidence): boolean {
    if (this.listItem < 0) {
      this.listItem = conjoinedWord(this.norm, e) ? 1 : 0;
    }
    return this.listItem === 1;
  }

  /**
   * Which of the Arabic cue sets hold the word (SAYING, PERSON_BEFORE, PLACE_BEFORE), worked out on
   * first asking: a word's facts belong to one evidence (memosByEvidence), whose cues are always the same.
   * @param c the Arabic cues of that evidence
   */
  cueMarks(c: FoldedCues): number {
    if (this.marks < 0) {
      const w = this.norm;
      this.marks = (c.saying.has(w) ? SAYING : 0) | (c.personBefore.has(w) ? PERSON_BEFORE : 0) | (c.placeBefore.has(w) ? PLACE_BEFORE : 0);
    }
    return this.marks;
  }

  /** The shape of a verb (a prefix ي ت ن on a short word) or a plural or feminine ending (وا ت ه, ة folded to ه): one point off each. */
  shapePenalty(): number {
    if (this.penalty < 0) {
      const w = this.norm;
      this.penalty = (/^[يتن]/.test(w) && w.length <= 5 ? 1 : 0) + (/(وا|ت|ه)$/.test(w) ? 1 : 0);
    }
    return this.penalty;
  }
}

/** The bare form of a word that has none: no story writes it. */
const NO_BARE = new WordFacts('');
NO_BARE.seen = -1;

/** The words met so far (by analysed token and by folded word), their verdicts, and the number of the last reading. */
interface WordMemo {
  readonly byToken: Map<Token, WordFacts>;
  readonly byNorm: Map<string, WordFacts>;
  /**
   * The verdicts of the Arabic words met so far: the dictionary checks (a consonant skeleton, a gloss,
   * a stem) cost more than the look-up. Keyed by the folded word, with a mark when the name is the
   * word without its first letter (a clitic).
   */
  readonly verdicts: Map<string, Verdict>;
  /** The kinds of Arabic names nothing in their story says anything of (unsaidKind), by word. */
  readonly unsaid: Map<string, ConceptKind>;
  readings: number;
  /** The per-token arrays of the readings (Reading), reused from story to story: one reading at a time. */
  readonly raw: WordFacts[];
  readonly word: WordFacts[];
  readonly at: number[];
  readonly score: number[];
  readonly isName: boolean[];
}

/** One story being read by findNames: its number stamps the words it writes. */
interface Reading {
  readonly memo: WordMemo;
  readonly stamp: number;
  /** Each token's facts (factsOf), the story's tokens one after another, sentence by sentence. */
  readonly raw: WordFacts[];
  /** Each token's word in this story (wordOf): its bare form when the story writes that too. */
  readonly word: WordFacts[];
  /** Where each sentence's tokens begin in `raw` and `word` (one more entry: the end). */
  readonly at: number[];
  /** One sentence's token scores and name marks (tallySentence), valid below the sentence's length. */
  readonly score: number[];
  readonly isName: boolean[];
}

/** The word memos, by evidence (one per start-up, shared by every story). */
const memosByEvidence = new WeakMap<NameEvidence, WordMemo>();

/** Most distinct words remembered per start-up (a flood of distinct words must not grow it forever). */
const MEMO_LIMIT = 200_000;

/** Starts reading a story: a fresh stamp (and a fresh memo once the old one holds too many words). */
function readingOf(e: NameEvidence): Reading {
  let memo = memosByEvidence.get(e);
  // Cleared only between stories: a story's stamps must hold for its whole reading.
  if (memo === undefined || memo.byNorm.size >= MEMO_LIMIT || memo.verdicts.size >= MEMO_LIMIT) {
    memo = { byToken: new Map(), byNorm: new Map(), verdicts: new Map(), unsaid: new Map(), readings: 0, raw: [], word: [], at: [], score: [], isName: [] };
    memosByEvidence.set(e, memo);
  }
  memo.readings++;
  return { memo, stamp: memo.readings, raw: memo.raw, word: memo.word, at: memo.at, score: memo.score, isName: memo.isName };
}

/** The facts of an analysed token's word (tokens of the same word share them). */
function factsOf(memo: WordMemo, t: Token): WordFacts {
  let f = memo.byToken.get(t);
  if (f === undefined) {
    f = factsOfWord(memo, t.norm, t.script === 'ar');
    memo.byToken.set(t, f);
  }
  return f;
}

function factsOfWord(memo: WordMemo, norm: string, arabic: boolean): WordFacts {
  let f = memo.byNorm.get(norm);
  if (f === undefined) {
    // Only Arabic words have a bare form.
    f = new WordFacts(norm, arabic && ARABIC_CLITIC.test(norm) ? factsOfWord(memo, norm.slice(1), true) : NO_BARE);
    memo.byNorm.set(norm, f);
  }
  return f;
}

// A possessive or object pronoun written onto a word (خلالها, جهتها, عاصرهم, عنهما): names do not take
// one. Not after ا, where the letters end many a foreign name (أوماها, ياماها).
const PRONOUN_SUFFIXED = /^..+[^ا](ها|هما|هم|هن|كم|كما)$/;

function verdictOf(t: Token, w: string, e: NameEvidence, c: FoldedCues, verdicts: Map<string, Verdict>): Verdict {
  const key = w === t.norm ? t.norm : `${t.norm}\u0000`;
  let v = verdicts.get(key);
  if (v !== undefined) return v;
  const ordinary =
    w.length < 3 ||
    KINSHIP.has(t.norm) ||
    ARABIC_ORDINARY.test(t.norm) ||
    CALENDAR_WORD.test(w) ||
    c.personBefore.has(t.norm) ||
    c.saying.has(t.norm) ||
    c.notNames.has(t.norm) ||
    PRONOUN_SUFFIXED.test(t.norm);
  if (ordinary) v = ORDINARY;
  else {
    // A dictionary entry whose English spells the same consonants is the name itself (ماركو → Marco, موسكو → Moscow).
    const name = e.nameInDictionary(t.key, arabicSkeleton(w));
    // A preposition in front (لوكالة, "to the agency") hides a word the dictionary knows; a
    // conjunction's letters (و ف) begin too many names (فانس) to be taken off here.
    const bare = /^[لبك]/.test(t.norm) ? `ar:${e.analyzer.stemArabic(t.norm.slice(1))}` : '';
    // The conjunction و or ف written onto a word the dictionary translates, which light stemming left on
    // (فقام, فتتقلص, فلذلك: "then stood", "then shrinks", "so"): a word of five letters or more whose
    // rest is an ordinary word, not one the dictionary renders by a name alone. Not shorter: فانس (Vance)
    // is ف + انس ("humans") to the dictionary.
    const conj = /^[وف]/.test(t.norm) && w === t.norm && w.length >= 5 && t.key === `ar:${t.norm}` ? `ar:${e.analyzer.stemArabic(t.norm.slice(1))}` : '';
    // A foreign name ending in ون or ين (أديسون, هاريسون) loses it to light stemming as a plural would, and
    // its stem may be another name the dictionary knows (اديس, Addis): a stem the dictionary renders by
    // names only translates it into no ordinary word.
    // Nor is a four-letter word ending in اون or اين (داون, Down) a plural: no stem ends in ا before the
    // sound plural's ending, so the two letters light stemming leaves (دا) tell nothing of the word.
    const pluralLooking =
      /(ون|ين)$/.test(w) && t.key !== `ar:${w}` && (e.onlyNames?.(t.key) === true || (/^.ا(ون|ين)$/.test(w) && t.key === `ar:${w.slice(0, 2)}`));
    // A broken plural (مواضع, شعوب's kin تعاليم, فوارق) of a singular the dictionary translates is that word.
    const plural = brokenPluralSingulars(w).some((x) => e.translated(`ar:${e.analyzer.stemArabic(x)}`));
    const conjoined = conj !== '' && e.translated(conj) && e.onlyNames?.(conj) !== true && !e.nameInDictionary(conj, '');
    v = { ordinary: false, name, translated: !name && ((e.translated(t.key) && !pluralLooking) || (bare !== '' && e.translated(bare)) || plural || conjoined) };
  }
  verdicts.set(key, v);
  return v;
}

/**
 * How much each Arabic word of a story looks like a name (≥ 1: a name; 0: may join a name beside
 * it; below: an ordinary word). For: recurring (a name is repeated), a title or a verb of saying
 * beside it, a preposition of place before it. Against: a dictionary translation (a name's letters
 * may still spell a word: بوتين's stem is Bhutan's), the shape of a verb (a prefix ي ت ن, or the
 * plural ending وا) or of a feminine noun (a final ة, folded to ه).
 */
function scoreArabicWords(analysed: readonly (readonly Token[])[], arabic: Reading, e: NameEvidence, c: FoldedCues): void {
  // The story's tallies live on the words' facts, stamped with this reading, not in maps of its own.
  const met: WordFacts[] = [];
  // Sentence by sentence in a function of its own: the JIT compiles it once from its calls, where one
  // long loop over the whole story was compiled twice (once more on the stack, "OSR", for the story
  // it was reading). A token's facts are read by position (p).
  let p = 0;
  for (const tokens of analysed) p = tallyArabicSentence(tokens, p, arabic, met, e, c);
  for (const st of met) {
    if (st.ordinary) {
      st.score = -9;
      continue;
    }
    // A word the dictionary translates is a name only when a title or a verb of saying stands beside it
    // (بيت هيغسيث): recurring after a preposition of place is what ordinary nouns do too (في دولة).
    // Nor is one the story also writes with the article (عام and العام, اكبر and الاكبر): it is the
    // ordinary word there, and a title a few words before it is no evidence against that.
    if (st.translated && (st.cue < 2 || st.withArticle === arabic.stamp)) {
      st.score = -9;
      continue;
    }
    st.score = st.cue + (st.count >= 2 ? 1 : 0) + (st.count >= 4 ? 1 : 0) - (st.translated ? 2 : 0) - st.shapePenalty();
  }
}

/**
 * scoreArabicWords' tallies of one sentence (its first token at position p of the reading's arrays).
 * Plain loops, and the costly checks once per distinct word and only for words not plainly ordinary:
 * this runs over every word of every story at start-up.
 * @returns the position of the next sentence's first token
 */
function tallyArabicSentence(tokens: readonly Token[], p: number, arabic: Reading, met: WordFacts[], e: NameEvidence, c: FoldedCues): number {
  const { memo, stamp, raw, word: wordAt } = arabic;
  const verdicts = memo.verdicts;
  for (let i = 0; i < tokens.length; i++, p++) {
    const t = tokens[i] as Token;
    if (t.script !== 'ar' || t.stop) continue;
    const word = wordAt[p] as WordFacts;
    const w = word.norm;
    let st = word.tallied === stamp ? word : undefined;
    const self = raw[p] as WordFacts;
    // The sentence's first and last words have NO_BARE beside them: no kinship word, no عبد, no article.
    const prev = i > 0 ? (raw[p - 1] as WordFacts) : NO_BARE;
    const next = i + 1 < tokens.length ? (raw[p + 1] as WordFacts) : NO_BARE;
    // Beside بن، ابن، بنت، ابو ("son of", "daughter of", "father of") stand people's names, even
    // with the article (الحسين بن علي, ابن خلدون).
    // Before one, only بن and بنت tie two names (عثمان بن أرطغرل); ابن, ابو and ام begin a name, so the
    // word before them is a name only if the dictionary does not translate it (not ويعتبر ابن خلدون).
    const before = next.norm;
    // عبد before a word with the article is the first half of a name (عبد الناصر, عبد الله, عبد
    // الرحمن), both words of it names though the dictionary translates them ("servant", "the helper").
    const kin =
      (!self.kin && (prev.kin || before === 'بن' || before === 'بنت' || (next.kin && !verdictOf(t, w, e, c, verdicts).translated))) ||
      (self.abd && next.article) ||
      (prev.abd && self.article);
    if (
      kin &&
      (st === undefined || st.ordinary) &&
      w.length >= 3 &&
      !CALENDAR_WORD.test(w) &&
      !c.notNames.has(t.norm) &&
      // A title or a verb of saying before ابن is the title or the verb of a name (قال ابن مسعود), not a name.
      ((prev.abd && self.article) || (self.cueMarks(c) & (SAYING | PERSON_BEFORE)) === 0)
    ) {
      st = word.tally(stamp, met, 2, false, false);
      word.cued = stamp;
    }
    if (st === undefined) {
      const v = verdictOf(t, w, e, c, verdicts);
      st = v === ORDINARY ? word.tally(stamp, met, 0, true, true) : word.tally(stamp, met, v.name ? 1 : 0, v.translated, false);
    }
    if (st.ordinary) continue;
    st.count++;
    // personCue and the preposition of place, read from the words' cue marks.
    if (arabicPersonCue(tokens, i, raw, p, c, e)) {
      st.cue = Math.max(st.cue, 2);
      st.cued = stamp;
    } else if (i > 0 && (prev.cueMarks(c) & PLACE_BEFORE) !== 0) st.cue = Math.max(st.cue, 1);
  }
  return p;
}

/**
 * A stable id for a name: its consonant skeleton, the same for its Latin and Arabic spellings, and for
 * a name written in Latin letters its English stem after a dash (auto-frbs-forb): a skeleton is
 * all Arabic letters tell of a name, but two Latin spellings with one skeleton are two names (Forbes,
 * Vorbis; Joan, Jan; Jesus, Jewish). Names in both scripts are joined by the skeleton (latinSkeletonOfId).
 */
function skeletonId(word: string, lang: Lang): string {
  // Remembered: a thousand stories name the same people and places.
  const memo = lang === 'ar' ? arabicIds : latinIds;
  let id = memo.get(word);
  if (id === undefined) {
    const sk = (lang === 'ar' ? arabicSkeleton(word) : latinSkeleton(word)).replace(/[^a-z]/g, '');
    id = sk.length >= 2 ? (lang === 'ar' ? sk : `${sk}-${stemEnglish(word)}`) : [...word].map((c) => c.codePointAt(0)?.toString(36)).join('');
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, id);
  }
  return id;
}

/** Name ids by word (skeletonId), one memo per script. */
const arabicIds = new Map<string, string>();
const latinIds = new Map<string, string>();

/** The consonant skeleton of a name found in Latin letters, from its id (auto-frbs-forb → frbs); '' for any other id. */
export function skeletonOfLatinId(id: string): string {
  const m = /^auto-([a-z]+)-/.exec(id);
  return m === null ? '' : (m[1] as string);
}

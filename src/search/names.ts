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
import { englishLemmas, stemEnglish } from '../text/english.js';
import { arabicSkeleton, latinSkeleton } from '../text/transliterate.js';
import type { Lang } from '../types.js';

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
  readonly starts: readonly (readonly number[])[];
}

/** Analyses a story's sentences for findNames (and for indexing, which can take the same tokens). */
export function storyWords(story: LoadedStory, analyzer: Analyzer): StoryWords {
  const starts: number[][] = [];
  const words = story.sentences.map((s) => {
    const at: number[] = [];
    starts.push(at);
    return analyzer.analyzeWords(s.text, at);
  });
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
  let anyArabic = false;
  for (const tokens of analysed) {
    for (const t of tokens) {
      if (t.script !== 'ar') continue;
      factsOf(arabic.memo, t).seen = arabic.stamp;
      anyArabic = true;
      // The word after an article (العام, والأكبر, للعام): the story uses it as an ordinary noun or adjective.
      const m = WITH_ARTICLE.exec(t.norm);
      if (m !== null) factsOfWord(arabic.memo, m[1] as string, true).withArticle = arabic.stamp;
    }
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
      sentences.starts[si] as readonly number[],
    );
  return entriesOf(reading.words, story, evidence);
}

/** One name word of a story, with what stands around its occurrences (findNames). */
interface Word {
  readonly word: string;
  readonly lang: Lang;
  surface: string;
  count: number;
  /** The next name words it stands before; a word that always stands before the same one is a first name. */
  readonly next: Map<string, number>;
  person: number;
  place: number;
  org: number;
  /** Titles written right before it ("Mayor Lena Sorvik", وزير الخارجية ماركو روبيو): the person's roles. */
  readonly titles: Set<string>;
}

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

/** Finds the name words of one sentence (its analysed tokens, at their offsets) and tallies them in `r.words`. */
function tallySentence(r: StoryReading, text: string, shared: readonly Token[], at: readonly number[]): void {
  const { lang, lower, arabic, cues, evidence, words } = r;
  // Arrays filled by push, not sized up front and mapped: their elements keep one kind, and the
  // optimised code no longer falls back (a "wrong map" deoptimisation) from one sentence to the next.
  const score: number[] = [];
  let any = false;
  for (let i = 0; i < shared.length; i++) {
    const t = shared[i] as Token;
    const x = t.stop ? -9 : t.script === 'ar' ? arabicScore(t, arabic) : latinScore(t, i, shared, lang, lower, evidence, cues.en);
    score.push(x);
    if (x >= 0) any = true;
  }
  // Most sentences of most stories hold no name candidate at all.
  if (!any) return;
  const tokens = shared;
  // Whether tokens i and i + 1 are separated only by spaces (a comma ends a name).
  const adjacent = (i: number) => onlySpaces(text, (at[i] as number) + (tokens[i] as Token).surface.length, at[i + 1] ?? text.length);
  const strict: boolean[] = [];
  for (const x of score) strict.push(x >= 1);
  const listItem = (t: Token) => t.script === 'ar' && factsOf(arabic.memo, t).startsListItem(evidence);
  const follows = (i: number) => {
    const a = tokens[i - 1];
    const b = tokens[i] as Token;
    return a !== undefined && a.script === b.script && adjacent(i - 1) && bareName(b, arabic) === b.norm && !listItem(b);
  };
  const isName: boolean[] = [];
  for (const x of strict) isName.push(x);
  for (let i = 0; i < tokens.length; i++) {
    if (isName[i] || (score[i] as number) < 0) continue;
    // A word that is no name alone is a first name after a title, before a name (بيت هيغسيث: "Pete",
    // whose letters also spell "house"), or a family name after one (ماركو روبيو).
    if (isCued(tokens[i] as Token, arabic) && strict[i + 1] === true && follows(i + 1)) isName[i] = true;
    else if (
      isName[i - 1] === true &&
      follows(i) &&
      (tokens[i] as Token).script === 'ar' &&
      // A family name may spell a word too (ماكرون), after a first name that follows a title.
      (!evidence.translated((tokens[i] as Token).key) || (isCued(tokens[i - 1] as Token, arabic) && !writtenWithArticle(tokens[i] as Token, arabic)))
    )
      isName[i] = true;
  }
  // A capitalised common English word is part of a name beside one ("Kroc Institute", "Notre Dame
  // Stadium"), not a name alone ("Main Building", "the University").
  for (let i = 0; i < tokens.length; i++)
    if (
      !isName[i] &&
      score[i] === 0 &&
      (tokens[i] as Token).script === 'latin' &&
      ((strict[i - 1] === true && follows(i)) || (strict[i + 1] === true && follows(i + 1)))
    )
      isName[i] = true;
  for (let i = 0; i < tokens.length; i++) {
    if (!isName[i]) continue;
    const t = tokens[i] as Token;
    const word = bareName(t, arabic);
    if (word.length < 2) continue;
    const script: Lang = t.script === 'ar' ? 'ar' : 'en';
    let w = words.get(word);
    if (w === undefined) {
      w = { word, lang: script, surface: t.surface, count: 0, next: new Map(), person: 0, place: 0, org: 0, titles: new Set() };
      words.set(word, w);
    }
    w.count++;
    const n = tokens[i + 1];
    const joined = n !== undefined && isName[i + 1] && n.script === t.script && adjacent(i) && bareName(n, arabic) === n.norm && !listItem(n);
    const nextWord = joined ? bareName(n, arabic) : '';
    w.next.set(nextWord, (w.next.get(nextWord) ?? 0) + 1);
    const c = script === 'ar' ? cues.ar : cues.en;
    if (personCue(tokens, i, i, c, evidence)) {
      w.person++;
      const title = titleBefore(tokens, i, c);
      if (title !== '') w.titles.add(title);
    } else if (c.placeBefore.has(tokens[i - 1]?.norm ?? '')) w.place++;
    if (c.orgWords.has(tokens[i + 1]?.norm ?? '') || c.orgWords.has(t.norm)) w.org++;
  }
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
function entriesOf(words: ReadonlyMap<string, Word>, story: LoadedStory, evidence: NameEvidence): LexiconEntry[] {
  // A word that always stands before the same name word is part of that name (دونالد ترامب, Mike
  // Johnston): one concept, named by the full name or the last word alone. Other words are names of
  // their own, even when two stand side by side ("المتحدث باسم بوتين بيسكوف": Putin's spokesman Peskov).
  const firstOf = new Map<string, Word[]>();
  for (const w of words.values()) {
    const only = w.next.size === 1 ? w.next.keys().next().value : '';
    if (only !== undefined && only !== '' && words.has(only)) {
      const list = firstOf.get(only) ?? [];
      list.push(w);
      firstOf.set(only, list);
    }
  }
  const merged = new Set<string>();
  for (const list of firstOf.values()) for (const w of list) merged.add(w.word);
  const entries: LexiconEntry[] = [];
  const ids = new Set<string>();
  const commonWord = (w: Word) => w.lang === 'en' && englishLemmas(w.word).some((l) => evidence.commonEnglish.has(l));
  for (const w of words.values()) {
    if (merged.has(w.word)) continue;
    const firsts = firstOf.get(w.word) ?? [];
    if (commonWord(w)) {
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
            w.person + f.person > 0 ? 'person' : w.org + f.org > 0 ? 'org' : 'place',
            commonWord(f) ? [full] : [full, f.surface],
            [],
            story.info.id,
            'en',
          ),
        );
      }
      if (firsts.length > 0 || w.person === 0) continue;
    }
    const all = [w];
    let person = w.person;
    let place = w.place;
    let org = w.org;
    for (const f of firsts) {
      all.push(f);
      person += f.person;
      place += f.place;
      org += f.org;
    }
    const kind: ConceptKind =
      org > 0 ? 'org' : person > 0 && person >= place ? 'person' : place > 0 ? 'place' : firsts.length > 0 ? 'person' : unsaidKind(w, evidence);
    const id = `${AUTO_PREFIX}${skeletonId(w.word, w.lang)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const own = w.lang === 'ar' ? w.word : w.surface;
    // Pushed one by one: spreading a mapped array here sent the optimised code back (a "wrong map" deopt).
    const forms = [own];
    for (const f of firsts) forms.push(`${w.lang === 'ar' ? f.word : f.surface} ${own}`);
    // A person's titles are their roles: "the mayor" asks about Sorvik as surely as her name.
    const roles: string[] = [];
    if (kind === 'person') {
      const seen = new Set<string>();
      for (const x of all) {
        for (const title of x.titles) {
          if (seen.has(title)) continue;
          seen.add(title);
          roles.push(title);
        }
      }
    }
    entries.push(autoEntry(id, kind, forms, roles, story.info.id, w.lang));
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The kind of a name nothing in its story says anything of (no title, no verb of saying, no preposition
 * of place): an English one is taken for a place; an Arabic one for a person unless the dictionary names
 * a place by it (مصر, Egypt), as an Arabic story writes most foreign places it names after a preposition
 * of place, which is evidence of its own, and repeats its people's names bare.
 */
function unsaidKind(w: Word, evidence: NameEvidence): ConceptKind {
  return w.lang === 'ar' && !evidence.nameInDictionary(`ar:${evidence.analyzer.stemArabic(w.word)}`, '') ? 'person' : 'place';
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
  if (!arabic) return c.personBefore.has(tokens[from - 1]?.norm ?? '') || c.personBefore.has(tokens[from - 2]?.norm ?? '');
  // Arabic puts what qualifies a title between it and the name (وزير الخارجية الأمريكي ماركو روبيو,
  // المتحدثة باسم البلدية ليلى نصار, نائب الرئيس جي دي فانس): up to four words back, not past a stop word,
  // however short ("كأس العالم قد شهدت": a verb, after قد, is no name the title introduces).
  for (let k = from - 1; k >= 0 && from - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (c.personBefore.has(t.norm)) return true;
    if (t.stop) return false;
    // A conjunction begins another phrase ("في العالم ورابع أكبر": the world's fourth largest, no
    // scientist named أكبر): and (و, ف) written onto a word the dictionary knows ends the title's reach.
    const w = t.norm;
    if (w.length >= 4 && (w[0] === 'و' || w[0] === 'ف') && e.translated(`ar:${e.analyzer.stemArabic(w.slice(1))}`)) return false;
  }
  return false;
}

/** Words of kinship inside Arabic names, folded: بن، ابن، بنت، ابو، ام. */
const KINSHIP: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام']);

/** Whether a word is a title or a verb of saying: before ابن it is the verb or the title of a name (قال ابن مسعود), not a name. */
function cueWord(w: string, c: FoldedCues): boolean {
  return c.saying.has(w) || c.personBefore.has(w);
}

/** Whether tokens[i] is the عبد of a name (with و / ف before it at most) and the next word has the article. */
function theophoric(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && /^[وف]?عبد$/.test(t.norm) && /^ال../.test(tokens[i + 1]?.norm ?? '');
}

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
  /** The word without a leading conjunction or preposition (وبيسكوف → بيسكوف), or NO_BARE. */
  readonly bare: WordFacts;
  constructor(
    readonly norm: string,
    bare?: WordFacts,
  ) {
    this.bare = bare ?? this;
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
   * Whether the word is "and" (و, ف) written onto a word the dictionary knows (وافغانستان, وفرنسا): it
   * begins the next item of a list, not the rest of a name ("ايران وافغانستان" is two places).
   */
  startsListItem(e: NameEvidence): boolean {
    if (this.listItem < 0) {
      const w = this.norm;
      this.listItem = w.length >= 4 && (w[0] === 'و' || w[0] === 'ف') && e.translated(`ar:${e.analyzer.stemArabic(w.slice(1))}`) ? 1 : 0;
    }
    return this.listItem === 1;
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
  readings: number;
}

/** One story being read by findNames: its number stamps the words it writes. */
interface Reading {
  readonly memo: WordMemo;
  readonly stamp: number;
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
    memo = { byToken: new Map(), byNorm: new Map(), verdicts: new Map(), readings: 0 };
    memosByEvidence.set(e, memo);
  }
  memo.readings++;
  return { memo, stamp: memo.readings };
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
    v = { ordinary: false, name, translated: !name && (e.translated(t.key) || (bare !== '' && e.translated(bare))) };
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
  const { memo, stamp } = arabic;
  const verdicts = memo.verdicts;
  // The story's tallies live on the words' facts, stamped with this reading, not in maps of its own.
  const met: WordFacts[] = [];
  // Plain loops, and the costly checks once per distinct word and only for words not plainly ordinary:
  // this runs over every word of every story at start-up.
  for (const tokens of analysed) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.script !== 'ar' || t.stop) continue;
      const word = wordOf(t, arabic);
      const w = word.norm;
      let st = word.tallied === stamp ? word : undefined;
      // Beside بن، ابن، بنت، ابو ("son of", "daughter of", "father of") stand people's names, even
      // with the article (الحسين بن علي, ابن خلدون).
      // Before one, only بن and بنت tie two names (عثمان بن أرطغرل); ابن, ابو and ام begin a name, so the
      // word before them is a name only if the dictionary does not translate it (not ويعتبر ابن خلدون).
      const before = tokens[i + 1]?.norm ?? '';
      // عبد before a word with the article is the first half of a name (عبد الناصر, عبد الله, عبد
      // الرحمن), both words of it names though the dictionary translates them ("servant", "the helper").
      const kin =
        (!KINSHIP.has(t.norm) &&
          (KINSHIP.has(tokens[i - 1]?.norm ?? '') ||
            before === 'بن' ||
            before === 'بنت' ||
            (KINSHIP.has(before) && !verdictOf(t, w, e, c, verdicts).translated))) ||
        theophoric(tokens, i) ||
        theophoric(tokens, i - 1);
      if (
        kin &&
        (st === undefined || st.ordinary) &&
        w.length >= 3 &&
        !CALENDAR_WORD.test(w) &&
        !c.notNames.has(t.norm) &&
        (theophoric(tokens, i - 1) || !cueWord(t.norm, c))
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
      if (personCue(tokens, i, i, c, e)) {
        st.cue = Math.max(st.cue, 2);
        st.cued = stamp;
      } else if (c.placeBefore.has(tokens[i - 1]?.norm ?? '')) st.cue = Math.max(st.cue, 1);
    }
  }
  for (const st of met) {
    if (st.ordinary) {
      st.score = -9;
      continue;
    }
    // A word the dictionary translates is a name only when a title or a verb of saying stands beside it
    // (بيت هيغسيث): recurring after a preposition of place is what ordinary nouns do too (في دولة).
    // Nor is one the story also writes with the article (عام and العام, اكبر and الاكبر): it is the
    // ordinary word there, and a title a few words before it is no evidence against that.
    if (st.translated && (st.cue < 2 || st.withArticle === stamp)) {
      st.score = -9;
      continue;
    }
    st.score = st.cue + (st.count >= 2 ? 1 : 0) + (st.count >= 4 ? 1 : 0) - (st.translated ? 2 : 0) - st.shapePenalty();
  }
}

/** A name's word without a conjunction or preposition attached in front (وبيسكوف → بيسكوف), when the story also writes it bare. */
function bareName(t: Token, arabic: Reading): string {
  return wordOf(t, arabic).norm;
}

/** The facts of the word a token stands for in the story being read: its bare form (bareName) when the story writes that too. */
function wordOf(t: Token, arabic: Reading): WordFacts {
  const f = factsOf(arabic.memo, t);
  return f.bare.seen === arabic.stamp ? f.bare : f;
}

/** How much an Arabic word looks like a name in the story being read (scoreArabicWords); -9 for a word it did not score. */
function arabicScore(t: Token, arabic: Reading): number {
  const word = wordOf(t, arabic);
  return word.tallied === arabic.stamp ? word.score : -9;
}

/** Whether the story being read also writes a token's word with the article (عام and العام). */
function writtenWithArticle(t: Token, arabic: Reading): boolean {
  return wordOf(t, arabic).withArticle === arabic.stamp;
}

/** Whether a title, a verb of saying or a kinship word stands beside a word of the story being read. */
function isCued(t: Token, arabic: Reading): boolean {
  return wordOf(t, arabic).cued === arabic.stamp;
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

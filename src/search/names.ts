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
 *   like an ordinary word (the article ال, the future prefix س), or that follows a title (الرئيس،
 *   المتحدث); Latin-script words inside Arabic text; runs of such words are one name.
 * - What it names, from the words around it (knowledge/name-cues.json): a title or a verb of saying
 *   next to it makes a person; a preposition of place before it, a place; a word like "council" or
 *   حزب inside it, an organisation. Without a cue, a name of two or more words is taken for a person
 *   and a single word for a place.
 */
import type { ConceptKind, LexiconEntry } from '../knowledge/lexicon.js';
import type { LoadedStory } from '../knowledge/story.js';
import type { Analyzer, Token } from '../text/analyzer.js';
import { arabicSkeleton, latinSkeleton } from '../text/transliterate.js';
import type { Lang } from '../types.js';

/** Words around names, per language (knowledge/name-cues.json). */
export interface NameCues {
  readonly personBefore: Readonly<Record<Lang, readonly string[]>>;
  readonly saying: Readonly<Record<Lang, readonly string[]>>;
  readonly placeBefore: Readonly<Record<Lang, readonly string[]>>;
  readonly orgWords: Readonly<Record<Lang, readonly string[]>>;
}

/** What tells an ordinary word from a name. */
export interface NameEvidence {
  readonly analyzer: Analyzer;
  readonly cues: NameCues;
  /** Common English words (lemmas), lowercase. */
  readonly commonEnglish: ReadonlySet<string>;
  /** Whether the bilingual dictionary translates an index key ("ar:حرب"): a translated word is no name. */
  readonly translated: (key: string) => boolean;
}

/** Longest name, in words. */
const MAX_NAME_WORDS = 4;

// Months and weekdays are capitalised in English without being names.
const CALENDAR = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

// An Arabic word shaped like an ordinary one: the article (with a conjunction or preposition before it),
// or the future prefix س before an imperfect prefix (ي ت ن ا).
const ARABIC_ORDINARY = /^[وف]?(ال|بال|كال|لل)..|^[وف]?س[يتنا]../;
// Conjunctions and prepositions that may be attached to an Arabic name: و ف ب ل ك.
const ARABIC_CLITIC = /^[وفبلك]/;

interface Found {
  /** The words as folded, for keys: one entry per word. */
  readonly words: string[];
  readonly lang: Lang;
  readonly surface: string;
  person: number;
  place: number;
  org: number;
  count: number;
}

/** Folded cue sets of one language. */
interface FoldedCues {
  readonly personBefore: ReadonlySet<string>;
  readonly saying: ReadonlySet<string>;
  readonly placeBefore: ReadonlySet<string>;
  readonly orgWords: ReadonlySet<string>;
}

function foldCues(cues: NameCues, analyzer: Analyzer, lang: Lang): FoldedCues {
  // A cue may carry a leading و (وقال): the sets hold the bare word and the word with و.
  const set = (words: readonly string[]) => {
    const out = new Set<string>();
    for (const w of words) {
      const f = analyzer.fold(w);
      out.add(f);
      if (lang === 'ar') out.add(`و${f}`);
    }
    return out;
  };
  return {
    personBefore: set(cues.personBefore[lang]),
    saying: set(cues.saying[lang]),
    placeBefore: set(cues.placeBefore[lang]),
    orgWords: set(cues.orgWords[lang]),
  };
}

/**
 * The names a story holds, as lexicon entries (id "auto-…", kind, forms in the story's script).
 * Deterministic: the same story always gives the same entries.
 */
export function findNames(story: LoadedStory, evidence: NameEvidence): LexiconEntry[] {
  const { analyzer } = evidence;
  const lang = story.info.language;
  const cues = { en: foldCues(evidence.cues, analyzer, 'en'), ar: foldCues(evidence.cues, analyzer, 'ar') };
  const found = new Map<string, Found>();
  // English words seen in lower case anywhere in the story: capitalised at a sentence start, they are not names.
  const lower = new Set<string>();
  // Every Arabic word of the story: a name with a clitic in front (وبيسكوف) is the name when the story
  // also writes it bare (بيسكوف); لندن keeps its ل because the story never writes ندن.
  const arabic = new Set<string>();
  for (const s of story.sentences) for (const t of analyzer.analyze(s.text)) if (t.script === 'ar') arabic.add(t.norm);
  if (lang === 'en') for (const s of story.sentences) for (const t of analyzer.analyze(s.text)) if (t.script === 'latin' && /^[a-z]/.test(t.surface)) lower.add(t.norm);

  for (const s of story.sentences) {
    const tokens = analyzer.analyze(s.text);
    const isName = tokens.map((t, i) => nameWord(t, i, tokens, lang, lower, evidence, cues.ar));
    for (let i = 0; i < tokens.length; i++) {
      if (!isName[i]) continue;
      let j = i;
      while (j + 1 < tokens.length && j + 1 - i < MAX_NAME_WORDS && isName[j + 1] && adjacent(s.text, tokens[j] as Token, tokens[j + 1] as Token)) j++;
      const run = tokens.slice(i, j + 1);
      const words = run.map((t) => bareName(t, arabic));
      if (words.some((w) => w.length < 2)) {
        i = j;
        continue;
      }
      const key = words.join(' ');
      const f =
        found.get(key) ??
        ({ words, lang: run[0]?.script === 'ar' ? 'ar' : 'en', surface: s.text.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0), person: 0, place: 0, org: 0, count: 0 } as Found);
      found.set(key, f);
      f.count++;
      const c = f.lang === 'ar' ? cues.ar : cues.en;
      const before = tokens[i - 1]?.norm ?? '';
      const before2 = tokens[i - 2]?.norm ?? '';
      const after = tokens[j + 1]?.norm ?? '';
      if (c.personBefore.has(before) || c.personBefore.has(before2) || c.saying.has(before) || c.saying.has(after)) f.person++;
      else if (c.placeBefore.has(before)) f.place++;
      if (run.some((t) => c.orgWords.has(t.norm))) f.org++;
      i = j;
    }
  }

  const entries: LexiconEntry[] = [];
  const ids = new Set<string>();
  for (const f of found.values()) {
    const kind: ConceptKind = f.org > 0 ? 'org' : f.person > 0 && f.person >= f.place ? 'person' : f.place > 0 ? 'place' : f.words.length > 1 ? 'person' : 'place';
    const id = `auto-${skeletonId(f)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const forms = [f.lang === 'ar' ? f.words.join(' ') : f.surface];
    // A person is also named by their family name alone ("Johnston", بوتين).
    if (kind === 'person' && f.words.length > 1) forms.push(f.lang === 'ar' ? (f.words[f.words.length - 1] as string) : (f.surface.split(/\s+/).pop() as string));
    entries.push({
      id,
      kind,
      en: f.lang === 'en' ? forms : [],
      ar: f.lang === 'ar' ? forms : [],
      roles: { en: [], ar: [] },
      of: [],
      file: `(found in ${story.info.id})`,
      line: 0,
    });
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether token i may be (part of) a name. */
function nameWord(t: Token, i: number, tokens: readonly Token[], lang: Lang, lower: ReadonlySet<string>, e: NameEvidence, ar: FoldedCues): boolean {
  if (t.key === '' || t.script === 'digit') return false;
  if (t.script === 'latin') {
    if (!/^\p{Lu}/u.test(t.surface) || CALENDAR.has(t.norm) || t.surface === 'I') return false;
    // In an Arabic story any Latin word is a name or an acronym.
    if (lang === 'ar') return !t.stop || /^[A-Z]{2,}$/.test(t.surface);
    if (t.stop && !/^[A-Z]{2,}$/.test(t.surface)) return false;
    const first = i === 0 || /^[“"«‘(]$/.test(tokens[i - 1]?.surface ?? '');
    if (!first) return true;
    // First word of a sentence: a name only if the story never writes it in lower case and it is not common.
    return !lower.has(t.norm) && !e.commonEnglish.has(t.norm);
  }
  if (t.script !== 'ar' || t.stop || t.norm.length < 3) return false;
  const prev = tokens[i - 1]?.norm ?? '';
  if (ar.personBefore.has(prev) && !ARABIC_ORDINARY.test(t.norm)) return true;
  if (ARABIC_ORDINARY.test(t.norm)) return false;
  if (e.translated(t.key) || t.variants.some((v) => e.translated(v))) return false;
  return true;
}

/** Whether two tokens are separated only by spaces (a comma ends a name). */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** A name's word without a conjunction or preposition attached in front (وبيسكوف → بيسكوف), when the story also writes it bare. */
function bareName(t: Token, arabic: ReadonlySet<string>): string {
  if (t.script !== 'ar') return t.norm;
  const w = t.norm;
  return ARABIC_CLITIC.test(w) && arabic.has(w.slice(1)) ? w.slice(1) : w;
}

/** A stable id for a name: its consonant skeleton, the same for its Latin and Arabic spellings. */
function skeletonId(f: Found): string {
  const sk = f.words.map((w) => (f.lang === 'ar' ? arabicSkeleton(w) : latinSkeleton(w))).join('-');
  const ascii = sk.replace(/[^a-z-]/g, '');
  return ascii.length >= 2 ? ascii : [...f.words.join('-')].map((c) => c.codePointAt(0)?.toString(36)).join('');
}

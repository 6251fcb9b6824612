/**
 * A story from what a user supplies: the article's text and whatever metadata they gave. The same
 * validation serves `npm run add-story` (which writes the folder) and adding a story at run time (the
 * bot's /addstory): the draft becomes the two files a story folder holds, and is loaded from them
 * exactly as a folder on disk would be, so a story added either way answers the same.
 */
import { countLettersOf, DEFAULT_LANGUAGE, isLanguage, LANGUAGE_CODES, LANGUAGES, languageChoices } from '../text/languages.js';
import type { Lang, StoryDraft } from '../types.js';

export { decodeArticle } from './article-text.js';

import { KnowledgeError } from './errors.js';
import { isCalendarDate, type LoadedStory, storyFromFiles } from './story.js';

/**
 * A language given for a story is refused when the text holds this many times more letters of another
 * language than of it (4: an Arabic article quoting English names has well over 4 Arabic letters to each
 * Latin one; a text mixed more evenly than that may be either).
 */
const MIN_LETTER_SHARE = 4;

/** Longest article accepted, in characters (a long feature is about 60,000). */
export const MAX_STORY_CHARS = 200_000;

/** A draft that cannot become a story; `problem` is one sentence a user can act on. */
export class StoryDraftError extends Error {
  override readonly name = 'StoryDraftError';
  constructor(readonly problem: string) {
    super(problem);
  }
}

/** The files of a story folder, by name, as `add-story` writes them. */
export type StoryFiles = Readonly<Record<string, string>>;

/**
 * The language of a text by its letters (each language's `letters` in the registry): the language
 * with the most, the registry's first (English) on a tie or with none. A story in Arabic quotes Latin
 * names and acronyms, and one in English may quote an Arabic word; the majority decides.
 */
export function detectLanguage(text: string): Lang {
  let best: Lang = DEFAULT_LANGUAGE;
  let most = countLettersOf(text, best);
  for (const code of LANGUAGE_CODES) {
    const n = countLettersOf(text, code);
    if (n > most) {
      best = code;
      most = n;
    }
  }
  return best;
}

/**
 * The article's text as story.txt holds it: one paragraph a line, blank lines and spaces at line ends
 * dropped, Windows line ends and a byte-order mark removed. Nothing inside a paragraph changes: answers
 * quote it verbatim.
 */
export function storyText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r|\u2029/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

// Arabic letters in plain ASCII, for ids only (a folder name, the "story" of the JSON Lines contract): one
// or two Latin letters a letter, long vowels as a, w, y, the hamza seats and ة as a or nothing, ع left out.
// Not a transliteration anyone reads as a name; enough that "زلزال يضرب المنارة" is not "story".
const ID_LETTERS: Readonly<Record<string, string>> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ى: 'a',
  ة: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  گ: 'g',
  ک: 'k',
  ی: 'y',
};
// Arabic-Indic and Eastern Arabic-Indic digits as ASCII ones.
const idDigit = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c >= 0x660 && c <= 0x669 ? String(c - 0x660) : c >= 0x6f0 && c <= 0x6f9 ? String(c - 0x6f0) : undefined;
};

/**
 * A folder-style id from a title and date: lowercase ASCII words, an Arabic title's letters in ASCII
 * (ID_LETTERS; it had been "story" for every Arabic title, so that two stories of a day were "story" and
 * "story-2"), or "story" for a title with neither.
 */
export function storyId(title: string, published: string, taken: ReadonlySet<string>): string {
  const ascii = [...title.normalize('NFC')].map((ch) => ID_LETTERS[ch] ?? idDigit(ch) ?? ch).join('');
  const words = ascii
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .slice(0, 6);
  const base = `${published}-${words.length > 0 ? words.join('-') : 'story'}`.slice(0, 60).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * A title from an article's first line, without the marks of a text copied from Markdown or a CMS: a
 * heading's leading (and closing) # signs, a list bullet (- * •), and bold or italic marks around the
 * whole line. "# City council approves bus lanes" is titled "City council approves bus lanes", since the
 * title is shown under every quote. The line itself stays in story.txt as written.
 */
export function headline(line: string): string {
  let t = line.trim();
  t = t.replace(/^#{1,6}\s+(.*?)(?:\s+#+)?$/u, '$1').replace(/^[-*•]\s+/u, '');
  const wrapped = /^(\*\*|__|\*|_)(.+)\1$/u.exec(t);
  return (wrapped?.[2] ?? t).trim();
}

/**
 * The title an article gives itself: the headline of its first line that has a letter or a digit. A
 * first line of marks alone (a Markdown rule "* * *" or "---", an empty "** **") would title the story
 * with nothing, or with the marks, under every quote.
 */
export function headlineOf(text: string): string {
  for (const line of text.split('\n')) {
    const h = headline(line);
    if (/[\p{L}\p{N}]/u.test(h)) return h;
  }
  return '';
}

/**
 * Whether two stories hold the same article: the same sentences, in order, whatever their line ends,
 * blank lines or titles. An article added twice (a newsroom pasting it again, an editor re-running
 * add-story) would answer every question with each sentence twice, once per copy.
 */
export function sameArticle(a: Pick<LoadedStory, 'sentences'>, b: Pick<LoadedStory, 'sentences'>): boolean {
  return a.sentences.length === b.sentences.length && a.sentences.every((s, i) => s.text === b.sentences[i]?.text);
}

/**
 * Validates a draft and turns it into a story folder's files and the loaded story.
 * @param taken ids already in use (a draft with one of them as its id is refused; a derived id avoids them)
 * @param today the date used when the draft gives none (ISO, "2025-02-13")
 * @throws StoryDraftError when the text is empty, too long, not text, or the id is bad or taken
 */
export function storyFromDraft(draft: StoryDraft, taken: ReadonlySet<string>, today: string): { id: string; files: StoryFiles; story: LoadedStory } {
  if (typeof draft?.text !== 'string') throw new StoryDraftError('The story has no text.');
  if (draft.text.length > MAX_STORY_CHARS) throw new StoryDraftError(`The story is too long: at most ${MAX_STORY_CHARS} characters.`);
  // Control characters other than line breaks and tabs mean a binary file, not an article.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(draft.text)) throw new StoryDraftError('That does not look like plain text (it holds control characters).');
  const text = storyText(draft.text);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new StoryDraftError('The story has no text.');
  const language = draft.language ?? detectLanguage(text);
  if (!isLanguage(language)) throw new StoryDraftError(`The language must be ${languageChoices()}.`);
  // A language the letters contradict (an Arabic article given as English) would be analysed with the
  // wrong stemmer and bridged the wrong way: every question about it would quietly miss. A story quotes
  // names and acronyms in the other script, so only a clear majority against the choice refuses it.
  const written = detectLanguage(text);
  if (written !== language && countLettersOf(text, language) * MIN_LETTER_SHARE < countLettersOf(text, written)) {
    throw new StoryDraftError(
      `The text is written in ${LANGUAGES[written].name}, not ${LANGUAGES[language].name}: choose ${LANGUAGES[written].name} ("${written}"), or leave the language out to have it detected.`,
    );
  }
  const title = (draft.title ?? '').trim() || headlineOf(text).slice(0, 120);
  const published = draft.published ?? today;
  if (!isCalendarDate(published)) {
    throw new StoryDraftError('The date must be a day of the calendar, written like 2025-02-13.');
  }
  if (draft.url !== undefined && !/^https?:\/\/\S+$/.test(draft.url)) throw new StoryDraftError('The link must be an http(s) address.');
  let id: string;
  if (draft.id !== undefined) {
    if (!ID.test(draft.id)) throw new StoryDraftError('The id may hold only lowercase letters, digits and dashes.');
    if (taken.has(draft.id)) throw new StoryDraftError(`A story with the id "${draft.id}" is already loaded.`);
    id = draft.id;
  } else {
    id = storyId(title, published, taken);
  }
  const source = (draft.source ?? '').trim() || 'unknown source';
  const meta = {
    title: { ar: title, en: title },
    source,
    language,
    published,
    note: draft.note?.trim() || `Added by a user; quoted as given.`,
    ...(draft.url === undefined ? {} : { url: draft.url }),
    ...(draft.machineTranslated === true ? { machineTranslated: true } : {}),
  };
  const files: StoryFiles = { 'story.txt': `${text}\n`, 'story.json': `${JSON.stringify(meta, null, 2)}\n` };
  try {
    return { id, files, story: storyFromFiles(id, files, `(story ${id})`) };
  } catch (e) {
    if (e instanceof KnowledgeError) throw new StoryDraftError(e.problem);
    throw e;
  }
}

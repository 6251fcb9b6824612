/**
 * One story folder: story.txt (verbatim, one paragraph a line), story.json (metadata), and the optional
 * story.en.tsv (an English rendering, one "ref<TAB>sentence" a line: the project's own, or a machine
 * translation when its first line is "# machine translation: <server>") and lexicon.jsonl.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLanguage, LANGUAGE_CODES, type Language, languageChoices, perLanguage } from '../text/languages.js';
import type { StoryInfo, TranslationKind } from '../types.js';
import { ARTICLE_TEXT_PROBLEMS, decodeArticle } from './article-text.js';
import { KnowledgeError, lineAt } from './errors.js';
import { type LexiconEntry, parseLexicon } from './lexicon.js';
import { type Paragraph, type Sentence, segmentStory } from './segment.js';

/** A story as loaded: metadata, paragraphs, sentences and the English rendering by label. */
export interface LoadedStory {
  readonly info: StoryInfo;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** English rendering by citation label; may be empty. */
  readonly translations: ReadonlyMap<string, string>;
  /** The story's own lexicon additions (hand-written, optional). */
  readonly lexicon: readonly LexiconEntry[];
  /**
   * The story's vocabulary as `add-story` derived it (vocabulary.jsonl: names, their spellings in the
   * other script, frequent words), when the folder holds it; otherwise it is derived at start-up.
   */
  readonly vocabulary?: readonly LexiconEntry[];
  /** Whether the folder holds precomputed WordNet synonyms (synonyms.en.json). */
  readonly hasSynonyms: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a text is a date of the calendar written as ISO's YYYY-MM-DD: "2025-02-30" has the shape, and
 * Date.parse takes it (for 2 March), but no such day was a story's.
 */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** The first line of a machine-made story.en.tsv (a comment, so the rendering's parser skips it). */
const MACHINE_HEADER = /^#\s*machine translation\b/i;

/**
 * The first line of story.en.tsv that marks it as a machine translation, naming the server it came
 * from (its host only: a URL may carry a path or credentials).
 * @example machineRenderingHeader('translate.example.org', '2026-11-29') // "# machine translation: translate.example.org, 2026-11-29"
 */
export function machineRenderingHeader(host: string, date: string): string {
  return `# machine translation: ${host}, ${date}`;
}

/** Who made a story.en.tsv: "machine" when its first non-blank line is the machine header, else "project". */
export function translationKindOf(src: string): TranslationKind {
  const first = src
    .replace(/^\uFEFF/, '')
    .split('\n')
    .find((l) => l.trim() !== '');
  return first !== undefined && MACHINE_HEADER.test(first.trim()) ? 'machine' : 'project';
}

/**
 * Loads and validates one story folder.
 * @throws KnowledgeError with the file, line and problem
 */
export function loadStory(dir: string, id: string, handMade = true): LoadedStory {
  // One directory read tells which files exist (a thousand stories, a few thousand fewer syscalls).
  const names = new Set(readdirSync(dir));
  const files: Record<string, string> = {};
  for (const name of handMade ? STORY_FILES : GENERATED_FILES) if (names.has(name) && name !== 'story.txt') files[name] = readFileSync(join(dir, name), 'utf8');
  // The article as add-story reads it: one dropped in by hand in a legacy code page would otherwise be
  // quoted as replacement characters, and one saved as UTF-16 would not be read at all.
  if (names.has('story.txt')) {
    const decoded = decodeArticle(readFileSync(join(dir, 'story.txt')));
    if (!('text' in decoded)) throw new KnowledgeError(join(dir, 'story.txt'), undefined, ARTICLE_TEXT_PROBLEMS[decoded.problem]);
    files['story.txt'] = decoded.text;
  }
  // A machine rendering was fetched by add-story, not written by hand: it stays when hand-made data is left out.
  if (!handMade && names.has('story.en.tsv')) {
    const en = readFileSync(join(dir, 'story.en.tsv'), 'utf8');
    if (translationKindOf(en) === 'machine') files['story.en.tsv'] = en;
  }
  return storyFromFiles(id, files, dir, handMade && names.has('synonyms.en.json'));
}

/** The files of a story folder that loading reads (synonyms.en.json is read with the shared data). */
export const STORY_FILES = ['story.txt', 'story.json', 'story.en.tsv', 'lexicon.jsonl', 'vocabulary.jsonl'] as const;

/** The story files nobody writes by hand: the article, its metadata, and what `add-story` derived. */
const GENERATED_FILES = ['story.txt', 'story.json', 'vocabulary.jsonl'] as const;

/**
 * Validates a story from its files' contents, by name (as a folder holds them).
 * @param dir where the files are, for error messages (a folder, or a label for a story added at run time)
 * @throws KnowledgeError with the file, line and problem
 */
export function storyFromFiles(id: string, files: Readonly<Record<string, string>>, dir: string, hasSynonyms = false): LoadedStory {
  const txtFile = join(dir, 'story.txt');
  const metaFile = join(dir, 'story.json');
  const txt = files['story.txt'];
  const metaSrc = files['story.json'];
  if (txt === undefined) throw new KnowledgeError(txtFile, undefined, 'missing: every story folder needs story.txt (one paragraph a line)');
  if (metaSrc === undefined)
    throw new KnowledgeError(metaFile, undefined, 'missing: every story folder needs story.json (title, source, language, published, note)');
  const text = txt.replace(/^\uFEFF/, '');
  const paragraphs = segmentStory(text);
  const sentences = paragraphs.flatMap((p) => p.sentences);
  if (sentences.length === 0) throw new KnowledgeError(txtFile, 1, 'the story has no sentences');
  const meta = parseMeta(metaSrc, metaFile);
  const refs = new Set(sentences.map((s) => s.ref));
  const en = files['story.en.tsv'];
  const translations = en === undefined ? new Map<string, string>() : parseTranslations(en, join(dir, 'story.en.tsv'), refs);
  const lex = files['lexicon.jsonl'];
  const lexicon = lex === undefined ? [] : parseLexicon(lex, join(dir, 'lexicon.jsonl'));
  const voc = files['vocabulary.jsonl'];
  const vocabulary = voc === undefined ? undefined : parseLexicon(voc, join(dir, 'vocabulary.jsonl'));
  const info: StoryInfo = {
    id,
    ...meta,
    ...(en === undefined || translations.size === 0 ? {} : { translation: translationKindOf(en) }),
    sentences: sentences.length,
    paragraphs: paragraphs.length,
  };
  return { info, text, paragraphs, sentences, translations, lexicon, ...(vocabulary ? { vocabulary } : {}), hasSynonyms };
}

type Meta = Omit<StoryInfo, 'id' | 'sentences' | 'paragraphs'>;

function parseMeta(src: string, file: string): Meta {
  let v: unknown;
  try {
    v = JSON.parse(src);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    throw new KnowledgeError(file, pos ? lineAt(src, Number(pos[1])) : undefined, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new KnowledgeError(file, 1, 'expected a JSON object');
  const o = v as Record<string, unknown>;
  const where = (key: string) => {
    const i = src.indexOf(`"${key}"`);
    return i < 0 ? 1 : lineAt(src, i);
  };
  const title = o.title;
  if (typeof title !== 'object' || title === null || !LANGUAGE_CODES.every((code) => typeof (title as Record<string, unknown>)[code] === 'string')) {
    throw new KnowledgeError(file, where('title'), `"title" must be {${LANGUAGE_CODES.map((code) => `"${code}": "..."`).join(', ')}}`);
  }
  for (const key of ['source', 'published', 'note'] as const) {
    if (typeof o[key] !== 'string' || (o[key] as string).trim() === '') throw new KnowledgeError(file, where(key), `"${key}" must be a non-empty string`);
  }
  if (!isCalendarDate(o.published as string)) {
    throw new KnowledgeError(file, where('published'), '"published" must be a date of the calendar, written like "2025-02-13"');
  }
  if (!isLanguage(o.language)) throw new KnowledgeError(file, where('language'), `"language" must be ${languageChoices()}`);
  if (o.url !== undefined && (typeof o.url !== 'string' || !/^https?:\/\//.test(o.url))) {
    throw new KnowledgeError(file, where('url'), '"url" must be an http(s) address');
  }
  if (o.machineTranslated !== undefined && typeof o.machineTranslated !== 'boolean') {
    throw new KnowledgeError(file, where('machineTranslated'), '"machineTranslated" must be true or false (true when story.txt is a machine translation)');
  }
  const t = title as Record<Language, string>;
  const meta: Meta = {
    title: perLanguage((code) => t[code]),
    source: o.source as string,
    language: o.language,
    published: o.published as string,
    note: o.note as string,
  };
  return {
    ...meta,
    ...(typeof o.url === 'string' ? { url: o.url } : {}),
    ...(o.machineTranslated === true ? { machineTranslated: true as const } : {}),
  };
}

function parseTranslations(src: string, file: string, refs: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  src.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new KnowledgeError(file, i + 1, 'expected "<label><TAB><English sentence>"');
    const ref = line.slice(0, tab).trim();
    const text = line.slice(tab + 1).trim();
    if (!refs.has(ref)) throw new KnowledgeError(file, i + 1, `label "${ref}" is not a sentence of story.txt`);
    if (text === '') throw new KnowledgeError(file, i + 1, `empty translation for "${ref}"`);
    if (out.has(ref)) throw new KnowledgeError(file, i + 1, `label "${ref}" appears twice`);
    out.set(ref, text);
  });
  return out;
}

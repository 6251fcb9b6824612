/**
 * The names found in each story (src/search/names.ts), remembered between starts, so a story dropped
 * into the knowledge folder by hand (story.txt and story.json only, no vocabulary.jsonl) pays for
 * name finding once, not at every start.
 *
 * The cache is one JSON file in a `.cache` folder beside the story folders (the loader skips folders
 * whose name starts with a dot; the folder ignores itself in git). Its file name carries a fingerprint
 * of everything name finding reads besides the story: the name cues, the common English words, the
 * stop words, the lexicon's protected Arabic names, the dictionary file, and the source of the code
 * that finds names. Inside, each story's names are kept under a hash of its language and story.txt.
 * So a changed story, cue list, dictionary or name finder is found again, never read stale; and since
 * a story's names depend on that story alone, a cached story gives exactly the entries finding them
 * would give, and the index the same concepts.
 *
 * The cache is an optimisation only: a folder it cannot write (read-only, full disk) or a file it
 * cannot read is reported in the status, never thrown.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConceptKind, LexiconEntry } from '../knowledge/lexicon.js';
import type { Knowledge } from '../knowledge/load.js';
import type { LoadedStory } from '../knowledge/story.js';
import { DICTIONARY_FILE } from '../text/dictionary.js';

/** What the name cache did at one start: plain data, for the front end to log. */
export interface NameCacheStatus {
  /** The cache file read and written. */
  readonly file: string;
  /** Stories whose names came from the cache. */
  readonly hits: number;
  /** Stories whose names were found afresh (new, changed, or no usable cache). */
  readonly misses: number;
  /** Whether the file was (re)written. */
  readonly written: boolean;
  /** Why the cache could not be read or written, when it could not ("" otherwise). */
  readonly problem: string;
}

/** The cache files kept per folder: one per fingerprint (the seed folder is loaded with and without hand-made data). */
const KEPT_FILES = 4;

/** A cache file's contents. */
interface CacheFile {
  readonly fingerprint: string;
  /** By story id: the hash of its language and text, and its names (without file and line). */
  readonly stories: Record<string, { readonly text: string; readonly names: readonly CachedEntry[] }>;
}

type CachedEntry = Pick<LexiconEntry, 'id' | 'kind' | 'en' | 'ar' | 'roles'>;

/**
 * Each story's names, from the cache when it holds them for the story's current text, else from `find`
 * (and then remembered). Stories with a vocabulary.jsonl are not asked for: callers use theirs.
 * @param cacheDir the folder for the cache file (created when missing)
 * @param fingerprint what the names depend on besides the story (nameEvidenceFingerprint)
 * @param find finds one story's names (findNames with its evidence); undefined leaves the story for
 *   later (a first start answering before names are found): it is then absent from `byStory`, and the
 *   file is not written, since the start that finds them writes it
 */
export function namesThroughCache(
  stories: readonly LoadedStory[],
  cacheDir: string,
  fingerprint: string,
  find: (story: LoadedStory) => readonly LexiconEntry[] | undefined,
): { byStory: Map<string, readonly LexiconEntry[]>; status: NameCacheStatus } {
  const file = join(cacheDir, `names-${fingerprint.slice(0, 16)}.json`);
  let problem = '';
  let old: CacheFile['stories'] = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.fingerprint === fingerprint && typeof parsed.stories === 'object' && parsed.stories !== null) old = parsed.stories;
  } catch (e) {
    // No cache yet is the ordinary first start; anything else (a damaged file) is worth saying.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') problem = `could not read ${file} (${(e as Error).message}); names were found afresh`;
  }
  const byStory = new Map<string, readonly LexiconEntry[]>();
  const hashes = new Map<string, string>();
  let hits = 0;
  let misses = 0;
  let deferred = 0;
  for (const story of stories) {
    if (story.vocabulary !== undefined) continue;
    const id = story.info.id;
    const text = storyHash(story);
    hashes.set(id, text);
    const cached = old[id];
    let names: readonly LexiconEntry[] | undefined;
    if (cached !== undefined && cached.text === text && Array.isArray(cached.names)) {
      names = cached.names.map((e) => restore(e, id));
      hits++;
    } else {
      names = find(story);
      if (names === undefined) {
        deferred++;
        continue;
      }
      misses++;
    }
    byStory.set(id, names);
  }
  // Rewritten only when it would change: a new or changed story, or one gone from the folder. (The
  // file's contents are put together only then: a later start, which reads every story from it, has
  // nothing to write.)
  const stale = deferred === 0 && (misses > 0 || Object.keys(old).some((id) => !hashes.has(id)));
  let written = false;
  if (stale) {
    const fresh: Record<string, { text: string; names: CachedEntry[] }> = {};
    for (const [id, text] of hashes) fresh[id] = { text, names: (byStory.get(id) ?? []).map(({ id, kind, en, ar, roles }) => ({ id, kind, en, ar, roles })) };
    try {
      writeCache(file, { fingerprint, stories: fresh });
      written = true;
    } catch (e) {
      problem = `could not write the name cache ${file} (${(e as Error).message}); start-up finds the names of stories without vocabulary.jsonl every time`;
    }
  }
  return { byStory, status: { file, hits, misses, written, problem } };
}

function restore(e: CachedEntry, storyId: string): LexiconEntry {
  // The same shape findNames gives (src/search/names.ts), so cached and found names are indistinguishable.
  return {
    id: e.id,
    kind: e.kind as ConceptKind,
    en: e.en,
    ar: e.ar,
    roles: e.roles,
    of: [],
    file: `(found in ${storyId})`,
    line: 0,
  };
}

/** Writes the cache file whole (a temporary file renamed over it, so a reader never sees half) and drops the oldest others. */
function writeCache(file: string, content: CacheFile): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  // The folder keeps itself out of git, wherever the knowledge folder lives.
  const ignore = join(dir, '.gitignore');
  try {
    statSync(ignore);
  } catch {
    writeFileSync(ignore, '*\n');
  }
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, JSON.stringify(content));
  renameSync(tmp, file);
  // Another process starting at the same moment may be pruning too: a file gone meanwhile is no error.
  const others = readdirSync(dir)
    .filter((f) => /^names-.*\.json$/.test(f) && join(dir, f) !== file)
    .map((f) => ({ f: join(dir, f), t: mtimeOf(join(dir, f)) }))
    .sort((a, b) => b.t - a.t);
  for (const o of others.slice(KEPT_FILES - 1)) {
    try {
      unlinkSync(o.f);
    } catch {
      // already removed
    }
  }
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** The hash a story's cached names are kept under: its language (name finding reads it) and its text. */
function storyHash(story: LoadedStory): string {
  return createHash('sha1').update(story.info.language).update('\n').update(story.text).digest('base64url');
}

/**
 * The code that decides a story's names: its source is part of the fingerprint, so a changed name
 * finder (or tokenizer, stemmer, sentence splitter) never reads names an older one found.
 */
const NAME_CODE = [
  ['search', ['names', 'index']],
  ['knowledge', ['segment']],
  // languages: the language registry the analyzer reads, where there is one (a missing file counts as missing).
  ['text', ['analyzer', 'arabic', 'dictionary', 'english', 'languages', 'normalize', 'tokenize', 'transliterate']],
] as const;

/**
 * A fingerprint of everything a story's found names depend on besides the story itself (see the
 * module comment). Costs a few milliseconds: the dictionary by its size and time of change, the rest
 * by content.
 * @param protectedArabic the Arabic names the analyzer keeps from stemming (they change its keys)
 */
export function nameEvidenceFingerprint(knowledge: Knowledge, protectedArabic: readonly string[]): string {
  const h = createHash('sha1');
  const part = (label: string, value: string) => h.update(`\u0000${label}\u0000${value}`);
  part('cues', JSON.stringify(knowledge.nameCues));
  part('stop', JSON.stringify(knowledge.stopwords));
  part('common', [...knowledge.commonEnglish].join('\n'));
  part('names', [...knowledge.englishNames].join('\n'));
  part('peoples', [...knowledge.englishPeoples].join('\n'));
  part('first names', [...knowledge.englishFirstNames].join('\n'));
  part('speaker nouns', [...knowledge.englishSpeakerNouns].join('\n'));
  part('person nouns', [...(knowledge.englishPersonNouns ?? [])].join('\n'));
  part('protected', protectedArabic.join('\n'));
  if (knowledge.dictionary === undefined) part('dictionary', 'none');
  else {
    try {
      const st = statSync(join(knowledge.dir, DICTIONARY_FILE));
      part('dictionary', `${st.size}:${st.mtimeMs}`);
    } catch {
      part('dictionary', 'loaded, file gone');
    }
  }
  const here = fileURLToPath(import.meta.url);
  const src = dirname(dirname(here));
  const ext = extname(here);
  for (const [folder, files] of NAME_CODE) {
    for (const f of files) {
      try {
        part(`${folder}/${f}`, readFileSync(join(src, folder, `${f}${ext}`), 'utf8'));
      } catch {
        part(`${folder}/${f}`, 'missing');
      }
    }
  }
  return h.digest('hex');
}

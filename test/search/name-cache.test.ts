import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { type LoadOptions, loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, type SearchIndex } from '../../src/search/index.js';

// Stories dropped in by hand (story.txt and story.json, no vocabulary.jsonl): their names are found at
// the first start and remembered in <stories>/.cache for the next. Two stories share a person (حداد),
// so the cache must also give the same merged concept as finding the names does.
const STORIES: Record<string, { lines: string[]; language: 'ar' | 'en' }> = {
  'ar-finance': {
    language: 'ar',
    lines: ['قال وزير المالية سامر حداد إن الحكومة ستخفض الضرائب على الوقود في مارس.', 'وأضاف حداد أن الانتخابات البرلمانية ستجري في الخريف.'],
  },
  'ar-rain': {
    language: 'ar',
    lines: ['وقالت المتحدثة باسم البلدية ليلى نصار إن الأمطار الغزيرة أغلقت الطرق في طرابلس.', 'ولم يعلق حداد على الأمطار.'],
  },
  'en-homes': {
    language: 'en',
    lines: [
      'The mayor of Denver, Mike Johnston, said on Monday that 300 new homes will open in February.',
      'Johnston added that the city council approved the plan.',
    ],
  },
};

const made: string[] = [];
afterAll(() => {
  for (const d of made) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

function writeStory(dir: string, id: string, lines: readonly string[], language: 'ar' | 'en'): void {
  mkdirSync(join(dir, id), { recursive: true });
  writeFileSync(join(dir, id, 'story.txt'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(dir, id, 'story.json'),
    JSON.stringify({ title: { ar: id, en: id }, source: 'Test', language, published: '2026-01-01', note: 'Written for a test.' }),
  );
}

/** A folder of the test stories. */
function storiesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-names-cache-'));
  made.push(dir);
  for (const [id, s] of Object.entries(STORIES)) writeStory(dir, id, s.lines, s.language);
  return dir;
}

const load = (storiesDir: string, options: LoadOptions = {}, knowledgeDir = DEFAULT_KNOWLEDGE_DIR) =>
  loadKnowledge(knowledgeDir, { storiesDir, handMade: false, ...options });

/** What the names make of the index: the concepts, each story's names, and every posting list. */
function concepts(index: SearchIndex) {
  return {
    names: index.names,
    byStory: [...index.namesByStory],
    postings: [...index.postings].map(([k, v]) => [k, [...v]]),
    nameKeys: [...index.nameKeys].sort(),
  };
}

const cacheFiles = (dir: string) => readdirSync(join(dir, '.cache')).filter((f) => f.endsWith('.json'));

describe('the cache of names found in stories', () => {
  it('finds names at the first start and reads them at the next', () => {
    const dir = storiesFolder();
    const first = buildIndex(load(dir));
    expect(first.nameCache).toMatchObject({ hits: 0, misses: 3, written: true, problem: '' });
    const second = buildIndex(load(dir));
    expect(second.nameCache).toMatchObject({ hits: 3, misses: 0, written: false, problem: '' });
    // The folder keeps itself out of git.
    expect(readFileSync(join(dir, '.cache', '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('gives the index the same concepts as finding the names does', () => {
    const dir = storiesFolder();
    const fresh = buildIndex(load(dir, { cache: false }));
    buildIndex(load(dir));
    const cached = buildIndex(load(dir));
    expect(cached.nameCache?.hits).toBe(3);
    expect(concepts(cached)).toEqual(concepts(fresh));
    // The person of two stories is one concept, with both stories' sentences on its key.
    const haddad = cached.names.find((e) => e.ar.includes('حداد'));
    expect(haddad?.kind).toBe('person');
    const stories = new Set([...(cached.postings.get(`c:${haddad?.id}`) ?? [])].map((gid) => cached.sentences[gid]?.story));
    expect(stories.size).toBe(2);
  });

  it('reads the names from the cache file, not from the story', () => {
    // A cached entry edited by hand is what the index gets: proof that a hit does not find names again.
    const dir = storiesFolder();
    buildIndex(load(dir));
    const [file] = cacheFiles(dir);
    const path = join(dir, '.cache', file as string);
    const cache = JSON.parse(readFileSync(path, 'utf8'));
    const entry = cache.stories['en-homes'].names.find((e: { en: string[] }) => e.en.includes('Johnston'));
    entry.kind = 'org';
    writeFileSync(path, JSON.stringify(cache));
    const index = buildIndex(load(dir));
    expect(index.namesByStory.get('en-homes')?.find((e) => e.en.includes('Johnston'))?.kind).toBe('org');
  });

  it('finds the names of a story again when its text changes, and only of that story', () => {
    const dir = storiesFolder();
    buildIndex(load(dir));
    writeStory(dir, 'en-homes', ['Governor Jared Polis said the plan will go ahead.', 'Polis spoke in Boulder.'], 'en');
    const index = buildIndex(load(dir));
    expect(index.nameCache).toMatchObject({ hits: 2, misses: 1, written: true });
    const names = index.namesByStory.get('en-homes') ?? [];
    expect(names.some((e) => e.en.includes('Polis'))).toBe(true);
    expect(names.some((e) => e.en.includes('Johnston'))).toBe(false);
  });

  it('forgets a story removed from the folder', () => {
    const dir = storiesFolder();
    buildIndex(load(dir));
    rmSync(join(dir, 'ar-rain'), { recursive: true });
    expect(buildIndex(load(dir)).nameCache).toMatchObject({ hits: 2, misses: 0, written: true });
    const [file] = cacheFiles(dir);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, '.cache', file as string), 'utf8')).stories).sort()).toEqual(['ar-finance', 'en-homes']);
  });

  it('finds every story again when the name cues or the dictionary change', () => {
    // A copy of the shared knowledge, so its files can change.
    const shared = mkdtempSync(join(tmpdir(), 'sanad-names-shared-'));
    made.push(shared);
    for (const f of readdirSync(DEFAULT_KNOWLEDGE_DIR, { withFileTypes: true }))
      if (!f.isDirectory() || f.name === 'dictionary') cpSync(join(DEFAULT_KNOWLEDGE_DIR, f.name), join(shared, f.name), { recursive: true });
    const dir = storiesFolder();
    buildIndex(load(dir, {}, shared));
    expect(buildIndex(load(dir, {}, shared)).nameCache?.hits).toBe(3);

    // A new verb of saying: the names found may change, so none is read from the cache.
    const cuesFile = join(shared, 'name-cues.json');
    const cues = JSON.parse(readFileSync(cuesFile, 'utf8'));
    cues.saying.en.push('remarked');
    writeFileSync(cuesFile, JSON.stringify(cues));
    expect(buildIndex(load(dir, {}, shared)).nameCache).toMatchObject({ hits: 0, misses: 3 });
    expect(buildIndex(load(dir, {}, shared)).nameCache?.hits).toBe(3);

    // The dictionary rebuilt (a new time of change) decides which words are ordinary.
    const dictionary = join(shared, 'dictionary', 'dictionary.tsv');
    utimesSync(dictionary, new Date(), new Date(Date.now() + 60_000));
    expect(buildIndex(load(dir, {}, shared)).nameCache).toMatchObject({ hits: 0, misses: 3 });
  });

  it('starts, with the same names, when the cache cannot be written', () => {
    // `.cache` taken by a file: the folder cannot be made (as in a read-only knowledge folder).
    const dir = storiesFolder();
    writeFileSync(join(dir, '.cache'), 'not a folder');
    const index = buildIndex(load(dir));
    expect(index.nameCache?.written).toBe(false);
    expect(index.nameCache?.problem).toMatch(/could not write the name cache/);
    expect(concepts(index)).toEqual(concepts(buildIndex(load(dir, { cache: false }))));
    // The engine hands the problem to the front end, which logs it (src/main.ts).
    expect(createEngine({ knowledge: load(dir) }).startupProblems).toEqual([index.nameCache?.problem]);
    expect(createEngine({ knowledge: load(storiesFolder()) }).startupProblems).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('starts from a read-only knowledge folder', () => {
    // Root writes anywhere, so this runs only as an ordinary user.
    const dir = storiesFolder();
    chmodSync(dir, 0o555);
    const index = buildIndex(load(dir));
    expect(index.nameCache?.problem).toMatch(/could not write/);
    expect(index.namesByStory.get('en-homes')?.some((e) => e.en.includes('Johnston'))).toBe(true);
  });

  it('finds the names afresh, and says so, when the cache file is damaged', () => {
    const dir = storiesFolder();
    buildIndex(load(dir));
    const [file] = cacheFiles(dir);
    writeFileSync(join(dir, '.cache', file as string), '{"fingerprint": ');
    const index = buildIndex(load(dir));
    expect(index.nameCache).toMatchObject({ hits: 0, misses: 3, written: true });
    expect(index.nameCache?.problem).toMatch(/could not read/);
    expect(buildIndex(load(dir)).nameCache?.hits).toBe(3);
  });

  it('keeps a few cache files (one per fingerprint) and drops the oldest', () => {
    // Left by older versions of the name finder, or by loading with and without hand-made data.
    const dir = storiesFolder();
    mkdirSync(join(dir, '.cache'));
    for (let i = 0; i < 5; i++) {
      const old = join(dir, '.cache', `names-old${i}.json`);
      writeFileSync(old, '{}');
      utimesSync(old, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
    }
    const index = buildIndex(load(dir));
    expect(cacheFiles(dir).sort()).toEqual([basename(index.nameCache?.file ?? ''), 'names-old2.json', 'names-old3.json', 'names-old4.json'].sort());
  });

  it('is not used for stories that carry vocabulary.jsonl, nor when turned off', () => {
    const dir = storiesFolder();
    writeFileSync(join(dir, 'en-homes', 'vocabulary.jsonl'), '{"id":"auto-jnstn","kind":"person","en":["Johnston"],"ar":[]}\n');
    expect(buildIndex(load(dir)).nameCache).toMatchObject({ hits: 0, misses: 2 });
    const off = mkdtempSync(join(tmpdir(), 'sanad-names-off-'));
    made.push(off);
    writeStory(off, 'en-homes', STORIES['en-homes']?.lines ?? [], 'en');
    expect(buildIndex(load(off, { cache: false })).nameCache).toBeUndefined();
    expect(readdirSync(off)).toEqual(['en-homes']);
  });
});

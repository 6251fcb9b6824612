import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { type LoadOptions, loadKnowledge, withStories } from '../../src/knowledge/load.js';
import { buildIndex, findPendingNames, type SearchIndex } from '../../src/search/index.js';

// Names left for later (BuildOptions.deferNames) and found in the background (findPendingNames): the
// index built with them must be the one a start that found them at once builds, posting list for
// posting list. Two Arabic stories share a person (حداد), whose concept joins both.
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
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function storiesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-deferred-names-'));
  made.push(dir);
  for (const [id, s] of Object.entries(STORIES)) {
    mkdirSync(join(dir, id));
    writeFileSync(join(dir, id, 'story.txt'), `${s.lines.join('\n')}\n`);
    writeFileSync(
      join(dir, id, 'story.json'),
      JSON.stringify({ title: { ar: id, en: id }, source: 'Test', language: s.language, published: '2026-01-01', note: 'Written for a test.' }),
    );
  }
  return dir;
}

const load = (dir: string, options: LoadOptions = {}) => loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: dir, handMade: false, ...options });

/** What the names make of the index: the concepts, each story's names, and every posting list in order. */
function concepts(index: SearchIndex) {
  return {
    names: index.names,
    byStory: [...index.namesByStory],
    postings: [...index.postings].map(([k, v]) => [k, [...v]]),
    nameKeys: [...index.nameKeys].sort(),
    firstNameKeys: [...index.firstNameKeys].sort(),
    skeletons: [...index.nameSkeletons],
  };
}

describe('names left for later and found in the background', () => {
  it('leaves the names of uncached stories out, and the cache unwritten', () => {
    const dir = storiesFolder();
    const quick = buildIndex(load(dir), { deferNames: true });
    expect(quick.namesPending?.map((s) => s.info.id)).toEqual(Object.keys(STORIES));
    expect(quick.names).toEqual([]);
    expect(quick.nameCache).toMatchObject({ hits: 0, misses: 0, written: false });
    expect(existsSync(join(dir, '.cache'))).toBe(false);
    // Cached stories are not pending: a later start defers nothing.
    buildIndex(load(dir));
    expect(buildIndex(load(dir), { deferNames: true }).namesPending).toBeUndefined();
  });

  it('builds, with the names found, the index a start that found them at once builds', async () => {
    const dir = storiesFolder();
    const reference = buildIndex(load(dir, { cache: false }));
    expect(reference.names.some((e) => e.ar.includes('حداد'))).toBe(true);
    const knowledge = load(dir);
    const quick = buildIndex(knowledge, { deferNames: true });
    expect(concepts(quick)).not.toEqual(concepts(reference));
    const found = await findPendingNames(quick, 0);
    expect([...found.names.keys()]).toEqual(quick.namesPending);
    const full = buildIndex(knowledge, { found });
    expect(full.namesPending).toBeUndefined();
    expect(concepts(full)).toEqual(concepts(reference));
    // Remembered as names found at start-up are: the next start reads all three.
    expect(full.nameCache).toMatchObject({ misses: 3, written: true });
    expect(buildIndex(load(dir)).nameCache).toMatchObject({ hits: 3, misses: 0 });
  });

  it("takes names found before stories were added, and finds the new stories' own", async () => {
    const dir = storiesFolder();
    const knowledge = load(dir, { cache: false });
    const found = await findPendingNames(buildIndex(knowledge, { deferNames: true }), 0);
    // Found for the first story only, as if the other two had come afterwards; its names edited, so
    // the index shows whether they were taken or found again.
    const first = knowledge.stories[0] as (typeof knowledge.stories)[number];
    const edited = (found.names.get(first) ?? []).map((e) => ({ ...e, kind: 'org' as const }));
    expect(edited.length).toBeGreaterThan(0);
    const partial = { ...found, names: new Map([[first, edited]]) };
    // A new lexicon array with the same entries (as adding a story makes): the names still hold.
    const grown = withStories(knowledge, [...knowledge.stories]);
    expect(grown.lexicon).not.toBe(knowledge.lexicon);
    const index = buildIndex(grown, { found: partial });
    const reference = buildIndex(knowledge);
    expect(index.namesByStory.get(first.info.id)).toEqual(edited);
    for (const s of knowledge.stories.slice(1)) expect(index.namesByStory.get(s.info.id)).toEqual(reference.namesByStory.get(s.info.id));
  });
});

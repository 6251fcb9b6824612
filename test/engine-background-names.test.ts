import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';
import { type LoadOptions, loadKnowledge } from '../src/knowledge/load.js';
import type { Engine } from '../src/types.js';

// The bot's first start after stories were dropped in by hand (story.txt and story.json, no
// vocabulary.jsonl, no name cache) answers before their names are found, and swaps in the full index
// when a background pass has found them. Four stories of the cross-language benchmark, two in each
// language, and their development questions in all four directions.
const XLING = join(import.meta.dirname, 'eval', 'xling');
// (A story folder's name starts with a letter: `npm run eval` leaves a .cache beside them.)
const storiesIn = (lang: string) => readdirSync(join(XLING, 'stories', lang)).filter((f) => !f.startsWith('.'));
const STORIES = [...storiesIn('ar').slice(0, 2), ...storiesIn('en').slice(0, 2)];
const QUESTIONS = readdirSync(XLING)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(XLING, f), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { story: string; text: string; split: string })
  .filter((q) => q.split === 'dev' && STORIES.includes(q.story))
  .map((q) => q.text);

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function storiesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-background-names-'));
  made.push(dir);
  for (const id of STORIES) {
    const lang = storiesIn('ar').includes(id) ? 'ar' : 'en';
    cpSync(join(XLING, 'stories', lang, id), join(dir, id), { recursive: true });
  }
  return dir;
}

const load = (dir: string, options: LoadOptions = {}) => loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir: dir, handMade: false, ...options });
// A fixed clock: the chat state records when it was made.
const NOW = Date.UTC(2026, 0, 1);
// Four stories: below the folder size from which the bot finds names in the background (namesBackgroundFrom).
const BACKGROUND = { namesBackgroundFrom: 1 };
const answerOf = (engine: Engine, q: string) => JSON.stringify(engine.ask(q, undefined, { now: NOW }));

describe('a first start that answers before names are found', () => {
  it('answers at once, and after the swap exactly as a start that found the names first', async () => {
    expect(QUESTIONS.length).toBeGreaterThan(30);
    const dir = storiesFolder();
    // The reference finds every name before answering (and keeps no cache).
    const found = createEngine({ knowledge: load(dir, { cache: false }) });
    expect(found.namesFound).toBeUndefined();
    const engine = createEngine({ knowledge: load(dir), names: 'background', options: BACKGROUND });
    expect(engine.namesFound).toBeDefined();
    const before = QUESTIONS.map((q) => answerOf(engine, q));
    // Without the names as concepts, some answers differ: the swap is what makes them today's.
    expect(before.filter((a, i) => a !== answerOf(found, QUESTIONS[i] as string)).length).toBeGreaterThan(0);
    expect(await engine.namesFound).toEqual([]);
    for (const q of QUESTIONS) expect(answerOf(engine, q), q).toBe(answerOf(found, q));

    // The pass remembered the names: the next start has nothing left to find.
    const later = createEngine({ knowledge: load(dir), names: 'background', options: BACKGROUND });
    expect(later.namesFound).toBeUndefined();
    for (const q of QUESTIONS.slice(0, 20)) expect(answerOf(later, q), q).toBe(answerOf(found, q));
  });

  it('says, once the names are found, that the cache could not be written', async () => {
    // `.cache` taken by a file: the first index writes nothing, the full one fails to and says so.
    const dir = storiesFolder();
    writeFileSync(join(dir, '.cache'), 'not a folder');
    const engine = createEngine({ knowledge: load(dir), names: 'background', options: BACKGROUND });
    // What the front end logs (src/main.ts): the problems as they stand once the names are found.
    const problems = await engine.namesFound;
    expect(problems).toHaveLength(1);
    expect(problems?.[0]).toMatch(/could not write the name cache/);
    expect(engine.startupProblems).toEqual(problems);
  });

  it('finds the names of a small folder at once, as a start always did', () => {
    // Four stories cost a few milliseconds to find: the first answers are the full index's.
    const dir = storiesFolder();
    const engine = createEngine({ knowledge: load(dir), names: 'background' });
    expect(engine.namesFound).toBeUndefined();
    const found = createEngine({ knowledge: load(dir, { cache: false }) });
    for (const q of QUESTIONS.slice(0, 20)) expect(answerOf(engine, q), q).toBe(answerOf(found, q));
  });

  it('answers each question wholly from one index or the other while the names are being found', async () => {
    const dir = storiesFolder();
    const full = createEngine({ knowledge: load(dir, { cache: false }) });
    // A question whose answer the names change, asked at every turn of the event loop; a slice of no
    // time gives the event loop back after every story.
    const engine = createEngine({ knowledge: load(dir, { cache: false }), names: 'background', options: { ...BACKGROUND, namesSliceMs: 0 } });
    const q = QUESTIONS.find((x) => answerOf(engine, x) !== answerOf(full, x)) as string;
    expect(q).toBeDefined();
    const quick = answerOf(engine, q);
    const seen: string[] = [];
    let settled = false;
    void engine.namesFound?.then(() => {
      settled = true;
    });
    while (!settled) {
      const a = answerOf(engine, q);
      seen.push(a === quick ? 'quick' : a === answerOf(full, q) ? 'full' : 'mixed');
      await new Promise((resolve) => setImmediate(resolve));
    }
    seen.push(answerOf(engine, q) === answerOf(full, q) ? 'full' : 'other');
    // Several turns answered from the first index, then every one from the full index.
    expect(seen.indexOf('full')).toBeGreaterThan(STORIES.length - 2);
    expect(seen.slice(0, seen.indexOf('full')).every((s) => s === 'quick')).toBe(true);
    expect(seen.slice(seen.indexOf('full')).every((s) => s === 'full')).toBe(true);
  });

  // With slices of no time the pass gives the event loop back after every story: one turn in, names
  // are being found; six turns in (four stories), the full index is being built.
  it.each([1, 6])('keeps a story added after %i turns of the event loop', async (turns) => {
    const dir = storiesFolder();
    const engine = createEngine({ knowledge: load(dir, { cache: false }), names: 'background', options: { ...BACKGROUND, namesSliceMs: 0 } });
    for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
    engine.addStory({ text: 'The mayor of Denver, Mike Johnston, said that 300 new homes will open in February.', title: 'Homes' });
    await engine.namesFound;
    expect(engine.stories).toHaveLength(STORIES.length + 1);
    expect(engine.ask('How many homes will open in Denver?', undefined, { now: NOW }).answers[0]?.text).toMatch(/300 new homes/);
  });
});

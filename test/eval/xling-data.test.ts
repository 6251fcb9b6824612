import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphStories, type XlingQuestion } from '../../src/cli/xling.js';
import { type LoadedStory, loadStory } from '../../src/knowledge/story.js';

// The cross-language benchmark's data must stay what its README says: every story loads as a user's
// story would, every answer sits at its offset inside one sentence, and the dev/holdout split is by story.
const root = fileURLToPath(new URL('xling/', import.meta.url));

interface Line {
  id: string;
  story: string;
  text: string;
  answer: string | null;
  offset?: number;
  split: string;
}

const stories = new Map<string, LoadedStory>();
for (const lang of ['ar', 'en']) {
  // Dot folders are not stories (the loader skips them): `.cache` holds the names found at start-up.
  for (const id of readdirSync(join(root, 'stories', lang)).filter((f) => !f.startsWith('.'))) {
    const dir = join(root, 'stories', lang, id);
    expect(readdirSync(dir).sort()).toEqual(['story.json', 'story.txt']);
    stories.set(id, loadStory(dir, id));
  }
}

const directions = { 'ar-ar': ['ar', 'ar'], 'en-ar': ['en', 'ar'], 'en-en': ['en', 'en'], 'ar-en': ['ar', 'en'] } as const;
const read = (name: string): Line[] =>
  readFileSync(join(root, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);

describe('cross-language benchmark data', () => {
  it('has stories in both languages that declare their language', () => {
    const langs = [...stories.values()].map((s) => s.info.language);
    expect(langs.filter((l) => l === 'ar').length).toBeGreaterThanOrEqual(40);
    expect(langs.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(35);
  });

  for (const [name, [qLang, sLang]] of Object.entries(directions)) {
    it(`${name}: answers at their offsets, inside one sentence, in the right languages`, () => {
      const lines = read(name);
      expect(new Set(lines.map((q) => q.id)).size).toBe(lines.length);
      expect(lines.filter((q) => q.answer === null).length).toBeGreaterThanOrEqual(50);
      for (const q of lines) {
        const s = stories.get(q.story);
        expect(s, `${q.id}: unknown story ${q.story}`).toBeDefined();
        if (!s) continue;
        expect(s.info.language).toBe(sLang);
        expect(/\p{Script=Arabic}/u.test(q.text), `${q.id}: question language`).toBe(qLang === 'ar');
        expect(['dev', 'holdout']).toContain(q.split);
        if (q.answer === null) {
          expect(q.offset).toBeUndefined();
          continue;
        }
        const at = q.offset ?? -1;
        expect(s.text.slice(at, at + q.answer.length), q.id).toBe(q.answer);
        const gold = s.sentences.find((x) => at >= x.start && at < x.end);
        expect(gold && at + q.answer.length <= gold.end, `${q.id}: answer crosses a sentence end`).toBe(true);
      }
    });
  }

  it('splits by story: one split per story across all directions, about 30% held out', () => {
    const split = new Map<string, string>();
    for (const name of Object.keys(directions)) {
      for (const q of read(name)) {
        expect(split.get(q.story) ?? q.split, `${q.story} is in both splits`).toBe(q.split);
        split.set(q.story, q.split);
      }
    }
    const held = [...split.values()].filter((v) => v === 'holdout').length / split.size;
    expect(held).toBeGreaterThan(0.2);
    expect(held).toBeLessThan(0.4);
  });

  it('cut into paragraphs, keeps every answer at its offset in the paragraph asked of', () => {
    for (const lang of ['ar', 'en'] as const) {
      const paragraphs = paragraphStories(join(root, 'stories', lang));
      try {
        for (const [name, [, storyLang]] of Object.entries(directions)) {
          if (storyLang !== lang) continue;
          for (const q of read(name).map((l) => paragraphs.move(l as XlingQuestion))) {
            if (q.answer === null || q.offset === undefined) continue;
            const text = readFileSync(join(paragraphs.storiesDir, q.story, 'story.txt'), 'utf8');
            expect(text.slice(q.offset, q.offset + q.answer.length), q.id).toBe(q.answer);
          }
        }
      } finally {
        rmSync(paragraphs.storiesDir, { recursive: true, force: true });
      }
    }
  });
});

/**
 * A fresh set's stories of one language (each folder holding story.txt and story.json only, as a user
 * adds a story) and its questions asked in that language.
 */
function readFreshSet(folder: string, lang: 'ar' | 'en'): { fresh: Map<string, LoadedStory>; lines: Line[] } {
  const froot = fileURLToPath(new URL(folder, import.meta.url));
  const fresh = new Map<string, LoadedStory>();
  for (const id of readdirSync(join(froot, 'stories', lang)).filter((f) => !f.startsWith('.'))) {
    const dir = join(froot, 'stories', lang, id);
    expect(readdirSync(dir).sort()).toEqual(['story.json', 'story.txt']);
    fresh.set(id, loadStory(dir, id));
  }
  const lines = readFileSync(join(froot, `${lang}-${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
  return { fresh, lines };
}

/**
 * A fresh development set of test/eval/xling-fresh in one language, asked in that language: `count`
 * stories, none of them (nor any of their paragraphs) in the main benchmark, and at least `questions`
 * answerable questions, each at its offset inside one sentence, all dev.
 */
function freshSet(name: string, lang: 'ar' | 'en', count: number, questions: (n: number) => void, folder = 'xling-fresh/'): void {
  describe(name, () => {
    const { fresh, lines } = readFreshSet(folder, lang);

    it(`holds ${count} stories, none of them (nor any of their paragraphs) in the main benchmark`, () => {
      expect(fresh.size).toBe(count);
      const mainParagraphs = new Set([...stories.values()].flatMap((s) => s.text.split('\n')).filter((p) => p.trim() !== ''));
      for (const [id, s] of fresh) {
        expect(stories.has(id), id).toBe(false);
        expect(s.info.language).toBe(lang);
        for (const p of s.text.split('\n')) expect(mainParagraphs.has(p), `${id}: a paragraph of the main benchmark`).toBe(false);
      }
    });

    it(`${lang}-${lang}: questions in the story's language, answers at their offsets inside one sentence, all dev`, () => {
      questions(lines.length);
      expect(new Set(lines.map((q) => q.id)).size).toBe(lines.length);
      for (const q of lines) {
        const s = fresh.get(q.story);
        expect(s, `${q.id}: unknown story ${q.story}`).toBeDefined();
        if (!s) continue;
        expect(q.split).toBe('dev');
        expect(/\p{Script=Arabic}/u.test(q.text), `${q.id}: question language`).toBe(lang === 'ar');
        expect(q.answer, `${q.id}: answerable`).not.toBeNull();
        const at = q.offset ?? -1;
        expect(s.text.slice(at, at + (q.answer ?? '').length), q.id).toBe(q.answer);
        const gold = s.sentences.find((x) => at >= x.start && at < x.end);
        expect(gold && at + (q.answer ?? '').length <= gold.end, `${q.id}: answer crosses a sentence end`).toBe(true);
      }
    });
  });
}

// The fresh development set (test/eval/xling-fresh): more ARCD articles, Arabic → Arabic, all dev, none of
// them a story of the main benchmark.
freshSet('fresh Arabic development set', 'ar', 40, (n) => expect(n).toBeGreaterThanOrEqual(300));

// The fresh English development set (test/eval/xling-fresh/stories/en): more SQuAD train articles,
// English → English, all dev, none of them an article of the main benchmark.
freshSet('fresh English development set', 'en', 12, (n) => expect(n).toBe(180));

// Later paragraphs (41–50) of six development English articles (test/eval/xling-fresh3): text in no
// story of the main benchmark, SQuAD's own questions, all dev.
freshSet('later English paragraphs set', 'en', 6, (n) => expect(n).toBe(90), 'xling-fresh3/');

// The fresh Arabic → English set: our own questions over the benchmark's development English stories only,
// none landing on a sentence that an ar-en or en-en question already targets.
describe('fresh Arabic → English development set', () => {
  const lines = readFileSync(fileURLToPath(new URL('xling-fresh/ar-en.jsonl', import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
  const main = [...read('ar-en'), ...read('en-en')];
  const devStories = new Set(main.filter((q) => q.split === 'dev').map((q) => q.story));

  it('asks Arabic questions of development English stories, answers at their offsets inside one untargeted sentence', () => {
    expect(lines.length).toBeGreaterThanOrEqual(100);
    expect(lines.filter((q) => q.answer === null).length).toBeGreaterThanOrEqual(20);
    expect(new Set(lines.map((q) => q.id)).size).toBe(lines.length);
    for (const q of lines) {
      expect(q.split).toBe('dev');
      expect(devStories.has(q.story), `${q.id}: ${q.story} is not a development story`).toBe(true);
      expect(/\p{Script=Arabic}/u.test(q.text), `${q.id}: question language`).toBe(true);
      if (q.answer === null) continue;
      const s = stories.get(q.story);
      if (!s) continue;
      const at = q.offset ?? -1;
      expect(s.text.slice(at, at + q.answer.length), q.id).toBe(q.answer);
      const gold = s.sentences.find((x) => at >= x.start && at < x.end);
      expect(gold && at + q.answer.length <= gold.end, `${q.id}: answer crosses a sentence end`).toBe(true);
      const taken = main.some((m) => m.story === q.story && m.offset !== undefined && gold && m.offset >= gold.start && m.offset < gold.end);
      expect(taken, `${q.id}: its sentence is already the gold of a main-benchmark question`).toBe(false);
    }
  });
});

// The second fresh development set (test/eval/xling-fresh2): ARCD places 86–155, Arabic → Arabic, all dev,
// no story sharing a paragraph with the main benchmark or the first fresh set, and out-of-scope questions
// written for it.
describe('second fresh Arabic development set', () => {
  const earlier = fileURLToPath(new URL('xling-fresh/', import.meta.url));
  const { fresh, lines } = readFreshSet('xling-fresh2/', 'ar');

  it('holds 65 Arabic stories numbered 086–155, none sharing a paragraph with an earlier set', () => {
    expect(fresh.size).toBe(65);
    const seen = new Set([...stories.values()].flatMap((s) => s.text.split('\n')).filter((p) => p.trim() !== ''));
    for (const id of readdirSync(join(earlier, 'stories', 'ar')).filter((f) => !f.startsWith('.'))) {
      for (const p of readFileSync(join(earlier, 'stories', 'ar', id, 'story.txt'), 'utf8').split('\n')) if (p.trim() !== '') seen.add(p);
    }
    for (const [id, s] of fresh) {
      const n = Number(id.slice(5, 8));
      expect(n >= 86 && n <= 155, id).toBe(true);
      expect(s.info.language).toBe('ar');
      for (const p of s.text.split('\n')) expect(seen.has(p), `${id}: a paragraph of an earlier set`).toBe(false);
    }
  });

  it('ar-ar: answers at their offsets inside one sentence, out-of-scope questions without one, all dev', () => {
    const answerable = lines.filter((q) => q.answer !== null);
    const oos = lines.filter((q) => q.answer === null);
    expect(answerable.length).toBeGreaterThanOrEqual(550);
    expect(oos.length).toBeGreaterThanOrEqual(30);
    expect(new Set(oos.map((q) => q.story)).size).toBe(oos.length);
    expect(new Set(lines.map((q) => q.id)).size).toBe(lines.length);
    for (const q of lines) {
      const s = fresh.get(q.story);
      expect(s, `${q.id}: unknown story ${q.story}`).toBeDefined();
      if (!s) continue;
      expect(q.split).toBe('dev');
      expect(/\p{Script=Arabic}/u.test(q.text), `${q.id}: question language`).toBe(true);
      if (q.answer === null) {
        expect(q.offset, q.id).toBeUndefined();
        continue;
      }
      const at = q.offset ?? -1;
      expect(s.text.slice(at, at + q.answer.length), q.id).toBe(q.answer);
      const gold = s.sentences.find((x) => at >= x.start && at < x.end);
      expect(gold && at + q.answer.length <= gold.end, `${q.id}: answer crosses a sentence end`).toBe(true);
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, readXling } from '../../src/cli/xling.js';

// The fresh out-of-scope sets (test/eval/xling-oos, xling-oos2) are built from authored/oos-fresh-<direction>.tsv
// and oos-fresh2-<direction>.tsv by scripts/build-xling-oos.ts: every question is out of scope, about a
// development story of its direction.
const xling = join(import.meta.dirname, 'xling');

describe.each([
  ['xling-oos', 'oos-fresh'],
  ['xling-oos2', 'oos-fresh2'],
])('the fresh out-of-scope set %s', (set, tsvName) => {
  const dir = join(import.meta.dirname, set);
  for (const direction of DIRECTIONS) {
    it(`${direction}: out-of-scope questions on development stories, as written in authored/`, () => {
      const questions = readXling(dir, direction);
      expect(questions.length).toBe(20);
      const split = new Map(readXling(xling, direction).map((q) => [q.story, q.split]));
      const tsv = readFileSync(join(xling, 'authored', `${tsvName}-${direction}.tsv`), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('#'));
      expect(questions.map((q) => `${q.story}\t${q.text}`)).toEqual(tsv.map((l) => l.trim()));
      for (const q of questions) {
        expect(q.answer).toBeNull();
        expect(q.split).toBe('dev');
        expect(split.get(q.story)).toBe('dev');
        expect(existsSync(join(xling, 'stories', direction.slice(3), q.story, 'story.txt'))).toBe(true);
      }
    });
  }
});

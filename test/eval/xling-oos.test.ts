import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, readXling } from '../../src/cli/xling.js';

// The fresh out-of-scope set (test/eval/xling-oos) is built from authored/oos-fresh-<direction>.tsv by
// scripts/build-xling-oos.ts: every question is out of scope, about a development story of its direction.
const dir = join(import.meta.dirname, 'xling-oos');
const xling = join(import.meta.dirname, 'xling');

describe('the fresh out-of-scope set', () => {
  for (const direction of DIRECTIONS) {
    it(`${direction}: out-of-scope questions on development stories, as written in authored/`, () => {
      const questions = readXling(dir, direction);
      const split = new Map(readXling(xling, direction).map((q) => [q.story, q.split]));
      const tsv = readFileSync(join(xling, 'authored', `oos-fresh-${direction}.tsv`), 'utf8')
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

/**
 * Builds the fresh out-of-scope set (test/eval/xling-oos/<direction>.jsonl) from the hand-written
 * questions in test/eval/xling/authored/oos-fresh-<direction>.tsv:
 *
 *   node --import tsx scripts/build-xling-oos.ts
 *
 * The questions ask about the benchmark's own development stories (test/eval/xling/stories), so no
 * source file is needed: a story's split is read off the benchmark's questions, and a question about a
 * held-out story is an error (the set is for development). They were written after earlier sessions had
 * tuned refusals on oos-<direction>.tsv, to measure refusals on questions no rule was made for.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIRECTIONS, readXling, type XlingQuestion } from '../src/cli/xling.js';

const XLING = join(import.meta.dirname, '..', 'test', 'eval', 'xling');
const OUT = join(import.meta.dirname, '..', 'test', 'eval', 'xling-oos');

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const counts: string[] = [];
  for (const direction of DIRECTIONS) {
    const split = new Map(readXling(XLING, direction).map((q) => [q.story, q.split]));
    const lang = direction.slice(3);
    const name = `oos-fresh-${direction}.tsv`;
    const file = join(XLING, 'authored', name);
    if (!existsSync(file)) throw new Error(`${file} is missing: write the fresh out-of-scope questions there first`);
    const questions: XlingQuestion[] = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l, i) => {
        const [story = '', text = ''] = l.split('\t').map((x) => x.trim());
        if (!existsSync(join(XLING, 'stories', lang, story, 'story.txt')))
          throw new Error(`authored/${name}:${i + 1}: "${story}" is not a story in test/eval/xling/stories/${lang}`);
        if (split.get(story) !== 'dev') throw new Error(`authored/${name}:${i + 1}: "${story}" is not a development story`);
        if (text === '') throw new Error(`authored/${name}:${i + 1}: expected "<story><TAB><question>"`);
        return { id: `${direction}-oosf-${String(i + 1).padStart(3, '0')}`, story, text, answer: null, split: 'dev' };
      });
    writeFileSync(join(OUT, `${direction}.jsonl`), `${questions.map((q) => JSON.stringify(q)).join('\n')}\n`);
    counts.push(`${direction}: ${questions.length}`);
  }
  console.log(`fresh out-of-scope questions (dev): ${counts.join(', ')}`);
}

main();

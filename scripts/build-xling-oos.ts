/**
 * Builds the fresh out-of-scope sets (test/eval/xling-oos/<direction>.jsonl and test/eval/xling-oos2/
 * <direction>.jsonl) from the hand-written questions in test/eval/xling/authored/oos-fresh-<direction>.tsv
 * and oos-fresh2-<direction>.tsv:
 *
 *   node --import tsx scripts/build-xling-oos.ts
 *
 * The questions ask about the benchmark's own development stories (test/eval/xling/stories), so no
 * source file is needed: a story's split is read off the benchmark's questions, and a question about a
 * held-out story is an error (the set is for development). They were written after earlier sessions had
 * tuned refusals on oos-<direction>.tsv, to measure refusals on questions no rule was made for; the
 * second (oos7) after oos3-oos6 had tuned on both.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIRECTIONS, readXling, type XlingQuestion } from '../src/cli/xling.js';

const XLING = join(import.meta.dirname, '..', 'test', 'eval', 'xling');
const SETS = [
  { tsv: 'oos-fresh', out: 'xling-oos', id: 'oosf' },
  { tsv: 'oos-fresh2', out: 'xling-oos2', id: 'oosg' },
] as const;

function build(set: (typeof SETS)[number]): void {
  const OUT = join(import.meta.dirname, '..', 'test', 'eval', set.out);
  mkdirSync(OUT, { recursive: true });
  const counts: string[] = [];
  for (const direction of DIRECTIONS) {
    const split = new Map(readXling(XLING, direction).map((q) => [q.story, q.split]));
    const lang = direction.slice(3);
    const name = `${set.tsv}-${direction}.tsv`;
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
        return { id: `${direction}-${set.id}-${String(i + 1).padStart(3, '0')}`, story, text, answer: null, split: 'dev' };
      });
    writeFileSync(join(OUT, `${direction}.jsonl`), `${questions.map((q) => JSON.stringify(q)).join('\n')}\n`);
    counts.push(`${direction}: ${questions.length}`);
  }
  console.log(`${set.out} (dev): ${counts.join(', ')}`);
}

for (const set of SETS) build(set);

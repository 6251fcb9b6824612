/**
 * Builds test/eval/xling-fresh/ar-en.jsonl, the fresh Arabic → English development set, from
 * test/eval/xling/authored/ar-en-fresh.tsv (our own questions over the benchmark's development English
 * stories):
 *
 *   node --import tsx scripts/build-xling-fresh-ar-en.ts
 *
 * Each answerable line names a phrase found exactly once in its story's story.txt; the offset is where it
 * stands, and the gold sentence is the one the segmenter puts around it. The build stops, saying which
 * line, when a phrase is missing, repeated, crosses a sentence end, or names a held-out story.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory } from '../src/knowledge/story.js';

const XLING = join(import.meta.dirname, '..', 'test', 'eval', 'xling');
const OUT = join(import.meta.dirname, '..', 'test', 'eval', 'xling-fresh', 'ar-en.jsonl');

// Stories of the benchmark's dev split: only they may carry development questions.
const devStories = new Set(
  readFileSync(join(XLING, 'ar-en.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { story: string; split: string })
    .filter((q) => q.split === 'dev')
    .map((q) => q.story),
);

const rows = readFileSync(join(XLING, 'authored', 'ar-en-fresh.tsv'), 'utf8')
  .split('\n')
  .map((l, i) => ({ l, n: i + 1 }))
  .filter(({ l }) => l.trim() !== '' && !l.startsWith('#'));
const out: string[] = [];
const count = new Map<string, number>();
const problems: string[] = [];
for (const { l, n } of rows) {
  try {
    line(l, n);
  } catch (e) {
    problems.push((e as Error).message);
  }
}
if (problems.length > 0) throw new Error(problems.join('\n'));
writeFileSync(OUT, `${out.join('\n')}\n`);
console.log(`${out.length} questions → ${OUT}`);

function line(l: string, n: number): void {
  const [story, answer, text] = l.split('\t');
  if (!story || !answer || !text) throw new Error(`ar-en-fresh.tsv line ${n}: expected story<TAB>answer<TAB>question`);
  if (!devStories.has(story)) throw new Error(`ar-en-fresh.tsv line ${n}: ${story} is not a development story of ar-en`);
  const k = (count.get(story) ?? 0) + 1;
  count.set(story, k);
  const id = `ar-en-fresh-${story.slice(6, 9)}-${String(k).padStart(2, '0')}`;
  if (answer === '-') {
    out.push(JSON.stringify({ id, story, text, answer: null, split: 'dev' }));
    return;
  }
  const s = loadStory(join(XLING, 'stories', 'en', story), story);
  const offset = s.text.indexOf(answer);
  if (offset < 0) throw new Error(`ar-en-fresh.tsv line ${n}: "${answer}" is not in ${story}/story.txt; copy the phrase from it`);
  if (s.text.indexOf(answer, offset + 1) >= 0)
    throw new Error(`ar-en-fresh.tsv line ${n}: "${answer}" stands more than once in ${story}; lengthen it until it is unique`);
  const gold = s.sentences.find((x) => offset >= x.start && offset < x.end);
  if (!gold || offset + answer.length > gold.end) throw new Error(`ar-en-fresh.tsv line ${n}: "${answer}" crosses a sentence end; shorten it`);
  out.push(JSON.stringify({ id, story, text, answer, offset, split: 'dev' }));
}

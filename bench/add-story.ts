/**
 * Adding a story while the bot runs: `npm run bench:add-story`.
 *
 * Builds the 1,000-story archive (the real story plus 999 synthetic ones, bench/archive.ts), loads the
 * engine, and adds a 50-paragraph Arabic story (paragraphs of a second synthetic archive, so none of
 * its text is already indexed) several times, removing it in between. Meanwhile a loop answers the
 * project's evaluation questions one after another, as the bot would for other chats, and records when
 * each answer is done. Reported:
 * - the engine's own time for addStory (its `ms`) and the wall time of the call, median and max;
 * - the longest gap between two answers while a story was being added (other chats wait that long),
 *   against the longest gap with no add in progress.
 * Writes bench/add-story-results.json. SANAD_ADD_STORIES=100 measures another archive size, SANAD_ADD_RUNS the repeats.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../src/engine.js';
import { buildArchive } from './archive.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STORIES = Number(process.env.SANAD_ADD_STORIES ?? 1_000);
const PARAGRAPHS = 50;
const RUNS = Number(process.env.SANAD_ADD_RUNS ?? 7);

const archive = buildArchive(DEFAULT_KNOWLEDGE_DIR, join(tmpdir(), `sanad-bench-${STORIES}`), STORIES - 1);
const donor = buildArchive(DEFAULT_KNOWLEDGE_DIR, join(tmpdir(), 'sanad-bench-add-donor'), 40, 7);
const paragraphs = readdirSync(donor)
  .filter((name) => name.startsWith('synthetic-'))
  .sort()
  .flatMap((name) =>
    readFileSync(join(donor, name, 'story.txt'), 'utf8')
      .split('\n')
      .filter((p) => p.trim() !== ''),
  )
  .slice(0, PARAGRAPHS);
if (paragraphs.length < PARAGRAPHS) throw new Error(`the donor archive has only ${paragraphs.length} paragraphs`);
const text = paragraphs.join('\n');

const questions = readdirSync(join(ROOT, 'test/eval'))
  .filter((f) => f.endsWith('-questions.jsonl'))
  .flatMap((f) =>
    readFileSync(join(ROOT, 'test/eval', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => String((JSON.parse(l) as { text?: string }).text ?? '')),
  )
  .filter((q) => q !== '');

const t0 = performance.now();
const engine = loadEngine({ knowledgeDir: archive });
const startupMs = performance.now() - t0;

process.stderr.write(`${engine.stories.length} stories loaded in ${Math.round(startupMs)} ms; adding a ${PARAGRAPHS}-paragraph story ${RUNS} times\n`);

/** Answers questions back to back (yielding between them, as the bot does between updates) and records when each is done. */
function answerLoop(): { stop: () => number[] } {
  const done: number[] = [];
  let running = true;
  let i = 0;
  const step = () => {
    if (!running) return;
    engine.ask(questions[i++ % questions.length] ?? 'x', undefined, { top: 3 });
    done.push(performance.now());
    setImmediate(step);
  };
  setImmediate(step);
  return {
    stop: () => {
      running = false;
      return done;
    },
  };
}

const longestGap = (times: readonly number[], from: number, to: number) => {
  let gap = 0;
  for (let k = 1; k < times.length; k++) {
    const a = times[k - 1] as number;
    const b = times[k] as number;
    if (b >= from && a <= to) gap = Math.max(gap, b - a);
  }
  return gap;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const engineMs: number[] = [];
const wallMs: number[] = [];
const gapsDuring: number[] = [];
const gapsBefore: number[] = [];
let sentences = 0;

// Warm the question path first, as a running bot would be.
for (const q of questions.slice(0, 300)) engine.ask(q, undefined, { top: 3 });

for (let run = 0; run < RUNS; run++) {
  const loop = answerLoop();
  await sleep(300);
  const calm = performance.now();
  await sleep(200);
  const start = performance.now();
  const report = engine.addStory({ text, id: `bench-added-${run}`, title: 'قصة مضافة للقياس', language: 'ar', source: 'bench', published: '2026-01-01' });
  const end = performance.now();
  await sleep(200);
  const times = loop.stop();
  engineMs.push(report.ms);
  wallMs.push(end - start);
  sentences = report.info.sentences;
  gapsDuring.push(longestGap(times, start, end + 1));
  gapsBefore.push(longestGap(times, calm, start - 1));
  engine.removeStory(`bench-added-${run}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;
const result = {
  stories: STORIES,
  paragraphs: PARAGRAPHS,
  sentences,
  runs: RUNS,
  startupMs: Math.round(startupMs),
  engineMs: { median: round(median(engineMs)), max: round(Math.max(...engineMs)) },
  wallMs: { median: round(median(wallMs)), max: round(Math.max(...wallMs)) },
  otherChatsLongestGapMs: { duringAdd: round(median(gapsDuring)), duringAddMax: round(Math.max(...gapsDuring)), noAdd: round(median(gapsBefore)) },
  target: { engineMs: 200 },
};
writeFileSync(join(ROOT, 'bench/add-story-results.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result)}\n`);

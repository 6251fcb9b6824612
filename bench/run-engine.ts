/**
 * One benchmark run in a fresh process, so heap figures are not polluted by other runs:
 *   node --expose-gc --import tsx bench/run-engine.ts <sanad|sanad-background|minisearch|fuse> <knowledge dir> <questions.txt> [max questions]
 * Prints one JSON line: {engine, stories, sentences, startupMs, startupCpuMs, heapMB, p50, p95, questions}.
 * Start-up is load + validate + index for every engine (all use the same story loader), after the
 * modules are imported. `sanad-background` starts Sanad as the bot does (names of stories dropped in by
 * hand found after start-up, from 100 of them): its start-up is the time to the first answer, and the
 * questions are timed once the full index is swapped in.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadEngine } from '../src/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const [engineName, dir, questionsFile, maxArg] = process.argv.slice(2) as [string, string, string, string | undefined];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const questions = readFileSync(questionsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, maxArg ? Number(maxArg) : undefined);

interface Doc {
  id: number;
  text: string;
  translation: string;
}

function docsOf(k: ReturnType<typeof loadKnowledge>): Doc[] {
  let id = 0;
  return k.stories.flatMap((s) => s.sentences.map((x) => ({ id: id++, text: x.text, translation: s.translations.get(x.ref) ?? '' })));
}

gc();
const heap0 = process.memoryUsage().heapUsed;
// CPU time besides wall time: on a shared machine the other jobs stretch the wall clock far more than
// the CPU this process spends (which still counts V8's helper threads: GC, compilation).
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let search: (q: string) => unknown;
let stories = 0;
let sentences = 0;
let namesFound: Promise<unknown> | undefined;
if (engineName === 'sanad' || engineName === 'sanad-background') {
  const engine = loadEngine({ knowledgeDir: dir, ...(engineName === 'sanad-background' ? { names: 'background' as const } : {}) });
  namesFound = engine.namesFound;
  stories = engine.stories.length;
  sentences = engine.stories.reduce((s, x) => s + x.sentences, 0);
  search = (q) => engine.ask(q);
} else if (engineName === 'minisearch') {
  const k = loadKnowledge(dir);
  const docs = docsOf(k);
  const ms = new MiniSearch<Doc>({ fields: ['text', 'translation'], storeFields: [], searchOptions: { fuzzy: 0.2 } });
  ms.addAll(docs);
  stories = k.stories.length;
  sentences = docs.length;
  search = (q) => ms.search(q).slice(0, 5);
} else if (engineName === 'fuse') {
  const k = loadKnowledge(dir);
  const docs = docsOf(k);
  const fuse = new Fuse(docs, { keys: ['text', 'translation'], ignoreLocation: true, threshold: 0.4 });
  stories = k.stories.length;
  sentences = docs.length;
  search = (q) => fuse.search(q, { limit: 5 });
} else {
  throw new Error(`unknown engine ${engineName}: use sanad, sanad-background, minisearch or fuse`);
}
const startupMs = performance.now() - t0;
const cpu1 = process.cpuUsage(cpu0);
const startupCpuMs = (cpu1.user + cpu1.system) / 1000;
// The questions and the heap are those of the full index.
await namesFound;
gc();
const heapMB = (process.memoryUsage().heapUsed - heap0) / 1048576;

// The first pass times every question from a cold start: what the first users after a restart see.
// More passes follow until WARM_UP questions have been asked, then every question is timed again
// (several rounds when there are few): a bot answers for days, so the figure that counts is the one
// with the code compiled by the JIT, and every engine gets the same warm-up. A capped run (fuse.js
// over large archives, about a second a question) warms up on three questions and times one round.
// 8,000 questions (six passes over the benchmark's 1,416): V8 optimises Sanad's long functions
// (readQuery, answer) only in the third pass or later, and the median settles by the fifth or sixth
// (docs/PERFORMANCE-LOG.md, the twenty-fourth session); 1,000 timed the second pass, still warming up.
const WARM_UP = 8_000;
const capped = maxArg !== undefined;
const timed = (list: readonly string[], into: number[]) => {
  for (const q of list) {
    const t = performance.now();
    search(q);
    into.push(performance.now() - t);
  }
};
const first: number[] = [];
timed(capped ? questions.slice(0, 3) : questions, first);
if (!capped) for (let asked = questions.length; asked < WARM_UP; asked += questions.length) timed(questions, []);
const rounds = capped ? 1 : Math.max(1, Math.min(5, Math.floor(300 / questions.length)));
const times: number[] = [];
for (let r = 0; r < rounds; r++) timed(questions, times);
const at = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};
process.stdout.write(
  `${JSON.stringify({
    engine: engineName,
    stories,
    sentences,
    startupMs: round(startupMs),
    startupCpuMs: round(startupCpuMs),
    heapMB: round(heapMB),
    p50: round(at(times, 0.5), 4),
    p95: round(at(times, 0.95), 4),
    // The cold pass (not for a capped run, whose first questions are too few to say anything).
    ...(capped ? {} : { firstP50: round(at(first, 0.5), 4), firstP95: round(at(first, 0.95), 4) }),
    questions: questions.length,
  })}\n`,
);

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * `npm run bench`: speed and memory of the answer engine, beside MiniSearch (fuzzy 0.2) and fuse.js
 * over the same sentences, in one run. A benchmark, not a test: machines are shared and noisy, so read
 * the ratios within one run.
 *
 * 1. Archives of 1, 10, 100 and 1,000 stories (the real one plus deterministic synthetic ones), each
 *    engine in a fresh process: start-up (load + validate + index), heap, latency p50/p95 over the
 *    project's question list. Writes bench/results.json and bench/results.svg.
 *    Sanad's start-up depends on how the stories came: "sanad" is the first start after they were
 *    dropped in by hand (story.txt and story.json only: every story's names are found, then
 *    remembered in .cache); from 10 stories up, two more rows: "sanad, names cached" (every later
 *    start) and "sanad, vocabulary.jsonl" (stories added with `npm run add-story`, which writes
 *    their names beside them).
 * 2. The one-story product figures: `npm start` to the first answer, bad input.
 *
 * Options: --sizes 1,10 (fewer archives), --quick (fewer questions for fuse.js).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readQuestions } from '../src/cli/evaluate.js';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../src/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { buildArchive } from './archive.js';
import { renderChart } from './chart.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, 'bench/tmp');
mkdirSync(tmp, { recursive: true });
const args = process.argv.slice(2);
const sizes = args.includes('--sizes') ? (args[args.indexOf('--sizes') + 1] ?? '').split(',').map(Number) : [1, 10, 100, 1000];

// The fixed question list: every question of the project's sets, in file order.
const evalDir = join(root, 'test/eval');
const questions = readdirSync(evalDir)
  .filter((f) => f.endsWith('-questions.jsonl'))
  .sort()
  .flatMap((f) => readQuestions(join(evalDir, f)).map((q) => q.text));
const questionsFile = join(tmp, 'questions.txt');
writeFileSync(questionsFile, `${questions.map((q) => q.replace(/\n/g, ' ')).join('\n')}\n`);

export interface Row {
  engine: string;
  stories: number;
  sentences: number;
  startupMs: number;
  /** CPU time of start-up (user + system, all of the process's threads): steadier than wall time on a shared machine. */
  startupCpuMs: number;
  heapMB: number;
  p50: number;
  p95: number;
  /** p50 and p95 of the first, cold pass (absent for fuse.js over large archives). */
  firstP50?: number;
  firstP95?: number;
  questions: number;
}

function runOne(engine: string, dir: string, max?: number): Row {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/run-engine.ts', engine, dir, questionsFile, ...(max ? [String(max)] : [])],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string) as Row;
}

/**
 * A copy of an archive whose synthetic stories carry the vocabulary.jsonl `add-story` would have
 * written (the engine's own vocabularyFile), as if every story had been added that way.
 */
function withVocabulary(dir: string, out: string): string {
  rmSync(out, { recursive: true, force: true });
  cpSync(dir, out, { recursive: true, filter: (src) => !src.endsWith('/.cache') });
  const engine = loadEngine({ knowledgeDir: out, load: { cache: false } });
  for (const s of engine.stories) {
    const file = s.id.startsWith('synthetic-') ? engine.vocabularyFile(s.id) : undefined;
    if (file !== undefined) writeFileSync(join(out, s.id, 'vocabulary.jsonl'), file);
  }
  return out;
}

/** Forgets the names an earlier start remembered, so the next one is a first start. */
const forgetNames = (dir: string) => rmSync(join(dir, '.cache'), { recursive: true, force: true });

const rows: Row[] = [];
const report = (row: Row) => {
  rows.push(row);
  process.stderr.write(`  ${row.engine} × ${row.stories} stories: start-up ${row.startupMs} ms, p50 ${row.p50} ms\n`);
};
for (const size of sizes) {
  const dir = size === 1 ? DEFAULT_KNOWLEDGE_DIR : buildArchive(DEFAULT_KNOWLEDGE_DIR, join(tmp, `archive-${size}`), size - 1);
  // Read every file once first, so no engine pays for a cold disk cache the next one does not.
  loadKnowledge(dir, { cache: false });
  // fuse.js scans every record per question (about a second each at 1,000 stories): fewer questions there.
  const fuseQuestions = size >= 1000 ? 12 : size >= 100 ? 40 : undefined;
  for (const engine of ['sanad', 'minisearch', 'fuse']) {
    if (engine === 'sanad') forgetNames(dir);
    report(runOne(engine, dir, engine === 'fuse' ? fuseQuestions : undefined));
  }
  if (size > 1) {
    report({ ...runOne('sanad', dir), engine: 'sanad, names cached' });
    // A first start as the bot makes it: answering before the names are found (from 100 such stories).
    forgetNames(dir);
    report({ ...runOne('sanad-background', dir), engine: 'sanad, first start, bot' });
    const vdir = withVocabulary(dir, join(tmp, `archive-${size}-vocabulary`));
    loadKnowledge(vdir, { cache: false });
    forgetNames(vdir);
    report({ ...runOne('sanad', vdir), engine: 'sanad, vocabulary.jsonl' });
  }
}

const f = (x: number, d = 3) => x.toFixed(d);
console.log('\nEngines over the same sentences (each in a fresh process)');
console.log('stories  sentences  engine                     start-up ms  (CPU ms)   heap MB   p50 ms    p95 ms   cold p50   cold p95   questions');
const opt = (x: number | undefined) => (x === undefined ? '-' : f(x));
for (const r of rows) {
  console.log(
    `${String(r.stories).padStart(7)}  ${String(r.sentences).padStart(9)}  ${r.engine.padEnd(25)}  ${f(r.startupMs, 0).padStart(11)}  ${f(r.startupCpuMs, 0).padStart(8)}  ${f(r.heapMB, 1).padStart(8)}  ${f(r.p50).padStart(7)}  ${f(r.p95).padStart(8)}  ${opt(r.firstP50).padStart(9)}  ${opt(r.firstP95).padStart(9)}  ${String(r.questions).padStart(10)}`,
  );
}
console.log('p50/p95: after a warm-up of 8,000 questions (steady state); cold: the first pass after start-up.');
console.log('\nSanad ÷ MiniSearch (targets at 1,000 stories: p50 ≤ 0.2, p95 ≤ 0.5, start-up ≤ 1, heap ≤ 1.5)');
for (const size of sizes) {
  const m = rows.find((r) => r.engine === 'minisearch' && r.stories === size);
  for (const s of rows.filter((r) => r.engine.startsWith('sanad') && r.stories === size)) {
    if (m)
      console.log(
        `${String(size).padStart(7)} stories: p50 ${f(s.p50 / m.p50, 2)}  p95 ${f(s.p95 / m.p95, 2)}  start-up ${f(s.startupMs / m.startupMs, 2)} (CPU ${f(s.startupCpuMs / m.startupCpuMs, 2)})  heap ${f(s.heapMB / m.heapMB, 2)}  cold p50 ${f((s.firstP50 ?? Number.NaN) / (m.firstP50 ?? Number.NaN), 2)}  cold p95 ${f((s.firstP95 ?? Number.NaN) / (m.firstP95 ?? Number.NaN), 2)}  (${s.engine})`,
      );
  }
}
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, questions: questions.length, rows }, null, 2)}\n`,
);
// The chart draws one line per engine: sanad's worst case (first start), beside the others.
writeFileSync(join(root, 'bench/results.svg'), renderChart(rows.filter((r) => !r.engine.startsWith('sanad,'))));

// The one-story product figures.
const bad = ['', '   ', '😀😀😀', 'x'.repeat(10_000), '\u202E\u0000\u0007abc', 'the of and what', '<b>hi</b><script>', '{"id": 1', 'بيسكوف '.repeat(2000)];
const engine = loadEngine();
const badMs = Math.max(
  ...bad.map((b) => {
    const t = performance.now();
    engine.ask(b);
    return performance.now() - t;
  }),
);
async function firstAnswer(): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, BOT_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => {
      resolve(performance.now() - t0);
      child.kill();
    });
    child.on('error', reject);
    child.stdin.write('what did Peskov say about Kursk?\n');
  });
}
const firsts: number[] = [];
for (let i = 0; i < 3; i++) firsts.push(await firstAnswer());
firsts.sort((a, b) => a - b);
console.log(
  `\nOne story: bad input (${bad.length} kinds, up to 10,000 characters) at most ${f(badMs)} ms; npm start (terminal) to first answer ${f(firsts[1] ?? 0, 0)} ms`,
);
console.log('Wrote bench/results.json and bench/results.svg');

/**
 * `npm run bench`: speed and memory of the answer engine (a benchmark, not a test: compare figures
 * within one run, machines are shared and noisy).
 *
 * Measures start-up (load + validate + index), per-question latency over the question sets, heap after
 * start-up, the cost of bad input, and `npm start` to the first answer.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readQuestions } from '../src/cli/evaluate.js';
import { loadEngine } from '../src/engine.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc;

function stats(xs: number[]): { p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 };
}
const f = (x: number) => x.toFixed(3);

// Start-up: the first load pays for module compilation; later loads show the steady cost.
const startups: number[] = [];
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  loadEngine();
  startups.push(performance.now() - t0);
}
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const engine = loadEngine();
gc?.();
const heap = process.memoryUsage().heapUsed - heap0;

const evalDir = join(root, 'test/eval');
const questions = readdirSync(evalDir)
  .filter((x) => x.endsWith('-questions.jsonl'))
  .flatMap((x) => readQuestions(join(evalDir, x)));
// Warm up, then time every question 20 times.
for (const q of questions) engine.ask(q.text);
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of questions) {
    const t0 = performance.now();
    engine.ask(q.text);
    times.push(performance.now() - t0);
  }
}
const bad = ['', '   ', '😀😀😀', 'x'.repeat(10_000), '\u202E\u0000\u0007abc', 'the of and what', '<b>hi</b><script>', '{"id": 1', 'بيسكوف '.repeat(2000)];
const badTimes = bad.map((b) => {
  const t0 = performance.now();
  engine.ask(b);
  return performance.now() - t0;
});

async function firstAnswer(): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env: { ...process.env, BOT_TOKEN: '' }, stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout.once('data', () => {
      resolve(performance.now() - t0);
      child.kill();
    });
    child.on('error', reject);
    child.stdin.write('what did Peskov say about Kursk?\n');
  });
}
const cold: number[] = [];
for (let i = 0; i < 3; i++) cold.push(await firstAnswer());

const s = stats(times);
const st = stats(startups.slice(1));
console.log('Sanad engine benchmark (one story)');
console.log(`start-up (load + validate + index): first ${f(startups[0] ?? 0)} ms, then median ${f(st.p50)} ms`);
console.log(`heap after start-up: ${(heap / 1048576).toFixed(1)} MiB`);
console.log(`answer latency over ${questions.length} questions × 20: p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, max ${f(s.max)} ms`);
console.log(`bad input (${bad.length} kinds, incl. 10,000 characters): max ${f(Math.max(...badTimes))} ms`);
console.log(`npm start (terminal mode) to first answer: median ${f(stats(cold).p50)} ms`);

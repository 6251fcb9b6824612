/**
 * The questions of the middle band of question times (30–70%), for bench/instructions.sh: instructions
 * over every question measure the slow tail (at 1,000 stories the mean was 7.4 ms, the median 0.86 ms),
 * those of the band stand in for p50. Times are each question's fastest of six passes, so load matters
 * less; the band is chosen once and then kept fixed for every commit compared.
 *   node --import tsx bench/question-band.ts <knowledge dir> <questions.txt> <band.txt>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadEngine } from '../src/engine.js';

const [dir, qf, out] = process.argv.slice(2) as [string, string, string];
const qs = readFileSync(qf, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const engine = loadEngine({ knowledgeDir: dir });
await engine.namesFound;
const best = qs.map(() => Infinity);
for (let p = 0; p < 6; p++)
  qs.forEach((q, i) => {
    const t = performance.now();
    engine.ask(q);
    const d = performance.now() - t;
    if (d < (best[i] as number)) best[i] = d;
  });
const order = qs.map((_, i) => i).sort((a, b) => (best[a] as number) - (best[b] as number));
const lo = Math.floor(order.length * 0.3);
const hi = Math.floor(order.length * 0.7);
const band = order.slice(lo, hi).sort((a, b) => a - b);
writeFileSync(out, `${band.map((i) => qs[i]).join('\n')}\n`);
const sorted = order.map((i) => best[i] as number);
console.log({
  n: qs.length,
  band: band.length,
  p30: sorted[lo],
  p50: sorted[Math.floor(order.length / 2)],
  p70: sorted[hi],
  mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
});

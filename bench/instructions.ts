/**
 * The per-question cost in instructions, which the machine's load does not change (wall-clock p50 on a
 * shared machine ran 0.76–5.06 ms for the same commit). Run under callgrind by bench/instructions.sh:
 *   node --expose-gc --import tsx bench/instructions.ts <knowledge dir> <questions.txt> [passes] [max questions]
 * It loads the engine, asks every question once (or until 1,000 have been asked, as run-engine.ts warms
 * up; INSTRUCTIONS_WARM_UP sets another number), then calls os.uptime(), asks the questions `passes` more times (default 2), and calls
 * os.loadavg(). Those two calls are the markers: callgrind's `--zero-before=uv_uptime` and
 * `--dump-before=uv_loadavg` count exactly the instructions between them, in every thread (the JIT's
 * and the GC's helper threads included), and nothing of start-up or warm-up. Without valgrind it prints
 * the wall time of the timed passes, so a run can be checked outside it too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, uptime } from 'node:os';
import { loadEngine } from '../src/engine.js';

const [dir, questionsFile, passesArg, maxArg] = process.argv.slice(2) as [string, string, string | undefined, string | undefined];
const passes = passesArg ? Number(passesArg) : 2;
const questions = readFileSync(questionsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, maxArg ? Number(maxArg) : undefined);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const engine = loadEngine({ knowledgeDir: dir });
await engine.namesFound;
let answered = 0;
const ask = () => {
  for (const q of questions) if (engine.ask(q)) answered++;
};
// INSTRUCTIONS_WARM_UP asks more before counting: after 1,000 questions V8 still compiles (and throws away)
// code for readQuery and answer() while the counted passes run (see docs/PERFORMANCE-LOG.md, nineteenth session).
const warmUp = Number(process.env.INSTRUCTIONS_WARM_UP ?? 1_000);
for (let asked = 0; asked === 0 || asked < warmUp; asked += questions.length) ask();
gc();
// Under bench/instructions.sh, start-up and warm-up run uninstrumented (20× faster under valgrind): the
// driver switches callgrind's instrumentation on once this file exists, while the process spins here.
const flag = process.env.INSTRUCTIONS_FLAG;
if (flag) {
  process.stderr.write('ready\n');
  while (!existsSync(flag)) {}
}
const heapMB = process.memoryUsage().heapUsed / 1048576;
const t0 = performance.now();
uptime(); // callgrind: --zero-before=uv_uptime
for (let p = 0; p < passes; p++) ask();
loadavg(); // callgrind: --dump-before=uv_loadavg
const ms = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify({ questions: questions.length, passes, timed: questions.length * passes, answered, msPerQuestion: Math.round((ms / (questions.length * passes)) * 1e4) / 1e4, heapMB: Math.round(heapMB * 10) / 10 })}\n`,
);
// Under valgrind a helper thread may keep the process from ending: nothing is left to do.
process.exit(0);

/**
 * `npm run eval`: quality on the project's question sets, printed as tables.
 *   --verbose     list every miss with what was cited
 *   --set NAME    only test/eval/NAME-questions.jsonl
 *   --knowledge DIR  another knowledge folder
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../engine.js';
import { formatReport, readQuestions, runQuestions, summarize } from './evaluate.js';
import { exitQuietlyOnClosedPipe } from './pipe.js';

exitQuietlyOnClosedPipe();

const dir = fileURLToPath(new URL('../../test/eval', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const knowledgeDir = args.includes('--knowledge') ? args[args.indexOf('--knowledge') + 1] : undefined;
const engine = loadEngine(knowledgeDir ? { knowledgeDir } : {});
const sets = readdirSync(dir)
  .filter((f) => f.endsWith('-questions.jsonl'))
  .map((f) => f.replace(/-questions\.jsonl$/, ''))
  .filter((s) => only === undefined || s === only)
  .sort();
// A set whose name ends in "holdout" is written apart and never tuned on: it is reported on its own.
const heldOut = (s: string) => s.endsWith('holdout');
const tuning = sets.filter((s) => !heldOut(s));
const groups: Array<[string, string[]]> = [[`tuning sets (${tuning.join(' + ')})`, tuning]];
for (const s of sets.filter(heldOut)) groups.push([`${s} set (not tuned on)`, [s]]);
for (const [title, names] of groups) {
  const questions = names.flatMap((n) => {
    const f = join(dir, `${n}-questions.jsonl`);
    return existsSync(f) ? readQuestions(f) : [];
  });
  if (questions.length === 0) continue;
  const outcomes = runQuestions(engine, questions);
  console.log(formatReport(title, summarize(outcomes)));
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  console.log(`answer time: median ${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(3)} ms, max ${(ms[ms.length - 1] ?? 0).toFixed(3)} ms\n`);
  if (verbose) {
    for (const o of outcomes) {
      const ok = o.kind === 'oos' ? o.abstained : o.rank === 1;
      if (!ok) console.log(`MISS ${o.q.id}: ${o.q.text}  → ${o.abstained ? 'abstained' : o.refs.join(' ')} (rank ${o.rank})`);
    }
  }
}

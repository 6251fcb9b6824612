/**
 * Traces a conversation through the engine, one question a line: what each question was read as and
 * what it cited. For developing follow-ups: `node --import tsx scripts/trace-chat.ts "q1" "q2" …`.
 */
import { loadEngine } from '../src/engine.js';

const engine = loadEngine();
let state = engine.newState();
for (const q of process.argv.slice(2)) {
  const r = engine.ask(q, state);
  state = r.state;
  const cited = r.abstained ? `abstained (${r.reason})` : r.answers.map((a) => a.label).join(' ');
  console.log(`› ${q}\n  ${cited}${r.followUp ? '  [follow-up]' : ''}${r.choices ? `  choices: ${r.choices.map((c) => c.name.en).join(', ')}` : ''}`);
  console.log(`  focus: ${state.focus.map((f) => `${f.key}@${f.age}`).join(' ')}  last: ${JSON.stringify(state.last ?? null)}`);
}

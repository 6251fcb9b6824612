/**
 * Refusals tallied by the check that made them (AskResult.gate) over every development and fresh set: the
 * seed's sets (with and without hand-made data), the story-* sets (and with no story chosen), the
 * cross-lingual benchmark's development lines, its fresh sets, their paragraphs, and the fresh
 * out-of-scope sets. Held-out files and lines are skipped unread. Per gate: answerable questions refused
 * (wrong) against out-of-scope ones refused (right). Each question is written to OUT (JSON lines) for a
 * closer look. OTHERS=1 also asks each benchmark question of another story (refused there is right).
 * usage: node --import tsx scripts/refusal-gates.ts [OUT.jsonl] [--opt name=value ...]
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHAT_PAGE, type EvalQuestion, kindOf, readQuestions } from '../src/cli/evaluate.js';
import { DIRECTIONS, goldOf, paragraphStories, readXling, right, type XlingQuestion } from '../src/cli/xling.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../src/engine.js';
import { type Knowledge, loadKnowledge } from '../src/knowledge/load.js';
import type { ChatState, Engine } from '../src/types.js';

const args = process.argv.slice(2);
const out = args[0] && !args[0].startsWith('--') ? args[0] : 'scratch/refusal-gates.jsonl';
const options: Record<string, number> = {};
args.forEach((a, i) => {
  if (a !== '--opt') return;
  const [name, value] = (args[i + 1] ?? '').split('=');
  if (name && value !== undefined) options[name] = Number(value);
});
const dir = join(import.meta.dirname, '../test/eval');
const rows: object[] = [];
const engines = new Map<string, Engine>();
const knowledges = new Map<string, Knowledge>();
function storiesEngine(storiesDir: string): Engine {
  let e = engines.get(storiesDir);
  if (!e) {
    const k = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
    knowledges.set(storiesDir, k);
    e = createEngine({ knowledge: k, options });
    engines.set(storiesDir, e);
  }
  return e;
}
const seed = loadEngine({ load: { handMade: true }, options });
const bareSeed = loadEngine({ load: { handMade: false }, options });
const sets = readdirSync(dir)
  .filter((f) => f.endsWith('-questions.jsonl') && !f.includes('holdout'))
  .map((f) => f.replace(/-questions\.jsonl$/, ''))
  .sort();
function runSet(group: string, set: string, qs: EvalQuestion[], engineOf: (q: EvalQuestion) => Engine) {
  const chats = new Map<string, ChatState>();
  for (const q of qs) {
    const state = q.chat ? chats.get(q.chat) : undefined;
    const r = engineOf(q).ask(q.text, state, { top: q.chat ? CHAT_PAGE : 5, ...(q.story ? { story: q.story } : {}) });
    if (q.chat) chats.set(q.chat, r.state);
    const idx = r.answers.findIndex((a) => q.gold.some((g) => a.parts.some((p) => p.text.includes(g))));
    const oos = kindOf(q.id) === 'oos';
    rows.push({ group, set, id: q.id, text: q.text, oos, refused: r.abstained, gate: r.gate ?? null, rank: idx + 1, followUp: r.followUp });
  }
}
const engineOf = (q: EvalQuestion): Engine => (q.stories ? storiesEngine(join(dir, q.stories)) : seed);
for (const s of sets) runSet(s.startsWith('story-') ? 'story' : 'seed', s, readQuestions(join(dir, `${s}-questions.jsonl`)), engineOf);
for (const s of sets.filter((x) => !x.startsWith('story-')))
  runSet('bare', s, readQuestions(join(dir, `${s}-questions.jsonl`)), (q) => (q.stories ? storiesEngine(join(dir, q.stories)) : bareSeed));
const unchosen = sets.filter((s) => s.startsWith('story-')).flatMap((n) => readQuestions(join(dir, `${n}-questions.jsonl`)).map(({ story: _, ...q }) => q));
runSet('unchosen', 'story-unchosen', unchosen, engineOf);

function runX(group: string, set: string, engine: Engine, questions: XlingQuestion[], others: boolean) {
  const sentences = new Map<string, ReturnType<Engine['paragraphs']>[number]>();
  const storySentences = (id: string) => {
    let s = sentences.get(id);
    if (!s) {
      s = engine.paragraphs(id).flat();
      sentences.set(id, s);
    }
    return s;
  };
  const stories = engine.stories;
  const article = (id: string) => {
    const info = stories.find((s) => s.id === id);
    return (info?.title.en ?? info?.title.ar ?? id).replace(/\s*\(\d+\)$/, '');
  };
  questions.forEach((q, i) => {
    if (q.split === 'holdout') return;
    const r = engine.ask(q.text, undefined, { story: q.story, top: 5 });
    if (q.answer === null) {
      rows.push({ group, set, id: q.id, text: q.text, oos: true, refused: r.abstained, gate: r.gate ?? null, rank: 0 });
      return;
    }
    const gold = goldOf(q, storySentences(q.story));
    const rank = r.answers.findIndex((a) => right(q, a, gold)) + 1;
    rows.push({ group, set, id: q.id, text: q.text, oos: false, refused: r.abstained, gate: r.gate ?? null, rank });
    if (!others) return;
    const own = stories.findIndex((s) => s.id === q.story);
    for (let step = 7 + (i % 5), tries = 0; tries < stories.length; step++, tries++) {
      const other = stories[(own + step) % stories.length];
      if (other === undefined || other.id === q.story || article(other.id) === article(q.story)) continue;
      const o = engine.ask(q.text, undefined, { story: other.id });
      rows.push({ group, set: `${set}/other`, id: q.id, text: q.text, oos: true, other: true, refused: o.abstained, gate: o.gate ?? null, rank: 0 });
      break;
    }
  });
}
const others = process.env.OTHERS === '1';
const xdir = join(dir, 'xling');
for (const d of DIRECTIONS) runX('xling', `X-${d}`, storiesEngine(join(xdir, 'stories', d.slice(3))), readXling(xdir, d), others);
const cuts: Array<{ storiesDir: string }> = [];
for (const lang of ['ar', 'en'] as const) {
  const cut = paragraphStories(join(xdir, 'stories', lang));
  cuts.push(cut);
  for (const d of DIRECTIONS.filter((x) => x.endsWith(lang)))
    runX('xling-p', `P-${d}`, storiesEngine(cut.storiesDir), readXling(xdir, d).map(cut.move), others);
}
const fresh = (set: string, d: (typeof DIRECTIONS)[number], setDir: string, storiesDir: string, paragraphs: boolean) => {
  const qs = readXling(setDir, d);
  runX('fresh', set, storiesEngine(storiesDir), qs, others);
  if (!paragraphs) return;
  const cut = paragraphStories(storiesDir);
  cuts.push(cut);
  runX('fresh-p', `P${set}`, storiesEngine(cut.storiesDir), qs.map(cut.move), others);
};
const f1 = join(dir, 'xling-fresh');
const f2 = join(dir, 'xling-fresh2');
const f3 = join(dir, 'xling-fresh3');
fresh('XF-ar-ar', 'ar-ar', f1, join(f1, 'stories', 'ar'), false);
fresh('XF2-ar-ar', 'ar-ar', f2, join(f2, 'stories', 'ar'), true);
fresh('XFE-en-en', 'en-en', f1, join(f1, 'stories', 'en'), true);
fresh('XFA-ar-en', 'ar-en', f1, join(xdir, 'stories', 'en'), false);
fresh('XFL-en-en', 'en-en', f3, join(f3, 'stories', 'en'), true);
for (const name of ['xling-oos', 'xling-oos2']) {
  const odir = join(dir, name);
  if (!existsSync(join(odir, 'ar-ar.jsonl'))) continue;
  for (const d of DIRECTIONS) runX('oosset', `${name}-${d}`, storiesEngine(join(xdir, 'stories', d.slice(3))), readXling(odir, d), false);
}
for (const c of cuts) rmSync(c.storiesDir, { recursive: true, force: true });
writeFileSync(out, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
const tally = new Map<string, [number, number]>();
for (const r of rows as Array<{ oos: boolean; refused: boolean; gate: string | null }>) {
  if (!r.refused) continue;
  const t = tally.get(r.gate ?? '?') ?? [0, 0];
  t[r.oos ? 1 : 0]++;
  tally.set(r.gate ?? '?', t);
}
console.log('gate                 wrong   right');
for (const [g, [w, r]] of [...tally].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]))
  console.log(`${g.padEnd(18)} ${String(w).padStart(7)} ${String(r).padStart(7)}`);
console.log(`wrote ${rows.length} rows to ${out}`);

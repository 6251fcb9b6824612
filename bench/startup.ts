/**
 * Start-up alone, in a fresh process, for comparing versions of the code on one archive:
 *   node --import tsx bench/startup.ts <code root> <knowledge dir> [minisearch | background]
 * <code root> is a checkout of Sanad (this one, or a `git archive` copy of an older commit run with the
 * same node_modules); its src/engine.ts is imported from there. Prints one JSON line: start-up wall
 * and CPU ms (load + validate + index, after the modules are imported, as `npm run bench` counts it),
 * then the first question's wall and CPU ms (an English and an Arabic one, asked in turn), which pays
 * for anything left lazy. With `minisearch`, the same for MiniSearch over the sentences that code
 * root's loader gives (as bench/run-engine.ts builds it), the yardstick of `npm run bench`. With
 * `background`, Sanad as the bot starts it (names not yet remembered found after start-up, the engine
 * answering meanwhile): start-up is then the time to the first answer, and `namesMs` / `namesCpuMs`
 * the time from start-up's end until the full index was swapped in (CPU of the whole process, the
 * two questions included); a version without that mode finds the names during start-up as before.
 *
 * The machine is shared: run versions in alternation, several rounds, and compare medians of the CPU
 * ratios within a round (README, Speed and memory).
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';

const [codeRoot, dir, engineName = 'sanad'] = process.argv.slice(2) as [string, string, string?];
const from = (file: string) => import(pathToFileURL(join(resolve(codeRoot), file)).href);
type Load = (o: { knowledgeDir: string; names?: 'background' }) => { ask: (q: string) => unknown; namesFound?: Promise<unknown> };
let loadEngine: Load;
if (engineName === 'minisearch') {
  const { loadKnowledge } = (await from('src/knowledge/load.ts')) as {
    loadKnowledge: (dir: string) => { stories: { sentences: { text: string; ref: string }[]; translations: Map<string, string> }[] };
  };
  loadEngine = ({ knowledgeDir }) => {
    const k = loadKnowledge(knowledgeDir);
    let id = 0;
    const docs = k.stories.flatMap((s) => s.sentences.map((x) => ({ id: id++, text: x.text, translation: s.translations.get(x.ref) ?? '' })));
    const ms = new MiniSearch<(typeof docs)[number]>({ fields: ['text', 'translation'], storeFields: [], searchOptions: { fuzzy: 0.2 } });
    ms.addAll(docs);
    return { ask: (q: string) => ms.search(q).slice(0, 5) };
  };
} else {
  ({ loadEngine } = (await from('src/engine.ts')) as { loadEngine: Load });
}

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0, cpuMs: cpuMs(process.cpuUsage(c0)) };
}
const start = timed(() => loadEngine({ knowledgeDir: resolve(dir), ...(engineName === 'background' ? { names: 'background' as const } : {}) }));
const engine = start.value;
const c1 = process.cpuUsage();
const t1 = performance.now();
const en = timed(() => engine.ask('Who did Trump call?'));
const ar = timed(() => engine.ask('ماذا قال بيسكوف عن كورسك؟'));
const r = (x: number) => Math.round(x * 10) / 10;
let names = {};
if (engine.namesFound !== undefined) {
  await engine.namesFound;
  names = { namesMs: r(performance.now() - t1), namesCpuMs: r(cpuMs(process.cpuUsage(c1))) };
}
process.stdout.write(
  `${JSON.stringify({ startupMs: r(start.ms), startupCpuMs: r(start.cpuMs), firstEnMs: r(en.ms), firstEnCpuMs: r(en.cpuMs), firstArMs: r(ar.ms), firstArCpuMs: r(ar.cpuMs), ...names })}\n`,
);

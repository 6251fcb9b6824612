/**
 * The cross-lingual benchmark (test/eval/xling/): public question-answering data over stories added
 * as a user adds them (story.txt and story.json only), in four directions: Arabic questions on Arabic
 * stories (ar-ar), English on Arabic (en-ar), English on English (en-en), Arabic on English (ar-en).
 *
 * A question is {"id", "story", "text", "answer", "offset", "split"}: the right sentence is the one
 * holding `offset` (the answer's place in story.txt); `answer: null` marks a question the story does
 * not answer. Questions are asked about their own story, as a user who picked it would.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Knowledge } from '../knowledge/load.js';
import { normalizeForAnalysis } from '../text/normalize.js';
import type { Engine, SentenceView } from '../types.js';

/** The four directions, question language first. */
export const DIRECTIONS = ['ar-ar', 'en-ar', 'en-en', 'ar-en'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** One benchmark question. */
export interface XlingQuestion {
  readonly id: string;
  readonly story: string;
  readonly text: string;
  readonly answer: string | null;
  readonly offset?: number;
  readonly split: 'dev' | 'holdout';
}

/** Figures for one direction and split. */
export interface XlingReport {
  readonly n: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
  /** Answerable questions refused. */
  readonly falseAbstention: number;
  readonly oos: number;
  /** Out-of-scope questions refused. */
  readonly oosAbstained: number;
  /** MiniSearch (fuzzy 0.2, prefix) over the same sentences: hit@1 on the answerable questions. */
  readonly minisearchHit1?: number;
  /** hit@1 when each question is asked of every story loaded, not of its own: the story must be found too. */
  readonly archiveHit1: number;
  /**
   * Answerable questions refused when asked of another story (not a part of the same article): out of
   * scope by construction, unlike the benchmark's own out-of-scope questions, which ask about the story's
   * subject on purpose.
   */
  readonly othersRefused: number;
  /** Ids of answerable questions missed at rank 1, for --verbose. */
  readonly misses: readonly string[];
}

/** Reads one direction's questions. */
export function readXling(dir: string, direction: Direction): XlingQuestion[] {
  return readFileSync(join(dir, `${direction}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as XlingQuestion);
}

/** The benchmark's stories of one language cut into one story per paragraph, and its questions moved onto them. */
export interface ParagraphStories {
  /** A new temporary folder of story folders, `<story id>--p<n>` for the story's paragraph n (from 0). */
  readonly storiesDir: string;
  /** A question asked of the paragraph that holds its answer (an out-of-scope one: of the story's first). */
  readonly move: (q: XlingQuestion) => XlingQuestion;
}

/**
 * Cuts each story of `storiesDir` into stories of one paragraph, each with its story's story.json (so
 * its title): as question-answering benchmarks such as XQuAD and MLQA give their contexts, and as a news
 * brief is. What such a story lacks is what a longer one says elsewhere, its subject often among it.
 */
export function paragraphStories(storiesDir: string): ParagraphStories {
  const out = mkdtempSync(join(tmpdir(), 'sanad-paragraphs-'));
  const starts = new Map<string, number[]>();
  for (const id of readdirSync(storiesDir).filter((f) => !f.startsWith('.'))) {
    const meta = readFileSync(join(storiesDir, id, 'story.json'), 'utf8');
    const at: number[] = [];
    let offset = 0;
    readFileSync(join(storiesDir, id, 'story.txt'), 'utf8')
      .split('\n')
      .forEach((line, n) => {
        at.push(offset);
        offset += line.length + 1;
        if (line.trim() === '') return;
        mkdirSync(join(out, `${id}--p${n}`));
        writeFileSync(join(out, `${id}--p${n}`, 'story.txt'), `${line}\n`);
        writeFileSync(join(out, `${id}--p${n}`, 'story.json'), meta);
      });
    starts.set(id, at);
  }
  const move = (q: XlingQuestion): XlingQuestion => {
    const at = starts.get(q.story) ?? [0];
    if (q.offset === undefined) return { ...q, story: `${q.story}--p0` };
    let n = 0;
    while (n + 1 < at.length && (at[n + 1] as number) <= q.offset) n++;
    return { ...q, story: `${q.story}--p${n}`, offset: q.offset - (at[n] as number) };
  };
  return { storiesDir: out, move };
}

/** Text as the scoring compares it: normalised, only letters and digits, runs of spaces as one. */
function plain(text: string): string {
  return normalizeForAnalysis(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same with what brackets hold left out: an aside ("(بالعبرية: …)") one copy of a sentence gives and another lacks. */
function unbracketed(text: string): string {
  let t = normalizeForAnalysis(text);
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  }
  return plain(t);
}

/** What a cited sentence is compared with: the gold sentence's text without its asides, and the answer's. */
export interface Gold {
  readonly text: string;
  readonly answer: string;
}

/** The gold sentence (the one holding the answer's offset) among a story's sentences, as `right` compares it. */
export function goldOf(q: XlingQuestion, sentences: ReadonlyArray<{ start: number; end: number; text: string }>): Gold | undefined {
  if (q.offset === undefined || q.answer === null) return undefined;
  const offset = q.offset;
  const s = sentences.find((x) => x.start <= offset && offset < x.end);
  return s === undefined ? undefined : { text: unbracketed(s.text), answer: plain(q.answer) };
}

/**
 * Whether a cited answer is right: it holds the answer's offset, or one of its sentences is another copy
 * of the gold sentence that holds the answer too. ARCD's articles repeat paragraphs, a copy sometimes with
 * an aside in brackets or quotation marks the other lacks ("(بالعبرية: …)"): the same words, letter for
 * letter once those are left out, and citing either copy answers the question.
 */
export function right(q: XlingQuestion, a: { start: number; end: number; text: string; parts?: readonly SentenceView[] }, gold?: Gold): boolean {
  if (q.offset === undefined) return false;
  if (a.start <= q.offset && q.offset < a.end) return true;
  if (gold === undefined || gold.text === '' || gold.answer === '') return false;
  return (a.parts ?? [a]).some((p) => unbracketed(p.text) === gold.text && ` ${plain(p.text)} `.includes(gold.answer));
}

/** Runs questions through the engine (and MiniSearch when `knowledge` is given). */
export function runXling(engine: Engine, questions: readonly XlingQuestion[], knowledge?: Knowledge): XlingReport {
  const answerable = questions.filter((q) => q.answer !== null);
  const oos = questions.filter((q) => q.answer === null);
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let refused = 0;
  let archive = 0;
  const misses: string[] = [];
  const sentences = new Map<string, SentenceView[]>();
  const storySentences = (id: string) => {
    const known = sentences.get(id);
    if (known !== undefined) return known;
    const all = engine.paragraphs(id).flat();
    sentences.set(id, all);
    return all;
  };
  for (const q of answerable) {
    const gold = goldOf(q, storySentences(q.story));
    const r = engine.ask(q.text, undefined, { story: q.story, top: 5 });
    const rank = r.answers.findIndex((a) => right(q, a, gold)) + 1;
    if (rank === 1) hit1++;
    else misses.push(q.id);
    if (rank >= 1 && rank <= 3) hit3++;
    if (rank > 0) rr += 1 / rank;
    if (r.abstained) refused++;
    const all = engine.ask(q.text, undefined, { top: 1 });
    const a = all.abstained ? undefined : all.answers[0];
    if (a !== undefined && a.story === q.story && right(q, a, gold)) archive++;
  }
  const oosRefused = oos.filter((q) => engine.ask(q.text, undefined, { story: q.story }).abstained).length;
  // Each question asked of a story a few places on (the place moving with the question, so every
  // story gets asked), skipping the other parts of its own article ("Montana (2)" beside "Montana (1)").
  const stories = engine.stories;
  const article = (id: string) => {
    const info = stories.find((s) => s.id === id);
    return (info?.title.en ?? info?.title.ar ?? id).replace(/\s*\(\d+\)$/, '');
  };
  let othersRefused = 0;
  let asked = 0;
  answerable.forEach((q, i) => {
    const own = stories.findIndex((s) => s.id === q.story);
    for (let step = 7 + (i % 5), tries = 0; tries < stories.length; step++, tries++) {
      const other = stories[(own + step) % stories.length];
      if (other === undefined || other.id === q.story || article(other.id) === article(q.story)) continue;
      asked++;
      if (engine.ask(q.text, undefined, { story: other.id }).abstained) othersRefused++;
      break;
    }
  });
  const n = answerable.length || 1;
  return {
    n: answerable.length,
    hit1: hit1 / n,
    hit3: hit3 / n,
    mrr: rr / n,
    falseAbstention: refused / n,
    oos: oos.length,
    oosAbstained: oos.length === 0 ? 0 : oosRefused / oos.length,
    archiveHit1: archive / n,
    othersRefused: asked === 0 ? 0 : othersRefused / asked,
    ...(knowledge ? { minisearchHit1: miniSearchHit1(knowledge, answerable) } : {}),
    misses,
  };
}

/** hit@1 of a plain MiniSearch index over each story's sentences (the baseline a user could set up). */
function miniSearchHit1(knowledge: Knowledge, questions: readonly XlingQuestion[]): number {
  const byStory = new Map(knowledge.stories.map((s) => [s.info.id, s]));
  const indexes = new Map<string, MiniSearch<{ id: number; text: string }>>();
  let hits = 0;
  for (const q of questions) {
    const story = byStory.get(q.story);
    if (!story) continue;
    let ms = indexes.get(q.story);
    if (!ms) {
      ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } });
      ms.addAll(story.sentences.map((s, id) => ({ id, text: s.text })));
      indexes.set(q.story, ms);
    }
    const top = ms.search(q.text)[0];
    const s = top === undefined ? undefined : story.sentences[top.id as number];
    if (s && right(q, s, goldOf(q, story.sentences))) hits++;
  }
  return questions.length === 0 ? 0 : hits / questions.length;
}

/** A plain-text table of the four directions. */
export function formatXling(title: string, rows: ReadonlyArray<readonly [string, XlingReport]>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  const lines = [title, "direction    n   hit@1   hit@3    MRR   refused   oos refused   minisearch hit@1   hit@1 of all stories   others' questions refused"];
  for (const [name, r] of rows) {
    lines.push(
      `${name.padEnd(9)} ${String(r.n).padStart(4)}  ${pct(r.hit1)}  ${pct(r.hit3)}  ${r.mrr.toFixed(3)}   ${pct(r.falseAbstention)}   ${pct(r.oosAbstained)} (${String(r.oos).padStart(2)})   ${r.minisearchHit1 === undefined ? '    -' : pct(r.minisearchHit1)}              ${pct(r.archiveHit1)}                 ${pct(r.othersRefused)}`,
    );
  }
  return lines.join('\n');
}

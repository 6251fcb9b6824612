/**
 * The quality harness: runs question sets through the engine and measures hit@1, hit@3 and MRR per
 * kind, abstention on out-of-scope questions and false abstention on answerable ones.
 *
 * A question set is JSON Lines: {"id", "text", "gold": [substrings], "chat"?, "stories"?, "story"?}. An
 * answer is right when its sentence contains any gold substring; an empty gold means the story does not
 * answer it. `stories` names a folder of stories (relative to test/eval) other than the seed's, and
 * `story` the story asked about in it, as a user who picked that story would.
 * The kind is read off the id: en-, et- (typos), ar-, mx- (mixed scripts), dlg- (conversation), oos-.
 */
import { readFileSync } from 'node:fs';
import type { ChatState, Engine } from '../types.js';

/** One evaluation question. */
export interface EvalQuestion {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly string[];
  readonly chat?: string;
  /** A folder of stories relative to the set's folder (e.g. "xling/stories/en"); the seed's when absent. */
  readonly stories?: string;
  /** The story asked about, by id; the engine's default story when absent. */
  readonly story?: string;
}

/** The outcome of one question. */
export interface EvalOutcome {
  readonly q: EvalQuestion;
  readonly kind: string;
  readonly abstained: boolean;
  /** 1-based rank of the first right answer, 0 if none. */
  readonly rank: number;
  readonly refs: readonly string[];
  readonly ms: number;
}

/** Figures for one kind. */
export interface KindReport {
  readonly kind: string;
  readonly n: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
  /** Share abstained (for oos: the success rate; otherwise false abstention). */
  readonly abstained: number;
}

/** Reads a question file. */
export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalQuestion);
}

/** The kind of a question, from its id ("h-en-03" → "en"). */
export function kindOf(id: string): string {
  const m = /^(?:h-)?([a-z]+)-/.exec(id);
  return m?.[1] ?? 'other';
}

/**
 * Answers a page holds in a conversation, as the terminal chat and the bot show them: what a
 * conversation has shown is never shown again by "else" and "more", so how many were shown matters.
 */
export const CHAT_PAGE = 3;

/**
 * Runs questions in order; lines sharing `chat` are one conversation, asked a page of CHAT_PAGE answers at
 * a time. `engine` may be a function that picks the engine of a question (by its `stories` folder).
 */
export function runQuestions(engine: Engine | ((q: EvalQuestion) => Engine), questions: readonly EvalQuestion[], top = 5): EvalOutcome[] {
  const chats = new Map<string, ChatState>();
  const engineOf = typeof engine === 'function' ? engine : () => engine;
  return questions.map((q) => {
    const state = q.chat ? chats.get(q.chat) : undefined;
    const t0 = performance.now();
    const r = engineOf(q).ask(q.text, state, { top: q.chat ? Math.min(top, CHAT_PAGE) : top, ...(q.story ? { story: q.story } : {}) });
    const ms = performance.now() - t0;
    if (q.chat) chats.set(q.chat, r.state);
    // An answer that spans two sentences is right when either of them is.
    const idx = r.answers.findIndex((a) => q.gold.some((g) => a.parts.some((p) => p.text.includes(g))));
    return { q, kind: kindOf(q.id), abstained: r.abstained, rank: idx + 1, refs: r.answers.map((a) => a.label), ms };
  });
}

/** Summarizes outcomes per kind, plus "all" over the answerable kinds. */
export function summarize(outcomes: readonly EvalOutcome[]): KindReport[] {
  const kinds = [...new Set(outcomes.map((o) => o.kind))].sort((a, b) => (a === 'oos' ? 1 : b === 'oos' ? -1 : a.localeCompare(b)));
  const report = (kind: string, os: readonly EvalOutcome[]): KindReport => ({
    kind,
    n: os.length,
    hit1: share(os, (o) => o.rank === 1),
    hit3: share(os, (o) => o.rank >= 1 && o.rank <= 3),
    mrr: os.length === 0 ? 0 : os.reduce((s, o) => s + (o.rank > 0 ? 1 / o.rank : 0), 0) / os.length,
    abstained: share(os, (o) => o.abstained),
  });
  const rows = kinds.map((k) =>
    report(
      k,
      outcomes.filter((o) => o.kind === k),
    ),
  );
  rows.push(
    report(
      'answerable',
      outcomes.filter((o) => o.kind !== 'oos'),
    ),
  );
  return rows;
}

function share<T>(xs: readonly T[], p: (x: T) => boolean): number {
  return xs.length === 0 ? 0 : xs.filter(p).length / xs.length;
}

/** A plain-text table of a report. */
export function formatReport(title: string, rows: readonly KindReport[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
  const lines = [`${title}`, 'kind          n   hit@1   hit@3    MRR   abstained'];
  for (const r of rows) {
    const abst = r.kind === 'oos' ? `${pct(r.abstained)} (want high)` : `${pct(r.abstained)}`;
    lines.push(
      `${r.kind.padEnd(11)} ${String(r.n).padStart(3)}  ${r.kind === 'oos' ? '     -      -      -  ' : `${pct(r.hit1)}  ${pct(r.hit3)}  ${r.mrr.toFixed(3)}`}  ${abst}`,
    );
  }
  return lines.join('\n');
}

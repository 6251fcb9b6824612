/**
 * The answer engine: the one door the front ends (CLI, Telegram bot) use.
 *
 * ```ts
 * const engine = loadEngine();                       // knowledge/ → index, once
 * let state = engine.newState();
 * const r = engine.ask('what did Peskov say about Kursk?', state);
 * state = r.state;                                   // keep it for follow-ups
 * r.answers[0]?.ref;                                 // "23"
 * ```
 */
import { fileURLToPath } from 'node:url';
import { nextFocus, resolveFollowUp } from './conversation/followup.js';
import { coerceState, newState as freshState } from './conversation/state.js';
import { detectLanguage, StoryDraftError, storyFromDraft } from './knowledge/draft.js';
import { KnowledgeError } from './knowledge/errors.js';
import { type Knowledge, type LoadOptions, loadKnowledge, withStories } from './knowledge/load.js';
import type { LoadedStory } from './knowledge/story.js';
import { withoutNameParts } from './search/concepts.js';
import { SEARCH_DEFAULTS, type SearchOptions } from './search/defaults.js';
import { appendStory, buildIndex, conceptKey, contentTokens, type IndexedSentence, type SearchIndex } from './search/index.js';
import { forgetMemos, type ParsedQuery, parseQuery, type QueryUnit } from './search/query.js';
import { type Hit, rank } from './search/rank.js';
import { storyReport } from './search/report.js';
import type { Token } from './text/analyzer.js';
import { mergeSpans } from './text/spans.js';
import type {
  AbstainReason,
  Answer,
  AskOptions,
  AskResult,
  ChatState,
  Engine,
  GlossItem,
  Lang,
  SentenceView,
  Span,
  StoryDraft,
  StoryInfo,
  StoryReport,
} from './types.js';

/** The knowledge folder shipped with the project. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));

/** What an engine is built from. */
export interface EngineDeps {
  readonly knowledge: Knowledge;
  /** Overrides of SEARCH_DEFAULTS (for experiments and tests). */
  readonly options?: Partial<SearchOptions>;
}

/**
 * Loads a knowledge folder and builds an engine over it.
 * @param opts.knowledgeDir folder of story folders and shared language data (default: knowledge/)
 * @throws KnowledgeError naming the file and line of a bad knowledge file
 */
export function loadEngine(opts: { knowledgeDir?: string; options?: Partial<SearchOptions>; load?: LoadOptions } = {}): Engine {
  const knowledge = loadKnowledge(opts.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR, opts.load);
  return createEngine(opts.options ? { knowledge, options: opts.options } : { knowledge });
}

/** Builds an engine from loaded knowledge (indexing happens here, once). */
export function createEngine(deps: EngineDeps): Engine {
  const o: SearchOptions = Object.freeze({ ...SEARCH_DEFAULTS, ...deps.options });
  return new AnswerEngine(deps.knowledge, o);
}

class AnswerEngine implements Engine {
  stories: readonly StoryInfo[] = [];
  private index!: SearchIndex;
  private byStory = new Map<string, number>();
  private gids = new Map<string, number>();
  private readonly analysisCache = new Map<string, Analysed>();
  /** Keys of a question's units, for highlighting its answers (kept while the answers are). */
  private readonly unitKeys = new WeakMap<readonly QueryUnit[], ReadonlySet<string>>();

  constructor(
    private knowledge: Knowledge,
    private readonly o: SearchOptions,
  ) {
    this.use(knowledge);
  }

  /** Indexes `knowledge` and answers from it from now on (start-up, and when stories change). */
  private use(knowledge: Knowledge): void {
    const index = buildIndex(knowledge);
    const byStory = new Map<string, number>();
    const gids = new Map<string, number>();
    index.stories.forEach((s, i) => {
      byStory.set(s.info.id, i);
    });
    for (const s of index.sentences) gids.set(`${index.stories[s.story]?.info.id}#${s.sentence.ref}`, s.gid);
    // Swapped together, after everything is built: a question never sees half of a change.
    this.knowledge = knowledge;
    this.index = index;
    this.byStory = byStory;
    this.gids = gids;
    this.stories = index.stories.map((s) => s.info);
    this.analysisCache.clear();
  }

  addStory(draft: StoryDraft): StoryReport {
    const t0 = performance.now();
    const { story } = storyFromDraft(draft, new Set(this.byStory.keys()), new Date().toISOString().slice(0, 10));
    let knowledge: Knowledge;
    try {
      knowledge = withStories(this.knowledge, [...this.knowledge.stories, story]);
    } catch (e) {
      if (e instanceof KnowledgeError) throw new StoryDraftError(e.problem);
      throw e;
    }
    // Appended in place (a few milliseconds), unless the story brings a lexicon of its own.
    const from = this.index.sentences.length;
    if (appendStory(this.index, knowledge, story)) {
      forgetMemos(this.index);
      this.knowledge = knowledge;
      const si = this.index.stories.length - 1;
      this.byStory.set(story.info.id, si);
      for (let gid = from; gid < this.index.sentences.length; gid++)
        this.gids.set(`${story.info.id}#${(this.index.sentences[gid] as IndexedSentence).sentence.ref}`, gid);
      this.stories = this.index.stories.map((s) => s.info);
    } else {
      this.use(knowledge);
    }
    return storyReport(this.index, this.byStory.get(story.info.id) as number, performance.now() - t0);
  }

  removeStory(id: string): boolean {
    if (!this.byStory.has(id)) return false;
    this.use(
      withStories(
        this.knowledge,
        this.knowledge.stories.filter((s) => s.info.id !== id),
      ),
    );
    return true;
  }

  vocabularyFile(id: string): string | undefined {
    const names = this.index.namesByStory.get(id);
    if (names === undefined) return undefined;
    const header = '// Names found in this story by `npm run add-story`: edit freely; a lexicon.jsonl beside it adds to or overrides them.';
    return `${[header, ...names.map((e) => JSON.stringify({ id: e.id, kind: e.kind, en: e.en, ar: e.ar }))].join('\n')}\n`;
  }

  detectLanguage(text: string): Lang {
    return detectLanguage(typeof text === 'string' ? text : '');
  }

  newState(now?: number): ChatState {
    return freshState(now);
  }

  ask(question: string, state?: ChatState, options: AskOptions = {}): AskResult {
    const now = options.now ?? Date.now();
    const prev = coerceState(state, now);
    try {
      return this.answer(typeof question === 'string' ? question : '', prev, options, now);
    } catch (error) {
      // The engine must never throw at a user's question; this path is for our own bugs, and the
      // front end logs them (the error is attached) while the user gets a plain "could not answer".
      const result = this.abstain('empty', prev.lang ?? 'en', [], prev, now, false);
      Object.defineProperty(result, 'error', { value: error, enumerable: false });
      return result;
    }
  }

  more(state: ChatState, options: AskOptions = {}): AskResult {
    const now = options.now ?? Date.now();
    const prev = coerceState(state, now);
    const top = clampTop(options.top ?? this.o.top);
    const rest = prev.results.slice(prev.shown);
    const lang = prev.lang ?? 'en';
    if (rest.length === 0) return { ...this.abstain('no-more', lang, [], prev, now, false), more: true };
    const page = rest.slice(0, top);
    const shown = prev.shown + page.length;
    const newState: ChatState = { ...prev, shown, at: now };
    const lastQ = prev.lastQuestion ? parseQuery(this.index, prev.lastQuestion, this.o) : undefined;
    const answers = page.flatMap((r) => {
      const gid = this.gids.get(`${r.story}#${r.ref}`);
      return gid === undefined ? [] : [this.toAnswer(gid, r.score, lastQ?.units ?? [])];
    });
    return { lang, abstained: false, unknown: [], answers, followUp: false, more: true, remaining: prev.results.length - shown, state: newState };
  }

  sentence(story: string, ref: string): SentenceView | undefined {
    const gid = this.gids.get(`${story}#${ref}`);
    return gid === undefined ? undefined : this.view(gid);
  }

  around(story: string, ref: string, radius = 1): SentenceView[] {
    const gid = this.gids.get(`${story}#${ref}`);
    if (gid === undefined) return [];
    const s = this.index.sentences[gid] as IndexedSentence;
    const out: SentenceView[] = [];
    const r = Math.max(0, Math.min(10, Math.floor(radius)));
    for (let g = gid - r; g <= gid + r; g++) {
      if (this.index.sentences[g]?.story === s.story) out.push(this.view(g));
    }
    return out;
  }

  paragraphs(story: string): SentenceView[][] {
    const si = this.byStory.get(story);
    if (si === undefined) return [];
    const st = this.index.stories[si];
    return (st?.paragraphs ?? []).map((p) => p.sentences.map((s) => this.sentence(story, s.ref) as SentenceView));
  }

  story(id: string): StoryInfo | undefined {
    const i = this.byStory.get(id);
    return i === undefined ? undefined : this.stories[i];
  }

  private answer(question: string, prev: ChatState, options: AskOptions, now: number): AskResult {
    const q = parseQuery(this.index, question, this.o);
    if (q.more) return this.more(prev, options);
    if (q.empty) return this.abstain('empty', prev.lang ?? 'en', [], prev, now, false);
    const r = resolveFollowUp(q, prev, this.o);
    const units: QueryUnit[] = [...q.units, ...r.carried];
    if (q.smallTalk || units.filter((u) => u.kind !== 'action').length === 0) {
      return this.abstain('no-content', q.lang, [], prev, now, r.followUp);
    }
    const lastGids = prev.results.slice(0, Math.max(1, prev.shown)).flatMap((x) => {
      const g = this.gids.get(`${x.story}#${x.ref}`);
      return g === undefined ? [] : [g];
    });
    // A follow-up that asks for no kind of answer keeps the one asked before ("and the one with Zelensky?").
    const types = q.answerTypes.length === 0 && r.followUp ? (prev.types ?? []) : q.answerTypes;
    const onlyStory = options.story === undefined ? undefined : this.byStory.get(options.story);
    const focusStory = prev.story === undefined ? undefined : this.byStory.get(prev.story);
    const { hits } = rank(
      this.index,
      {
        units,
        answerTypes: types,
        // "What else": not the answer just given, nor the context shown around it.
        exclude: r.excludeShown && lastGids[0] !== undefined ? new Set([lastGids[0] - 1, lastGids[0], lastGids[0] + 1]) : undefined,
        focusStory: r.followUp ? focusStory : undefined,
        near: r.nearLast ? lastGids.slice(0, 1) : undefined,
        nearSelf: r.nearLast && !q.units.some((u) => u.kind === 'person'),
        onlyStory,
      },
      this.o,
    );
    const best = hits[0];
    const focus = nextFocus(q, r, prev);
    // The states below are written out rather than spread from `prev`: spreading is a slow path in
    // V8, and this runs for every question.
    const lastQuestion = question.trim().slice(0, 300);
    // A question about someone or something the story never names ("the prime minister of Japan")
    // needs more of the rest matched before a partial match ("deputy prime minister") is offered.
    // Across languages the evidence is thinner (a word the dictionary lacks, a name spelled another
    // way), so less of the question must match: the bars were set on questions in both directions.
    const named = q.units.some((u) => u.name);
    // A long question matches less of itself in the sentence that answers it (a paraphrase of five
    // words shares three): past a few units, each lowers the bar a little.
    const own = q.units.length - this.o.coverageUnitsFree;
    const same = named ? this.o.minCoverageUnknownName : Math.max(this.o.minCoverageLong, this.o.minCoverage - this.o.coverageStepPerUnit * Math.max(0, own));
    const cross = named ? this.o.minCoverageCrossLingualUnknownName : this.o.minCoverageCrossLingual;
    const bar = (h: Hit) => (readsIn(this.index.stories[(this.index.sentences[h.gid] as IndexedSentence).story], q.lang) ? same : cross);
    // Abstain on how much of the question the best-covered sentence matched, not on the top score,
    // which answer-type bonuses can give to a sentence that covers less.
    if (!best || !hits.some((h) => h.coverage >= bar(h))) {
      const unknown = unknownLabels(q.units);
      const reason: AbstainReason = q.truncated && unknown.length === 0 ? 'too-long' : 'not-in-story';
      return this.abstain(
        reason,
        q.lang,
        unknown,
        { v: 1, focus, lastQuestion, results: [], shown: 0, story: prev.story, lang: q.lang, types, at: now },
        now,
        r.followUp,
      );
    }
    const kept = hits
      .filter((h, i) => i === 0 || (h.coverage >= this.o.minCoverageRest && h.score >= this.o.relativeFloor * best.score))
      .slice(0, this.o.keepResults);
    const top = clampTop(options.top ?? this.o.top);
    const page = kept.slice(0, top);
    const state: ChatState = {
      v: 1,
      focus,
      lastQuestion,
      results: kept.map((h) => ({ story: this.storyIdOf(h.gid), ref: (this.index.sentences[h.gid] as IndexedSentence).sentence.ref, score: round(h.score) })),
      shown: page.length,
      story: this.storyIdOf(best.gid),
      lang: q.lang,
      types,
      at: now,
    };
    return {
      lang: q.lang,
      abstained: false,
      unknown: unknownLabels(q.units),
      answers: page.map((h) => this.toAnswer(h.gid, h.score, units)),
      followUp: r.followUp,
      more: false,
      remaining: kept.length - page.length,
      state,
    };
  }

  private abstain(reason: AbstainReason, lang: Lang, unknown: string[], state: ChatState, now: number, followUp: boolean): AskResult {
    return {
      lang,
      abstained: true,
      reason,
      unknown,
      answers: [],
      followUp,
      more: false,
      remaining: 0,
      state: state.at === now ? state : { ...state, at: now },
    };
  }

  private storyIdOf(gid: number): string {
    return this.index.stories[(this.index.sentences[gid] as IndexedSentence).story]?.info.id as string;
  }

  private view(gid: number): SentenceView {
    const s = this.index.sentences[gid] as IndexedSentence;
    const info = this.index.stories[s.story]?.info as StoryInfo;
    const story = info.id;
    const { ref, paragraph, text, start, end } = s.sentence;
    if (s.translation === undefined) return { story, ref, paragraph, text, start, end };
    return { story, ref, paragraph, text, start, end, translation: s.translation, translationKind: info.translation ?? 'project' };
  }

  private toAnswer(gid: number, score: number, units: readonly QueryUnit[]): Answer {
    return new CitedAnswer(this, gid, round(score), units);
  }

  /** The sentences before and after one, within its story (for an answer's context). */
  contextOf(gid: number): Answer['context'] {
    const story = (this.index.sentences[gid] as IndexedSentence).story;
    const before = this.index.sentences[gid - 1]?.story === story ? this.view(gid - 1) : undefined;
    const after = this.index.sentences[gid + 1]?.story === story ? this.view(gid + 1) : undefined;
    return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
  }

  /** A sentence's view, by gid (for `CitedAnswer`). */
  viewOf(gid: number): SentenceView {
    return this.view(gid);
  }

  /** Spans of `text` that match the question: content words with a matching key, and concept forms. */
  highlight(text: string, units: readonly QueryUnit[]): Span[] {
    // The answers of one question share its units: their keys are gathered once.
    let keys = this.unitKeys.get(units);
    if (keys === undefined) {
      keys = new Set(units.flatMap((u) => u.alts.map((a) => a.key)));
      this.unitKeys.set(units, keys);
    }
    const byKey = this.analysed(text);
    const spans: Span[] = [];
    for (const key of keys) {
      const found = byKey.get(key);
      if (found !== undefined) for (const span of found) spans.push(span);
    }
    return mergeSpans(spans);
  }

  /**
   * The English of an Arabic sentence's matched words, in sentence order: the question's word when the
   * question is English (a name's spelling, a translated word), else the dictionary's first word. At
   * most GLOSS_WORDS items; numbers and Latin words need none.
   */
  gloss(text: string, units: readonly QueryUnit[]): GlossItem[] {
    const byKey = this.analysed(text);
    const found: Array<GlossItem & { start: number }> = [];
    const seen = new Set<number>();
    for (const u of units) {
      const latinLabel = /[A-Za-z]/.test(u.label) && !/[\u0600-\u06FF]/.test(u.label);
      for (const a of u.alts) {
        // The words of a name are one item ("ديمتري بيسكوف = Peskov").
        for (const span of joinWords(byKey.get(a.key) ?? [], text)) {
          if (seen.has(span.start)) continue;
          const word = text.slice(span.start, span.end);
          if (!/[\u0600-\u06FF]/.test(word)) continue;
          const gloss = latinLabel ? u.label : (this.index.dictionary?.glossOf(a.key.startsWith('ar:') ? a.key : `ar:${word}`)[0] ?? '');
          if (gloss === '') continue;
          seen.add(span.start);
          found.push({ word, gloss, start: span.start });
        }
      }
    }
    return found
      .sort((x, y) => x.start - y.start)
      .slice(0, GLOSS_WORDS)
      .map(({ word, gloss }) => Object.freeze({ word, gloss }));
  }

  /**
   * The content words and concepts of a sentence (or its rendering), kept for the sentences cited most
   * recently: answers repeat, and re-analysing a sentence costs more than the rest of a question.
   */
  private analysed(text: string): Analysed {
    const hit = this.analysisCache.get(text);
    if (hit) return hit;
    const content = contentTokens(this.index.analyzer.analyze(text));
    const value: Map<string, Span[]> = new Map();
    // Spans are frozen: every question that cites the sentence reads the same ones.
    const add = (key: string, t: Token | undefined) => {
      if (t === undefined) return;
      const span = Object.freeze({ start: t.start, end: t.end });
      const spans = value.get(key);
      if (spans === undefined) value.set(key, [span]);
      else spans.push(span);
    };
    for (const t of content) add(t.key, t);
    for (const h of withoutNameParts(this.index.concepts.find(content))) for (let i = h.first; i <= h.last; i++) add(conceptKey(h), content[i]);
    if (this.analysisCache.size >= ANALYSIS_CACHE) this.analysisCache.delete(this.analysisCache.keys().next().value as string);
    this.analysisCache.set(text, value);
    return value;
  }
}

/**
 * An answer whose costly parts (highlights, which re-analyse the sentence, and the neighbours'
 * views) are computed on first access and kept: most callers (the JSON contract, pages of "more" not
 * yet shown) never read them. The getters are enumerable own properties in effect for readers; code
 * that copies an answer should copy the fields it needs.
 */
class CitedAnswer implements Answer {
  readonly story: string;
  readonly ref: string;
  readonly paragraph: number;
  readonly text: string;
  readonly translation?: string;
  readonly translationKind?: SentenceView['translationKind'];
  readonly start: number;
  readonly end: number;
  private lazyHighlights?: Span[];
  private lazyTranslationHighlights?: Span[];
  private lazyContext?: Answer['context'];
  private lazyGloss?: readonly GlossItem[];

  constructor(
    private readonly engine: AnswerEngine,
    private readonly gid: number,
    readonly score: number,
    private readonly units: readonly QueryUnit[],
  ) {
    const v = engine.viewOf(gid);
    this.story = v.story;
    this.ref = v.ref;
    this.paragraph = v.paragraph;
    this.text = v.text;
    if (v.translation !== undefined) this.translation = v.translation;
    if (v.translationKind !== undefined) this.translationKind = v.translationKind;
    this.start = v.start;
    this.end = v.end;
  }

  get highlights(): readonly Span[] {
    this.lazyHighlights ??= this.engine.highlight(this.text, this.units);
    return this.lazyHighlights;
  }

  get translationHighlights(): readonly Span[] {
    this.lazyTranslationHighlights ??= this.translation === undefined ? [] : this.engine.highlight(this.translation, this.units);
    return this.lazyTranslationHighlights;
  }

  get context(): Answer['context'] {
    this.lazyContext ??= this.engine.contextOf(this.gid);
    return this.lazyContext;
  }

  get gloss(): readonly GlossItem[] {
    this.lazyGloss ??= this.translation === undefined ? this.engine.gloss(this.text, this.units) : [];
    return this.lazyGloss;
  }

  /** The answer as plain data, every field included (what JSON.stringify writes). */
  toJSON(): Omit<Answer, never> {
    const { story, ref, paragraph, text, translation, translationKind, start, end, score, highlights, translationHighlights, context, gloss } = this;
    return {
      story,
      ref,
      paragraph,
      text,
      ...(translation === undefined ? {} : { translation }),
      ...(translationKind === undefined ? {} : { translationKind }),
      start,
      end,
      score,
      highlights,
      translationHighlights,
      context,
      gloss,
    };
  }
}

/** Whether a story can be read in a language: its own, or English through its English rendering. */
function readsIn(story: LoadedStory | undefined, lang: Lang): boolean {
  return story !== undefined && (story.info.language === lang || (lang === 'en' && story.translations.size > 0));
}

/** A sentence's analysis, as the highlighter needs it: where each index key occurs (words and concepts). */
type Analysed = ReadonlyMap<string, readonly Span[]>;

/** Spans in order, those separated only by spaces joined (the words of one name). */
function joinWords(spans: readonly Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of mergeSpans(spans)) {
    const last = out.at(-1);
    if (last !== undefined && /^\s*$/.test(text.slice(last.end, s.start))) out[out.length - 1] = { start: last.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/** Most words glossed under one quote. */
const GLOSS_WORDS = 6;

/** Sentences whose analysis is kept for highlighting (about 1 KB each). */
const ANALYSIS_CACHE = 4096;

/** What the story does not mention, names first: common words are listed only when nothing else is. */
function unknownLabels(units: readonly QueryUnit[]): string[] {
  const unknown = units.filter((u) => !u.known);
  const names = unknown.filter((u) => !u.common);
  return (names.length > 0 ? names : unknown).map((u) => u.label);
}

function clampTop(n: number): number {
  return Number.isFinite(n) ? Math.max(1, Math.min(50, Math.floor(n))) : SEARCH_DEFAULTS.top;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { ParsedQuery };

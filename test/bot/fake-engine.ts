/**
 * A small stand-in for the real engine, for bot tests: five sentences of the story (one with
 * characters that must be escaped), word matching over the Arabic text and its English rendering,
 * highlights, "more" paging, follow-ups that start with "and"/"و", and unknown capitalized names.
 * It follows the Engine contract in src/types.ts; its ranking is deliberately naive. Stories can be
 * added (`addStory`: paragraphs are lines, sentences end at . ! ? ؟) and removed, as the real engine
 * allows; added stories are searched word by word, case-insensitively.
 */
import { detectLanguage, StoryDraftError } from '../../src/knowledge/draft.js';
import type { Answer, AskOptions, AskResult, ChatState, Engine, Lang, SentenceView, Span, StoryDraft, StoryInfo, StoryReport } from '../../src/types.js';

/** The fake story's id. */
export const STORY_ID = 'bbc-test-story';

/** The fake story's metadata. */
export const STORY: StoryInfo = {
  id: STORY_ID,
  title: { ar: 'ترامب وبوتين يتفقان على بدء مفاوضات', en: 'Trump & Putin agree to start talks' },
  source: 'BBC',
  language: 'ar',
  published: '2025-02-13',
  note: 'Machine translation into Arabic of a BBC News report.',
  machineTranslated: true,
  translation: 'project',
  sentences: 5,
  paragraphs: 3,
};

const RAW: readonly { ref: string; paragraph: number; text: string; translation: string }[] = [
  {
    ref: '1',
    paragraph: 1,
    text: 'قال الرئيس الأمريكي دونالد ترامب إنه أجرى مكالمة هاتفية مع فلاديمير بوتين.',
    translation: 'US President Donald Trump said he had a phone call with Vladimir Putin.',
  },
  { ref: '2', paragraph: 2, text: 'قال زيلنسكي إنه تحدث مع ترامب عن “سلام دائم”.', translation: 'Zelensky said he spoke with Trump about a “lasting peace”.' },
  { ref: '3.1', paragraph: 3, text: 'من غير المرجح أن تنضم أوكرانيا إلى الناتو.', translation: 'Ukraine is unlikely to join NATO.' },
  { ref: '3.2', paragraph: 3, text: 'قال ترامب: سنلتقي في المملكة العربية السعودية.', translation: 'Trump said: we will meet in Saudi Arabia.' },
  { ref: '3.3', paragraph: 3, text: 'قال بيسكوف إن بوتين <يدعم> فكرة ترامب & الحوار.', translation: 'Peskov said Putin <supports> Trump’s idea & dialogue.' },
];

/** English words and the Arabic forms they match, so English questions highlight the Arabic too. */
const NAMES: Readonly<Record<string, string>> = {
  trump: 'ترامب',
  putin: 'بوتين',
  zelensky: 'زيلنسكي',
  nato: 'الناتو',
  ukraine: 'أوكرانيا',
  saudi: 'السعودية',
  peskov: 'بيسكوف',
  call: 'مكالمة',
  meet: 'سنلتقي',
};
const STOP = new Set([
  'the',
  'did',
  'who',
  'what',
  'said',
  'say',
  'with',
  'and',
  'will',
  'where',
  'when',
  'does',
  'about',
  'قال',
  'ماذا',
  'من',
  'مع',
  'هل',
  'عن',
  'أين',
  'و',
]);
const MORE = new Set(['more', 'المزيد']);

const SENTENCES: readonly SentenceView[] = RAW.map((r, i) => {
  // Sentences are joined by one space in the fake story.txt.
  const start = RAW.slice(0, i).reduce((sum, s) => sum + s.text.length + 1, 0);
  return { story: STORY_ID, ref: r.ref, paragraph: r.paragraph, text: r.text, translation: r.translation, start, end: start + r.text.length };
});

/** Options for the fake. */
export interface FakeEngineOptions {
  /** Replaces the sentences' text with a long one, to test the 4,096 limit. */
  readonly longText?: string;
}

/** The most characters the fake accepts in a story (the real engine has its own limit). */
export const FAKE_MAX_STORY_CHARS = 100_000;

/** Creates the fake engine. */
export function createFakeEngine(options: FakeEngineOptions = {}): Engine {
  const base = options.longText === undefined ? SENTENCES : SENTENCES.map((s) => ({ ...s, text: options.longText ?? s.text }));
  let sentences: SentenceView[] = [...base];
  let stories: StoryInfo[] = [STORY];
  const key = (story: string, ref: string) => `${story}#${ref}`;
  let byKey = new Map(sentences.map((s) => [key(s.story, s.ref), s]));
  const reindex = () => {
    byKey = new Map(sentences.map((s) => [key(s.story, s.ref), s]));
  };
  const lookup = (r: { story: string; ref: string }) => byKey.get(key(r.story, r.ref)) as SentenceView;

  const newState = (now = 0): ChatState => ({ v: 1, focus: [], results: [], shown: 0, at: now });

  const answerOf = (s: SentenceView, words: readonly string[]): Answer => {
    const index = sentences.indexOf(s);
    const near = (i: number) => (sentences[i]?.story === s.story ? sentences[i] : undefined);
    const highlights = spansOf(
      s.text,
      words.map((w) => NAMES[w] ?? w),
    );
    const translationHighlights = spansOf(s.translation ?? '', words);
    return {
      ...s,
      score: 1,
      highlights,
      translationHighlights,
      context: { before: near(index - 1), after: near(index + 1) },
      label: s.ref,
      parts: [{ ...s, highlights, translationHighlights }],
    };
  };

  const page = (state: ChatState, lang: Lang, words: readonly string[], flags: { followUp: boolean; more: boolean }, top: number, now: number): AskResult => {
    const next = state.results.slice(state.shown, state.shown + top);
    const answers = next.map((r) => answerOf(lookup(r), words));
    const shown = state.shown + answers.length;
    return {
      lang,
      abstained: answers.length === 0,
      reason: answers.length === 0 ? (flags.more ? 'no-more' : 'not-in-story') : undefined,
      unknown: [],
      answers,
      followUp: flags.followUp,
      more: flags.more,
      remaining: state.results.length - shown,
      state: { ...state, shown, at: now },
    };
  };

  const engine: Engine = {
    get stories() {
      return stories;
    },
    newState,
    ask(question: string, state: ChatState = newState(), options: AskOptions = {}): AskResult {
      const now = options.now ?? 0;
      const top = options.top ?? 5;
      const lang: Lang = /[\u0600-\u06FF]/.test(question) ? 'ar' : 'en';
      const trimmed = question.trim();
      if (MORE.has(trimmed.toLowerCase())) return engine.more(state, options);
      const base = { lang, followUp: false, more: false, remaining: 0, answers: [] as Answer[] };
      if (trimmed === '') return { ...base, abstained: true, reason: 'empty', unknown: [], state };

      const followUp = /^(and|و)\s/i.test(trimmed) && state.lastQuestion !== undefined;
      const typed = words(trimmed);
      const all = followUp ? [...typed, ...words(state.lastQuestion ?? '')] : typed;
      // Capitalized words after the first ("What", "Who") are names; those the story lacks are unknown.
      const unknown = [...trimmed.matchAll(/\b[A-Z][a-z]{2,}\b/g)]
        .filter((m) => (m.index ?? 0) > 0)
        .map((m) => m[0])
        .filter((name) => !sentences.some((s) => s.translation?.toLowerCase().includes(name.toLowerCase())));
      const scored = sentences
        .map((s) => ({ story: s.story, ref: s.ref, score: all.filter((w) => matches(s, w)).length }))
        .filter((r) => r.score > 0 && typed.some((w) => matches(lookup(r), w)) && (options.story === undefined || r.story === options.story))
        .sort((a, b) => b.score - a.score);
      const next: ChatState = { ...state, lastQuestion: trimmed, results: scored, shown: 0, lang, story: scored[0]?.story ?? STORY_ID, at: now };
      if (scored.length === 0 || (unknown.length > 0 && scored.every((r) => r.score < 2)))
        return { ...base, abstained: true, reason: 'not-in-story', unknown, followUp, state: next };
      return { ...page(next, lang, all, { followUp, more: false }, top, now), unknown };
    },
    choose(state, _index, options = {}) {
      return { ...page(state, state.lang ?? 'en', [], { followUp: false, more: false }, 0, options.now ?? 0), abstained: true, reason: 'no-more' };
    },
    more(state, options = {}) {
      const lang = state.lang ?? 'en';
      return page(state, lang, words(state.lastQuestion ?? ''), { followUp: false, more: true }, options.top ?? 5, options.now ?? 0);
    },
    sentence: (story, ref) => byKey.get(key(story, ref)),
    around(story, ref, radius = 1) {
      const own = sentences.filter((s) => s.story === story);
      const index = own.findIndex((s) => s.ref === ref);
      return index < 0 ? [] : own.slice(Math.max(0, index - radius), index + radius + 1);
    },
    paragraphs(story) {
      const own = sentences.filter((s) => s.story === story);
      return [...new Set(own.map((s) => s.paragraph))].map((p) => own.filter((s) => s.paragraph === p));
    },
    story: (id) => stories.find((s) => s.id === id),
    addStory(draft: StoryDraft): StoryReport {
      const text = draft.text.trim();
      if (text === '') throw new StoryDraftError('The story is empty.');
      if (text.length > FAKE_MAX_STORY_CHARS) throw new StoryDraftError('The story is too long.');
      const language = draft.language ?? engine.detectLanguage(text);
      const title = draft.title ?? text.split('\n')[0]?.slice(0, 80) ?? '';
      const published = draft.published ?? '2026-01-01';
      const id = draft.id ?? `${published}-${slug(title)}`;
      if (stories.some((s) => s.id === id)) throw new StoryDraftError(`A story with the id "${id}" is already loaded.`);
      const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
      const added: SentenceView[] = [];
      let offset = 0;
      paragraphs.forEach((paragraph, p) => {
        const parts = paragraph.split(/(?<=[.!?؟])\s+/).filter((x) => x !== '');
        parts.forEach((sentence, i) => {
          const ref = parts.length === 1 ? String(p + 1) : `${p + 1}.${i + 1}`;
          added.push({ story: id, ref, paragraph: p + 1, text: sentence, start: offset, end: offset + sentence.length });
          offset += sentence.length + 1;
        });
      });
      const info: StoryInfo = {
        id,
        title: { ar: title, en: title },
        source: draft.source ?? '',
        language,
        published,
        note: '',
        ...(draft.url === undefined ? {} : { url: draft.url }),
        sentences: added.length,
        paragraphs: paragraphs.length,
      };
      stories = [...stories, info].sort((a, b) => a.id.localeCompare(b.id));
      sentences = [...sentences, ...added];
      reindex();
      const names = [...new Set(text.match(/\b[A-Z][a-z]{2,}\b/g) ?? [])];
      const numbers = [...new Set(text.match(/\d+/g) ?? [])];
      return { info, names, numbers, dates: [], unbridged: [], ms: 1 };
    },
    removeStory(id: string): boolean {
      if (!stories.some((s) => s.id === id)) return false;
      stories = stories.filter((s) => s.id !== id);
      sentences = sentences.filter((s) => s.story !== id);
      reindex();
      return true;
    },
    vocabularyFile: () => undefined,
    detectLanguage,
  };
  return engine;
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'story'
  );
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w) && w.length > 1);
}

function matches(s: SentenceView, word: string): boolean {
  if (s.story !== STORY_ID) return s.text.toLowerCase().includes(word);
  return s.text.includes(NAMES[word] ?? word) || new RegExp(`\\b${word}`, 'i').test(s.translation ?? '');
}

function spansOf(text: string, terms: readonly string[]): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  for (const term of terms) {
    let at = lower.indexOf(term.toLowerCase());
    while (term.length > 1 && at >= 0) {
      spans.push({ start: at, end: at + term.length });
      at = lower.indexOf(term.toLowerCase(), at + term.length);
    }
  }
  return spans;
}

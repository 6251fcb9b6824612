/**
 * The Telegram renderer under hostile data: whatever the sentences, refs, titles, sources, unknown
 * terms and highlight spans hold (HTML, entities, bidi controls, lone surrogates, spans out of range
 * or overlapping), every page is valid Telegram HTML within 4,096 characters, and each quoted
 * sentence still reads, once the tags are stripped, exactly as the story has it.
 * Fixed seed, 300 runs (SANAD_FUZZ_RUNS / SANAD_FUZZ_SEED for more).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAskResult, renderContext } from '../../src/answer/telegram.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import type { Answer, AskResult, Lang, SentenceView, StoryInfo } from '../../src/types.js';
import { visible } from '../bot/harness.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';

const RUNS = Number(process.env.SANAD_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.SANAD_FUZZ_SEED ?? 20250213);
const i18n = createI18n(loadPrompts());

const unit = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', '&amp;', '<b>', '</blockquote>', '\u202E', '\u2069', '\uD800', '\n', ' ', 'ترامب', '🙂'),
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const text = (max: number) => fc.string({ unit, maxLength: max });
const spans = fc.array(fc.record({ start: fc.integer({ min: -5, max: 6000 }), end: fc.integer({ min: -5, max: 6000 }) }), { maxLength: 8 });

const sentence = fc.record({
  ref: text(12),
  text: fc.oneof(text(300), text(6000)),
  translation: fc.option(text(400), { nil: undefined }),
  highlights: spans,
  translationHighlights: spans,
  score: fc.double({ noNaN: true }),
});

const story: StoryInfo = {
  id: 's',
  title: { ar: 'عنوان <x> & "y"', en: 'Title </i> & <b>' },
  source: 'BBC & <Co>',
  language: 'ar',
  published: '2025-02-13',
  note: '',
  sentences: 1,
  paragraphs: 1,
};

function result(answers: Answer[], extra: Partial<AskResult>): AskResult {
  return {
    lang: 'en',
    abstained: answers.length === 0,
    unknown: [],
    answers,
    followUp: false,
    more: false,
    remaining: 0,
    state: { v: 1, focus: [], results: [], shown: 0, at: 0 },
    ...extra,
  };
}

describe('renderAskResult with hostile data', () => {
  it('always produces valid Telegram HTML within the limit, quotes intact', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 5 }),
        fc.constantFrom<Lang>('en', 'ar'),
        fc.array(text(40), { maxLength: 6 }),
        fc.nat(1000),
        fc.boolean(),
        fc.boolean(),
        (raw, lang, unknown, remaining, followUp, titles) => {
          const answers: Answer[] = raw.map((s, i) => {
            const view = { ...s, story: 's', paragraph: 1, start: i, end: i + 1 };
            return { ...view, context: {}, label: s.ref, parts: [view] };
          });
          const r = result(answers, { unknown, remaining, followUp, reason: answers.length === 0 ? 'not-in-story' : undefined });
          const pages = renderAskResult(r, { lang, phrases: i18n.phrases(lang), story: () => story, titles });
          expect(pages.length).toBeGreaterThan(0);
          for (const page of pages) expect(telegramHtmlProblems(page)).toEqual([]);
          const shown = pages.map(visible).join('');
          // Every quoted sentence is there verbatim (pieces may split it across pages, never alter it).
          for (const a of answers) if (a.text.length <= 3000) expect(shown.replace(/\n+/g, '')).toContain(a.text.replace(/\n+/g, ''));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('renders a sentence context with the same guarantees', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.constantFrom<Lang>('en', 'ar'), (raw, lang) => {
        const views: SentenceView[] = raw.map((s, i) => ({
          story: 's',
          ref: `${s.ref}${i}`,
          paragraph: 1,
          text: s.text,
          translation: s.translation,
          start: 0,
          end: 1,
        }));
        const pages = renderContext(views, views[0]?.ref ?? '', { lang, phrases: i18n.phrases(lang), story: () => story });
        for (const page of pages) expect(telegramHtmlProblems(page)).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });
});

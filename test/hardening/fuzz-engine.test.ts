/**
 * Bad input, property-tested against the real engine and the Telegram renderer: any string (any
 * script, control, zero-width and bidi-override characters, lone surrogates, HTML and Markdown,
 * template and prototype keys, thousands of repeats of a word, over 4,096 characters) gets an answer
 * or an abstention within 50 ms, never an exception, and renders as Telegram HTML that is balanced,
 * escaped and within the length limit.
 *
 * Deterministic: fixed seed, 300 runs per property. Longer runs:
 *   SANAD_FUZZ_RUNS=20000 SANAD_FUZZ_SEED=$RANDOM npx vitest run test/hardening/fuzz-engine.test.ts
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAskResult } from '../../src/answer/telegram.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { loadEngine } from '../../src/engine.js';
import type { AskResult, Engine, Lang } from '../../src/types.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';

const RUNS = Number(process.env.SANAD_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.SANAD_FUZZ_SEED ?? 20250213);
/** The budget for one question. */
const BUDGET_MS = 50;

/** Pieces that have broken parsers, renderers and lookups elsewhere. */
const NASTY = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '$' + '{x}',
  '{{x}}',
  '%s',
  '<b>',
  '</b>',
  '</blockquote>',
  '<a href="x">',
  '&amp;',
  '&',
  '<',
  '>',
  '"',
  '*bold*',
  '_it_',
  '`code`',
  '```',
  '[x](http://e.com)',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\r\n',
  '\t',
  '\uD800',
  '\uDFFF',
  '🙂',
  '👍🏽',
  'e\u0301',
  'ﷺ',
  'ترامب',
  'بوتين',
  'قال',
  'ماذا',
  'الناتو',
  'Trump',
  'Putin',
  'NATO',
  'Zelensky',
  'more',
  'المزيد',
  'and',
  'و',
  '؟',
  '?',
  '.',
  'ـــ',
  '٣',
  '3',
  'Ⅻ',
  '中文',
  'русский',
  'हिन्दी',
  ' ',
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const question = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 300 }) },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 40 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 4000, maxLength: 4200 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, minLength: 4097, maxLength: 20_000 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.integer({ min: 1000, max: 5000 })).map(([w, n]) => `${w} `.repeat(n)) },
);

let engine: Engine;
const i18n = createI18n(loadPrompts());

/**
 * How long a question takes, in ms: timed again when over the budget, and the faster time kept. One slow
 * call on a shared machine is the scheduler (another process had the core); a slow input is slow twice.
 */
function timed(ask: () => AskResult): { r: AskResult; ms: number } {
  let t0 = performance.now();
  const r = ask();
  let ms = performance.now() - t0;
  if (ms > BUDGET_MS) {
    t0 = performance.now();
    ask();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { r, ms };
}

beforeAll(() => {
  engine = loadEngine();
  // Warm up the JIT and lazy tables, as a running bot would be.
  for (const q of ['What did Trump say?', 'ماذا قال بوتين؟', 'x'.repeat(5000)]) engine.ask(q, undefined, { top: 3 });
}, 60_000);

/** The checks every result must pass; returns the rendered pages. */
function checkResult(r: AskResult, lang: Lang): string[] {
  expect(r.lang === 'en' || r.lang === 'ar').toBe(true);
  expect(Array.isArray(r.answers)).toBe(true);
  // An abstention has no answers; an answer is never an abstention.
  expect(r.abstained).toBe(r.answers.length === 0);
  expect(r.state.v).toBe(1);
  // The state must survive a session store round trip.
  expect(JSON.parse(JSON.stringify(r.state))).toEqual(r.state);
  const pages = renderAskResult(r, { lang, phrases: i18n.phrases(lang), story: (id) => engine.story(id), titles: engine.stories.length > 1 });
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) expect(telegramHtmlProblems(page)).toEqual([]);
  return pages;
}

describe('any question, the real engine', () => {
  it(`answers or abstains within ${BUDGET_MS} ms and renders valid Telegram HTML`, () => {
    fc.assert(
      fc.property(question, fc.constantFrom<Lang>('en', 'ar'), fc.boolean(), (q, lang, followUp) => {
        const state = followUp ? engine.ask('What did Trump say?', undefined, { top: 3 }).state : undefined;
        const { r, ms } = timed(() => engine.ask(q, state, { top: 3 }));
        expect(ms, `engine.ask took ${ms.toFixed(1)} ms for ${JSON.stringify(q.slice(0, 80))}… (${q.length} chars)`).toBeLessThanOrEqual(BUDGET_MS);
        checkResult(r, lang);
        // "More" after anything must also hold.
        checkResult(engine.more(r.state, { top: 3 }), lang);
      }),
      // No shrinking: a counterexample of thousands of characters would be re-run for an hour; the seed
      // and the message name the input.
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  it('gives a follow-up the same guarantees after a hostile first question', () => {
    fc.assert(
      fc.property(question, question, (first, second) => {
        const a = engine.ask(first, undefined, { top: 3 });
        const { r: b, ms } = timed(() => engine.ask(second, a.state, { top: 3 }));
        expect(ms).toBeLessThanOrEqual(BUDGET_MS);
        checkResult(b, b.lang);
      }),
      { seed: SEED + 1, numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
    );
  });
});

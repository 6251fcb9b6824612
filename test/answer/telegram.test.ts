import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  MARK,
  MAX_TERM_CHARS,
  MAX_UNKNOWN_TERMS,
  MESSAGE_LIMIT,
  mergeSpans,
  type Phrases,
  paginate,
  renderAskResult,
  renderContext,
  withBold,
} from '../../src/answer/telegram.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { loadEngine } from '../../src/engine.js';
import type { Answer, AskResult, Lang } from '../../src/types.js';
import { createFakeEngine, STORY } from '../bot/fake-engine.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';

const i18n = createI18n(loadPrompts());
const options = (lang: Lang, limit?: number) => ({ lang, phrases: i18n.phrases(lang) as Phrases, story: () => STORY, limit });

/** What Telegram shows for an HTML string: tags removed, entities decoded. */
const visible = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

/** True when every tag is closed in order (Telegram rejects anything else). */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/g)) {
    if (close === '') stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('escapeHtml and withBold', () => {
  it('escapes the three characters Telegram requires, and quotes', () => {
    expect(escapeHtml('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; &quot;d&quot;');
  });

  it('merges overlapping, touching, unsorted and out-of-range spans', () => {
    expect(
      mergeSpans(
        [
          { start: 5, end: 8 },
          { start: 0, end: 2 },
          { start: 2, end: 3 },
          { start: 7, end: 99 },
          { start: 4, end: 4 },
        ],
        10,
      ),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });

  it('bridges spans separated only by spaces, so adjacent words form one bold run', () => {
    expect(
      withBold('Donald Trump, the US president', [
        { start: 0, end: 6 },
        { start: 7, end: 12 },
        { start: 18, end: 20 },
      ]),
    ).toBe('<b>Donald Trump</b>, the <b>US</b> president');
  });

  it('property: any text and spans give balanced HTML that shows exactly the text', () => {
    const span = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(span, { maxLength: 6 }), (text, spans) => {
        const html = withBold(text, spans);
        expect(balanced(html)).toBe(true);
        expect(visible(html)).toBe(text);
        expect(html).not.toMatch(/<(?!\/?b>)/);
      }),
    );
  });
});

describe('renderAskResult', () => {
  const engine = createFakeEngine();
  const result = engine.ask('What did Peskov say?', engine.newState());

  it('quotes the sentence verbatim: the blockquote shows exactly the story text, no marks inside', () => {
    const [page = ''] = renderAskResult(result, options('en'));
    const quote = /<blockquote>(.*?)<\/blockquote>/s.exec(page)?.[1] ?? '';
    expect(visible(quote)).toBe(result.answers[0]?.text);
    expect(quote).not.toMatch(/[\u200E\u200F\u061C\u2066-\u2069]/);
    expect(quote).toContain('<b>بيسكوف</b>');
    expect(balanced(page)).toBe(true);
  });

  it('labels the English rendering as a translation, in the English UI only', () => {
    expect(renderAskResult(result, options('en'))[0]).toContain(`${MARK.LRM}<i>English translation:</i> <b>Peskov</b> said`);
    expect(renderAskResult(result, options('ar'))[0]).not.toContain('Peskov');
  });

  it('ends with the source line and starts UI lines with the direction mark of the UI language', () => {
    const [ar = ''] = renderAskResult(result, options('ar'));
    const lines = ar.split('\n');
    expect(lines.at(-1)).toBe(
      `${MARK.RLM}<i>المصدر: ${MARK.FSI}ترامب وبوتين يتفقان على بدء مفاوضات${MARK.PDI}، ${MARK.FSI}BBC${MARK.PDI}، ${MARK.FSI}2025-02-13${MARK.PDI}. النص العربي ترجمة آلية.</i>`,
    );
    expect(lines[0]).toBe(`${MARK.RLM}<b>[3.3]</b>`);
  });

  it('names unknown terms, escaped and isolated, for an abstention', () => {
    const abstained: AskResult = { ...result, abstained: true, reason: 'not-in-story', answers: [], unknown: ['<Macron>', 'Paris'] };
    expect(renderAskResult(abstained, options('ar'))).toEqual([
      `${MARK.RLM}القصة لا تذكر ذلك: لا ذكر فيها لـ <b>${MARK.FSI}&lt;Macron&gt;${MARK.PDI}</b>، <b>${MARK.FSI}Paris${MARK.PDI}</b>.`,
    ]);
  });

  it('names at most a few unknown words, each clipped, however many the question had', () => {
    const many = Array.from({ length: 458 }, (_, i) => `Word${i}`);
    const abstained: AskResult = { ...result, abstained: true, reason: 'not-in-story', answers: [], unknown: [`${'x'.repeat(200)}`, ...many] };
    const [page = '', ...rest] = renderAskResult(abstained, options('en'));
    expect(rest).toEqual([]);
    expect(page.match(/<b>/g)).toHaveLength(MAX_UNKNOWN_TERMS);
    expect(page).toContain(`<b>${MARK.FSI}${'x'.repeat(MAX_TERM_CHARS - 1)}…${MARK.PDI}</b>`);
    expect(page).toMatch(/, …\.$/);
    expect(page).not.toContain('Word2');
  });

  it('Scenario: a 1,000-character out-of-scope question gets one short message (the real engine)', () => {
    const engine = loadEngine();
    // Made-up capitalized words: none is in the story, so every one is unknown.
    const words = Array.from({ length: 200 }, (_, i) => `Qx${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}${i}`);
    const question = `What did ${words.join(' ')} say?`.slice(0, 1000);
    expect(question.length).toBe(1000);
    const asked = engine.ask(question, engine.newState(0), { top: 3, now: 0 });
    expect(asked.abstained).toBe(true);
    expect(asked.unknown.length).toBeGreaterThan(MAX_UNKNOWN_TERMS);
    const pages = renderAskResult(asked, { lang: 'en', phrases: i18n.phrases('en') as Phrases, story: (id) => engine.story(id) });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.length).toBeLessThan(400);
    expect(pages[0]?.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(pages[0]?.match(/<b>/g)?.length).toBeLessThanOrEqual(MAX_UNKNOWN_TERMS);
  });

  it.each([
    ['empty', 'Please type a question about the story.'],
    ['no-content', 'Ask me something about the story: who said what, where, when or why.'],
    ['no-more', 'That is all the story says about this.'],
  ] as const)('has a plain line for the %s abstention', (reason, text) => {
    const abstained: AskResult = { ...result, abstained: true, reason, answers: [], unknown: [] };
    expect(renderAskResult(abstained, options('en'))).toEqual([`${MARK.LRM}${text}`]);
  });

  it('property: pages never exceed the limit, and every answer appears in full', () => {
    const base = result.answers[0] as Answer;
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 3000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 600, max: MESSAGE_LIMIT }),
        (texts, limit) => {
          const answers = texts.map((text, i) => ({ ...base, ref: String(i + 1), text, highlights: [{ start: 0, end: 3 }] }));
          const pages = renderAskResult({ ...result, answers }, options('en', limit));
          for (const page of pages) {
            expect(page.length).toBeLessThanOrEqual(limit);
            expect(balanced(page)).toBe(true);
          }
          const quoted = pages.flatMap((p) => [...p.matchAll(/<blockquote>(.*?)<\/blockquote>/gs)].map((m) => visible(m[1] ?? ''))).join('');
          expect(quoted).toBe(texts.join(''));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('renderContext', () => {
  it('marks the cited sentence among its neighbours', () => {
    const engine = createFakeEngine();
    const [page = ''] = renderContext(engine.around(STORY.id, '3.1', 1), '3.1', options('en'));
    expect(page).toContain(`${MARK.LRM}<b>[2]</b>`);
    expect(page).toContain(`${MARK.LRM}▶ <b>[3.1]</b>`);
    expect(page).toContain(`${MARK.LRM}<b>[3.2]</b>`);
  });
});

describe('paginate', () => {
  it('keeps blocks whole and puts the footer last', () => {
    expect(paginate(['aaaa', 'bbbb', 'cccc'], 'ff', 10)).toEqual(['aaaa\n\nbbbb', 'cccc\n\nff']);
  });
});

describe('renderAskResult: answers over two sentences and ambiguous answers', () => {
  const phrasesEn = i18n.phrases('en');
  const part = (ref: string, text: string) => ({ story: 's', ref, paragraph: 1, text, start: 0, end: text.length, highlights: [], translationHighlights: [] });
  const span = {
    ...part('23', 'a <b> & “impossible”.'),
    score: 1,
    context: {},
    label: '23–24.1',
    parts: [part('23', 'a <b> & “impossible”.'), part('24.1', '“Never.')],
  };
  const base = {
    lang: 'en' as const,
    abstained: false,
    unknown: [],
    followUp: false,
    more: false,
    remaining: 0,
    state: { v: 1 as const, focus: [], results: [], shown: 0, at: 0 },
  };

  it('quotes both sentences under one label, escaped, each in its own blockquote', () => {
    const [page] = renderAskResult({ ...base, answers: [span] }, { lang: 'en', phrases: phrasesEn, story: () => undefined });
    expect(page).toContain('<b>[23–24.1]</b>');
    expect(page).toContain('<blockquote>a &lt;b&gt; &amp; “impossible”.</blockquote>\n<blockquote>“Never.</blockquote>');
    expect(telegramHtmlProblems(page ?? '')).toEqual([]);
  });

  it('splits a span too long for one message into messages within the limit', () => {
    const long = { ...span, parts: [part('23', 'x '.repeat(1500)), part('24.1', 'y '.repeat(1500))] };
    const pages = renderAskResult({ ...base, answers: [long] }, { lang: 'en', phrases: phrasesEn, story: () => undefined });
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(4096);
    expect(pages.length).toBeGreaterThan(1);
  });

  it('says an answer is ambiguous and numbers each person, names escaped', () => {
    const choices = [
      { person: 'a', name: { en: 'A <x>', ar: 'أ' }, answer: 0 },
      { person: 'b', name: { en: 'B', ar: 'ب' }, answer: 1 },
    ];
    const [page] = renderAskResult(
      { ...base, answers: [span, { ...span, label: '28', parts: [part('28', 'z')] }], choices },
      { lang: 'en', phrases: phrasesEn, story: () => undefined },
    );
    expect(page).toContain('does not say who');
    expect(page).toContain('A &lt;x&gt;');
    expect(page).toMatch(/2\. .*B/);
    expect(telegramHtmlProblems(page ?? '')).toEqual([]);
  });
});

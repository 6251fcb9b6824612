import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMIT, type Phrases, renderAnswerBlocks } from '../../src/answer/telegram.js';
import { renderAnswer } from '../../src/answer/text.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { loadCliPrompts, textWords } from '../../src/cli/words.js';
import { loadEngine } from '../../src/engine.js';
import type { Answer } from '../../src/types.js';
import { benchmarkStoryEngine } from '../support/stories.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';

// A story with no English rendering, as a user adds it: an English reader gets the matched words'
// English under the Arabic quote, labelled as dictionary words and never as a translation.
const bare = loadEngine({ load: { handMade: false } });
const prepared = loadEngine();

describe('gloss under an Arabic quote', () => {
  it("gives the question's own word for a name and the dictionary's for a word", () => {
    const r = bare.ask('what did Peskov say about Kursk?');
    const all = r.answers.flatMap((a) => a.gloss ?? []);
    expect(all).toContainEqual({ word: 'بيسكوف', gloss: 'Peskov' });
    expect(all).toContainEqual({ word: 'كورسك', gloss: 'Kursk' });
    // The words of one name are one item, and items follow the sentence's order.
    const p8 = r.answers.find((a) => a.ref === '8');
    if (p8) expect(p8.gloss?.map((g) => g.word)).toContain('ديمتري بيسكوف');
  });

  it('is left out where the story has an English rendering', () => {
    const r = prepared.ask('what did Peskov say about Kursk?');
    expect(r.answers[0]?.translation).toBeDefined();
    expect(r.answers[0]?.gloss).toEqual([]);
  });

  it('is shown to English readers only, labelled as not a translation', () => {
    const a = bare.ask('what did Peskov say about Kursk?').answers.find((x) => (x.gloss?.length ?? 0) > 0);
    expect(a).toBeDefined();
    if (!a) return;
    const en = renderAnswer(a, undefined, textWords(loadCliPrompts('en')), { ansi: false, lang: 'en' });
    expect(en).toContain('gloss (dictionary words, not a translation):');
    expect(en).toMatch(/= Peskov/);
    const ar = renderAnswer(a, undefined, textWords(loadCliPrompts('ar')), { ansi: false, lang: 'ar' });
    expect(ar).not.toContain('Peskov');
  });
});

// The other way: an Arabic reader of an English story (SQuAD's Beyoncé, a benchmark story added as
// plain text) gets the Arabic of the matched English words under the English quote.
describe('gloss under an English quote', () => {
  const STORY = 'squad-005-beyonce-1';
  const engine = benchmarkStoryEngine('en', STORY);

  it("gives the Arabic question's own word for a name and for a matched word", () => {
    const r = engine.ask('متى ولدت بيونسيه؟', engine.newState(0), { story: STORY });
    expect(r.answers[0]?.ref).toBe('1.1');
    expect(r.answers[0]?.gloss).toContainEqual({ word: 'Beyoncé', gloss: 'بيونسيه' });
    expect(r.answers[0]?.gloss?.map((g) => g.word)).toContain('born');
  });

  it("gives the dictionary's Arabic for a word the question asked in English, to Arabic readers only", () => {
    const a = engine.ask('who managed the group?', engine.newState(0), { story: STORY }).answers.find((x) => x.ref === '1.3');
    expect(a).toBeDefined();
    if (!a) return;
    expect(a.gloss?.find((g) => g.word === 'Managed')?.gloss).toMatch(/[\u0600-\u06FF]/);
    const ar = renderAnswer(a, undefined, textWords(loadCliPrompts('ar')), { ansi: false, lang: 'ar' });
    expect(ar).toContain('مسرد (كلمات من القاموس، لا ترجمة)');
    const en = renderAnswer(a, undefined, textWords(loadCliPrompts('en')), { ansi: false, lang: 'en' });
    expect(en).not.toContain('gloss');
  });
});

// Telegram shows the gloss wherever the terminal does: under an answer over two sentences ("23–24.1"),
// whose parts carry none of their own, and after a sentence too long for one message. Both had lost it.
describe('gloss in Telegram', () => {
  const i18n = createI18n(loadPrompts());
  const options = { lang: 'en' as const, phrases: i18n.phrases('en') as Phrases, story: () => undefined };
  const gloss = [{ word: 'بيسكوف', gloss: 'Peskov <&>' }];
  const part = (ref: string, text: string) => ({ story: 's', ref, paragraph: 1, text, start: 0, end: text.length, highlights: [], translationHighlights: [] });
  const answer = (parts: ReturnType<typeof part>[]): Answer => ({
    ...(parts[0] as ReturnType<typeof part>),
    score: 1,
    context: {},
    label: parts.map((p) => p.ref).join('–'),
    parts,
    gloss,
  });

  it('is under an answer over two sentences, escaped and isolated', () => {
    const blocks = renderAnswerBlocks(answer([part('23', 'وقال بيسكوف'), part('24.1', 'مستحيل')]), options);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toContain('Peskov &lt;&amp;&gt;');
    expect(telegramHtmlProblems(blocks[0] ?? '')).toEqual([]);
  });

  it('follows a sentence or a span too long for one message, every message within the limit', () => {
    for (const parts of [[part('1', 'بيسكوف '.repeat(900))], [part('23', 'بيسكوف '.repeat(700)), part('24.1', 'قال '.repeat(700))]]) {
      const blocks = renderAnswerBlocks(answer(parts), options);
      expect(blocks.length).toBeGreaterThan(1);
      for (const b of blocks) expect(b.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(blocks.at(-1)).toContain('= ');
      expect(blocks.join('\n')).toContain('Peskov');
    }
  });
});

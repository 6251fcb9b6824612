import { beforeAll, describe, expect, it } from 'vitest';
import { MARK, type Phrases, renderAskResult } from '../../src/answer/telegram.js';
import { renderResult, type TextWords } from '../../src/answer/text.js';
import { renderAttribution } from '../../src/bot/features/story.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { loadCliPrompts, textWords } from '../../src/cli/words.js';
import { loadEngine } from '../../src/engine.js';
import type { Engine, Lang, StoryInfo } from '../../src/types.js';

const SEED = 'bbc-2025-02-12-trump-putin-call';
const i18n = createI18n(loadPrompts());
const words: Record<Lang, TextWords> = { en: textWords(loadCliPrompts('en')), ar: textWords(loadCliPrompts('ar')) };
/** What Telegram shows: tags and direction controls removed. */
const visible = (html: string) => html.replace(/<[^>]*>/g, '').replace(/[\u200E\u200F\u2066-\u2069]/g, '');

let engine: Engine;
beforeAll(() => {
  engine = loadEngine();
  // A story published in Arabic, not a translation, with no English rendering.
  engine.addStory({
    id: 'plain-ar',
    title: 'Riyadh talks',
    source: 'Test',
    published: '2025-03-01',
    text: 'قال الرئيس إن المحادثات ستبدأ في الرياض يوم الثلاثاء.\nوأضاف أن الوفدين سيلتقيان لمدة ثلاثة أيام.',
  });
});
const storyOf = (id: string) => engine.story(id);
const ask = (q: string, story: string) => engine.ask(q, engine.newState(), { story, top: 1 });
const telegram = (r: ReturnType<typeof ask>, lang: Lang) => renderAskResult(r, { lang, phrases: i18n.phrases(lang) as Phrases, story: storyOf })[0] ?? '';

describe('Scenario: the seed story, a machine translation into Arabic with the project’s English rendering', () => {
  it('terminal: the rendering is "translation", the source says "(machine translation)"', () => {
    const text = renderResult(ask('what did Peskov say about Kursk?', SEED), storyOf, words.en, { ansi: false, lang: 'en' });
    expect(text).toMatch(/^ {6}translation: /m);
    expect(text).not.toContain('machine translation:');
    expect(text).toMatch(/, BBC \(machine translation\)$/m);
  });

  it('Telegram: "English translation:", and the source line says the Arabic text is a machine translation', () => {
    const r = ask('what did Peskov say about Kursk?', SEED);
    expect(r.answers[0]?.translationKind).toBe('project');
    const en = telegram(r, 'en');
    expect(en).toContain('<i>English translation:</i>');
    expect(visible(en)).toMatch(/Source: .*, BBC, 2025-02-13\. The Arabic text is a machine translation\.$/m);
    expect(visible(telegram(r, 'ar'))).toMatch(/النص العربي ترجمة آلية\.$/m);
  });

  it('/source: the Arabic is a machine translation, the English renderings are the project’s', () => {
    const story = engine.story(SEED) as StoryInfo;
    const en = visible(renderAttribution(story, 'en', i18n));
    expect(en).toContain('The Arabic text is a machine translation; I quote it exactly as given.');
    expect(en).toContain('The English renderings are translations made for this project.');
    expect(visible(renderAttribution(story, 'ar', i18n))).toContain('النص العربي ترجمة آلية');
  });
});

describe('Scenario: a story published in Arabic, with no rendering', () => {
  it('terminal: no "machine translation" anywhere', () => {
    const r = ask('ماذا قال الرئيس عن المحادثات؟', 'plain-ar');
    expect(r.answers[0]?.story).toBe('plain-ar');
    for (const lang of ['en', 'ar'] as const) {
      const text = renderResult(r, storyOf, words[lang], { ansi: false, lang });
      expect(text).toMatch(/— Riyadh talks, Test$/m);
      expect(text).not.toContain(words[lang].machineTranslation);
    }
  });

  it('Telegram: the source line names the source and date only', () => {
    const r = ask('ماذا قال الرئيس عن المحادثات؟', 'plain-ar');
    const en = telegram(r, 'en');
    expect(en.split('\n').at(-1)).toBe(
      `${MARK.LRM}<i>Source: ${MARK.FSI}Riyadh talks${MARK.PDI}, ${MARK.FSI}Test${MARK.PDI}, ${MARK.FSI}2025-03-01${MARK.PDI}.</i>`,
    );
    // No label claims a translation. (The gloss under an Arabic quote for English readers may appear:
    // it is labelled as dictionary words, "not a translation".)
    expect(en).not.toContain('English translation:');
    expect(en).not.toContain('machine translation');
    expect(en).not.toContain('text is a');
    expect(telegram(r, 'ar')).not.toContain('ترجمة');
  });

  it('/source: says nothing about translation', () => {
    const story = engine.story('plain-ar') as StoryInfo;
    expect(renderAttribution(story, 'en', i18n)).not.toContain('translation');
    expect(renderAttribution(story, 'ar', i18n)).not.toContain('ترجم');
  });
});

describe('Scenario: a story with a machine-made English rendering', () => {
  it('/source says the English renderings are machine translations, not the project’s', () => {
    const story: StoryInfo = { ...(engine.story('plain-ar') as StoryInfo), translation: 'machine' };
    const en = visible(renderAttribution(story, 'en', i18n));
    expect(en).toContain('The English renderings are machine translations, fetched when the story was added.');
    expect(en).not.toContain('made for this project');
    expect(en).not.toContain('text is a machine translation');
  });
});

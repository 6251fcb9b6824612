import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { detectLanguage, headline, headlineOf, StoryDraftError, storyFromDraft, storyId, storyText } from '../../src/knowledge/draft.js';

const ARTICLE = [
  'Denver opens new shelters',
  'The mayor of Denver, Mike Johnston, said on Monday that 300 new homes will open in February 2026.',
  '',
  'Johnston added that the city council approved the plan after a long debate.',
].join('\r\n');

describe('a story from pasted text', () => {
  it('keeps each paragraph verbatim, one a line, blank lines and Windows line ends dropped', () => {
    expect(storyText(`\uFEFF${ARTICLE}\n\n`)).toBe(
      'Denver opens new shelters\nThe mayor of Denver, Mike Johnston, said on Monday that 300 new homes will open in February 2026.\nJohnston added that the city council approved the plan after a long debate.',
    );
  });

  it('detects the language by the majority of letters', () => {
    expect(detectLanguage(ARTICLE)).toBe('en');
    expect(detectLanguage('قال المتحدث باسم الكرملين Dmitry Peskov إن المكالمة استمرت ساعة ونصف')).toBe('ar');
  });

  it('derives an id from the date and title, avoiding ids in use', () => {
    expect(storyId('Denver opens new shelters!', '2026-02-01', new Set())).toBe('2026-02-01-denver-opens-new-shelters');
    expect(storyId('Denver opens new shelters', '2026-02-01', new Set(['2026-02-01-denver-opens-new-shelters']))).toBe(
      '2026-02-01-denver-opens-new-shelters-2',
    );
    // An Arabic title's letters in ASCII, so two Arabic stories of one day are told apart by their ids.
    expect(storyId('ترامب وبوتين', '2026-02-01', new Set())).toBe('2026-02-01-tramb-wbwtyn');
    expect(storyId('زلزال بقوة ٤٫٨ درجات يضرب بلدة المنارة', '2026-11-26', new Set())).toBe('2026-11-26-zlzal-bqwa-4-8-drjat-ydrb');
    expect(storyId('؟؟', '2026-02-01', new Set())).toBe('2026-02-01-story');
  });

  it('refuses what is not an article, with a sentence a user can act on', () => {
    const refuse = (draft: Parameters<typeof storyFromDraft>[0]) => {
      try {
        storyFromDraft(draft, new Set(['taken']), '2026-01-01');
      } catch (e) {
        expect(e).toBeInstanceOf(StoryDraftError);
        return (e as StoryDraftError).problem;
      }
      throw new Error('accepted');
    };
    expect(refuse({ text: '   \n\n ' })).toMatch(/no text/);
    expect(refuse({ text: 'x'.repeat(300_000) })).toMatch(/too long/);
    expect(refuse({ text: 'PK\u0003\u0004binary' })).toMatch(/plain text/);
    expect(refuse({ text: ARTICLE, id: 'taken' })).toMatch(/already loaded/);
    expect(refuse({ text: ARTICLE, published: 'yesterday' })).toMatch(/date/);
    // The shape of a date, and Date.parse takes it (as 2 March), but no such day.
    expect(refuse({ text: ARTICLE, published: '2025-02-30' })).toBe('The date must be a day of the calendar, written like 2025-02-13.');
    expect(storyFromDraft({ text: ARTICLE, published: '2024-02-29' }, new Set(), '2026-01-01').story.info.published).toBe('2024-02-29');
    expect(refuse({ text: ARTICLE, url: 'javascript:alert(1)' })).toMatch(/link/);
  });

  it('titles an article pasted from Markdown by its heading, without the marks, and keeps the line as written', () => {
    const text = '# City council approves new bus lanes ##\n- The council voted 23 to 9 on Monday to approve the lanes.';
    const { story, files } = storyFromDraft({ text }, new Set(), '2026-01-01');
    expect(story.info.title.en).toBe('City council approves new bus lanes');
    expect(files['story.txt']?.split('\n')[0]).toBe('# City council approves new bus lanes ##');
    expect(headline('**Fire at Port Halden**')).toBe('Fire at Port Halden');
    expect(headline('• افتتاح محطة لتحلية المياه')).toBe('افتتاح محطة لتحلية المياه');
    // A hashtag is a word, not a heading.
    expect(headline('#MeToo march draws thousands')).toBe('#MeToo march draws thousands');
  });

  it('titles an article whose first line is marks alone by the first line with words', () => {
    for (const rule of ['* * *', '** **', '---', '_ _']) {
      const { story } = storyFromDraft({ text: `${rule}\nCity council approves new bus lanes\nThe council voted 23 to 9.` }, new Set(), '2026-01-01');
      expect(story.info.title.en).toBe('City council approves new bus lanes');
    }
    expect(headlineOf('** **\n# الحريق في الميناء\nقال الدفاع المدني.')).toBe('الحريق في الميناء');
  });

  it('refuses a language the letters contradict, and takes one a mixed text allows', () => {
    const arabic = 'قال وزير المياه سامي الحداد إن المحطة تنتج 120 ألف متر مكعب يوميا.\nوأضاف أن شركة Norlake نفذت المشروع.';
    expect(() => storyFromDraft({ text: arabic, language: 'en' }, new Set(), '2026-01-01')).toThrow(
      'The text is written in Arabic, not English: choose Arabic ("ar"), or leave the language out to have it detected.',
    );
    expect(() => storyFromDraft({ text: ARTICLE, language: 'ar' }, new Set(), '2026-01-01')).toThrow(/written in English, not Arabic/);
    // Half Arabic, half English: the operator's choice stands either way.
    const mixed = 'Denver opens new shelters for the winter\nافتتحت مدينة دنفر ملاجئ جديدة';
    expect(storyFromDraft({ text: mixed, language: 'ar' }, new Set(), '2026-01-01').story.info.language).toBe('ar');
  });
});

describe('adding and removing a story at run time', () => {
  it('answers from a story at once, and no longer once it is removed', () => {
    const engine = loadEngine();
    const before = engine.stories.length;
    const report = engine.addStory({ text: ARTICLE, source: 'Test', published: '2026-02-01' });
    expect(report.info.id).toBe('2026-02-01-denver-opens-new-shelters');
    expect(report.info.language).toBe('en');
    expect(report.info.sentences).toBe(3);
    expect(report.numbers).toEqual(['300', '2026']);
    expect(report.dates).toEqual(expect.arrayContaining(['Monday', 'February', '2026']));
    expect(engine.stories).toHaveLength(before + 1);
    const r = engine.ask('who is the mayor of Denver?');
    expect(r.answers[0]?.story).toBe(report.info.id);
    expect(r.answers[0]?.ref).toBe('2');
    expect(() => engine.addStory({ text: ARTICLE, id: report.info.id })).toThrow(StoryDraftError);
    expect(engine.removeStory(report.info.id)).toBe(true);
    expect(engine.removeStory(report.info.id)).toBe(false);
    expect(engine.stories).toHaveLength(before);
    expect(engine.ask('who is the mayor of Denver?').answers.every((a) => a.story !== report.info.id)).toBe(true);
  });
});

describe('Scenario: a newsroom adds the same article twice', () => {
  it('refuses the second copy, naming the first, whatever its title, id or line ends', () => {
    const engine = loadEngine();
    const first = engine.addStory({ text: ARTICLE, source: 'Test', published: '2026-02-01' });
    const again = { text: `${ARTICLE.replaceAll('\n', '\r\n\r\n')}\r\n`, title: 'Shelters, again', id: 'shelters-again' };
    let problem = '';
    try {
      engine.addStory(again);
    } catch (e) {
      problem = e instanceof StoryDraftError ? e.problem : String(e);
    }
    expect(problem).toBe(`This article is already loaded, as "${first.info.title.en}" (${first.info.id}); remove that story first to add it again.`);
    // Each sentence would otherwise be cited twice, once per copy.
    expect(engine.ask('who is the mayor of Denver?').answers.filter((a) => a.ref === '2')).toHaveLength(1);
    // Once the first is gone, the article may come back.
    engine.removeStory(first.info.id);
    expect(engine.addStory(again).info.id).toBe('shelters-again');
  });
});

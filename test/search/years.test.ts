import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A question naming a year its story never writes is about another year than any the story tells of:
// "Who won the league in 2019?" matches a story of the league's 2016 final word for word but the year.
const knowledge = knowledgeWith({
  'en-league': {
    lines: [
      'The city league final was played in 2016 in Northport.',
      'The Harbour Club won the city league final in 2016.',
      'The league was founded in 1998 by six clubs.',
      'Fans filled the stadium in Northport for the final.',
    ],
    language: 'en',
  },
  'en-player': {
    lines: [
      'Sami Hadid played for the Harbour Club in the 2007–08 season.',
      'Sami Hadid scored twelve goals for the Harbour Club that season.',
      'Sami Hadid coached the Harbour Club from 2010–2014.',
    ],
    language: 'en',
  },
  'ar-league': {
    lines: ['أقيم نهائي دوري المدينة سنة 2016 في نورثبورت.', 'وفاز نادي الميناء بنهائي دوري المدينة سنة 2016.', 'وتأسس الدوري سنة 1998.'],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const ask = firstLabelOf(knowledge);

describe('a year the story never writes', () => {
  it('refuses a question about another year than the story tells of, in either language and across them', () => {
    expect(ask('Who won the city league final in 2019?', 'en-league')).toBe('refused');
    expect(ask('من فاز بنهائي دوري المدينة سنة 2019؟', 'ar-league')).toBe('refused');
    expect(ask('Who won the city league final in 2019?', 'ar-league')).toBe('refused');
  });

  it('answers it without the check', () => {
    expect(ask('Who won the city league final in 2019?', 'en-league', { yearCheck: 0 })).not.toBe('refused');
    expect(ask('من فاز بنهائي دوري المدينة سنة 2019؟', 'ar-league', { yearCheck: 0 })).not.toBe('refused');
  });

  it('answers a year the story writes, a year inside a span of years, and a year bounding a time', () => {
    expect(ask('Who won the city league final in 2016?', 'en-league')).toBe('2');
    expect(ask('Which club did Sami Hadid play for in the 2008 season?', 'en-player')).not.toBe('refused');
    expect(ask('Which club did Sami Hadid coach in the 2012 season?', 'en-player')).not.toBe('refused');
    expect(ask('Where was the city league final played before 2020?', 'en-league')).toBe('1');
  });

  // The bound word may stand before the event the year dates: "before the 2020 cup",
  // قبل بطولة الكأس 2020 (two words between the bound and the year).
  it('answers a year that dates the event a bound word stands before', () => {
    expect(ask('من فاز بنهائي دوري المدينة قبل بطولة الكأس 2020؟', 'ar-league')).not.toBe('refused');
  });

  it('names the year in the refusal', () => {
    const r = engine.ask('Who won the city league final in 2019?', undefined, { story: 'en-league' });
    expect(r.abstained).toBe(true);
    expect(r.unknown).toContain('2019');
  });
});

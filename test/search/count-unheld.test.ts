import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// An English "how many" question on an Arabic story: the cross-language coverage bar is low (a word the
// dictionary lacks leaves less to match), so a name alone would carry a sentence to "how many children
// did Thomas have?". A story that never names the thing counted cannot give its count.
const inventor = knowledgeWith({
  'ar-inventor': {
    lines: [
      'ولد توماس في ولاية أوهايو سنة 1847.',
      'وسجل المخترع 1093 براءة اختراع في حياته.',
      'ويسكن ولاية أوهايو اليوم عشرة ملايين نسمة.',
      'وكانت أوهايو ولاية زراعية في القرن التاسع عشر.',
      'وانتقل توماس إلى نيويورك شابا.',
      'وعمل في مختبر كبير قرب المدينة.',
      'وافتتح المختبر سنة 1876.',
      'وزار الصحفيون المختبر مرات كثيرة.',
      'وكتبت الصحف عن تجاربه الكهربائية.',
      'وتوفي توماس سنة 1931.',
      'وباع اختراعاته مئة تاجر في المدينة.',
    ],
    language: 'ar',
  },
});
const ask = (q: string) => {
  const r = createEngine({ knowledge: inventor }).ask(q, undefined, { story: 'ar-inventor' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a count asked across languages', () => {
  it('is refused when the story never names the thing counted', () => {
    expect(ask('How many children did Thomas have?')).toBe('refused');
    expect(ask('How many children were born in Ohio?')).toBe('refused');
  });
  it('is answered when the story names it somewhere', () => {
    expect(ask('How many patents did the inventor have?')).toBe('2');
  });
  it('is answered for people, whom a story counts by a bare number (نسمة)', () => {
    expect(ask('How many people live in Ohio?')).not.toBe('refused');
  });
});

// كم عدد names a noun after it (عدد, "number of" it): a count asked in Arabic, of the story's own
// language too, is refused when the story never names the thing counted in any form. Arabic writes the
// counted noun in the singular after most numbers (مئة تاجر), so a plural (التجار) is held by its singular.
describe('an Arabic count after عدد', () => {
  it('is refused when the story never names the thing counted', () => {
    expect(ask('كم عدد أبناء توماس؟')).toBe('refused');
  });
  it('is answered when the story names it in another number (التجار ~ تاجر)', () => {
    expect(ask('كم عدد التجار الذين باعوا اختراعاته؟')).toBe('11');
  });
});

// "how many" / "how much" name a noun after them: in English too, a story that never names the thing
// counted, in any form, cannot give its count. A word is held in another form when one of its first
// dictionary senses is the story word's (houses ~ homes, both منزل). Money is given as an amount ("$10
// million"), so it is counted plainly, as people are.
const store = knowledgeWith({
  'en-store': {
    lines: [
      'The player was launched by the company in 2001.',
      'The player was sold in the company shops across the country.',
      'Ten thousand homes were still without power after the storm.',
      'The company paid $100 million to settle the patent case.',
      'Reviewers praised the player for its simple design.',
      'The player came in white and later in black.',
      'Its battery lasted ten hours.',
      'The company opened its first shop in Virginia.',
      'Sales of the player rose every year until 2008.',
      'The design team worked in California.',
    ],
    language: 'en',
  },
});
const askStore = (q: string) => {
  const r = createEngine({ knowledge: store }).ask(q, undefined, { story: 'en-store' });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('an English count asked of an English story', () => {
  it('is refused when the story never names the thing counted', () => {
    expect(askStore('How much storage did the white player have?')).toBe('refused');
    expect(askStore('How many engineers worked in California?')).toBe('refused');
  });
  it('is answered when the story names it in another form (houses ~ homes)', () => {
    expect(askStore('How many houses were still without power?')).toBe('3');
  });
  it('is answered for money, which a story gives as an amount', () => {
    expect(askStore('How much money did the company pay to settle the patent case?')).toBe('4');
  });
});

// The same of a story of two sentences (a paragraph added as a story): its coverage bar is lowered a
// little more (shortStoryCut), and the check read "asked across languages" off the bar, which the cut had
// moved: the short story answered "the number of hospitals" with its three bridges.
describe('a short story asked across languages how many of something it never names', () => {
  const bridges = ['افتتحت المدينة 3 جسور جديدة على النهر عام 2020.', 'وبلغت تكلفة الجسور مليوني دولار.'];
  const knowledge = knowledgeWith({
    'ar-short': { lines: bridges, language: 'ar' },
    'ar-long': { lines: [...bridges, 'وحضر الافتتاح آلاف السكان.', 'وقال رئيس البلدية إن الجسور ستخفف الازدحام.'], language: 'ar' },
    // The hospitals are another story's: the word is known, so the question's coverage alone does not refuse.
    'ar-health': { lines: ['وبنت الحكومة 5 مستشفيات في الشمال.', 'وقال الوزير إن العمل انتهى.'], language: 'ar' },
  });
  const engine = createEngine({ knowledge });
  const answer = (q: string, story: string) => {
    const r = engine.ask(q, undefined, { story });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };

  it('refuses as a longer story does', () => {
    expect(answer('What was the number of hospitals the city opened in 2020?', 'ar-long')).toBe('refused');
    expect(answer('What was the number of hospitals the city opened in 2020?', 'ar-short')).toBe('refused');
  });

  it('answers the number of what it names', () => {
    expect(answer('What was the number of bridges the city opened in 2020?', 'ar-short')).toBe('1');
  });
});

// Asked across languages, the thing counted may be written in another form of its translation: الوفيات
// is *death* to the dictionary, and the story writes "dead". A form shares two of its first senses with
// the translation (*dead* and *death*: وفاة, موت); one in common is no form (*employee* ~ مستخدم ~ *user*).
describe('an Arabic count of an English story that writes another form of the word counted', () => {
  const quake = knowledgeWith({
    'en-quake': {
      lines: [
        'The earthquake struck the province in May.',
        'Figures stated that 69,197 were confirmed dead and 374,176 injured.',
        'Thousands of users lost their phone service for a week.',
        'Rescue teams reached the mountain towns two days later.',
        'The government promised to rebuild every school.',
        'Aftershocks went on for months.',
      ],
      language: 'en',
    },
    // Another story of the archive, which writes the translations as the dictionary gives them.
    'en-firm': {
      lines: ['The death of the founder shocked the firm.', 'Its employees and staff gathered in the hall.'],
      language: 'en',
    },
  });
  const askQuake = (q: string, options = {}) => {
    const r = createEngine({ knowledge: quake, options }).ask(q, undefined, { story: 'en-quake' });
    return r.abstained ? 'refused' : r.answers[0]?.ref;
  };
  it('is answered where the story writes the word in another form', () => {
    expect(askQuake('كم عدد الوفيات المؤكدة في الزلزال؟')).toBe('2');
    expect(askQuake('كم عدد الوفيات المؤكدة في الزلزال؟', { countFormAcross: 0 })).toBe('refused');
  });
  it('is refused where the story writes only a word of one sense in common', () => {
    expect(askQuake('كم عدد الموظفين الذين فقدوا خدمة الهاتف؟')).toBe('refused');
  });
});

import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { withoutDurations } from '../../src/search/counts.js';
import { knowledgeWith } from '../support/stories.js';

// "How many sons did he have?" of a ruler's story whose only numbers, besides dates, count years (ruled
// for 600 years, fought for twenty years): a duration answers "how long", not how many of anything else.
const knowledge = knowledgeWith({
  'ar-dynasty': {
    lines: [
      'سامي نور هو مؤسس السلالة التي حكمت البلاد طيلة 600 عام حتى سنة 1922.',
      'وكان أبناء سامي نور قادة لجيش السلالة.',
      'وحارب سامي نور جيوش الجيران عشرين عامًا.',
      'ويزرع الفلاحون القطن على ضفة النهر.',
      'ويعمل أكثر السكان في الزراعة والتجارة.',
    ],
    language: 'ar',
  },
  'en-dynasty': {
    lines: [
      'Sam Noor founded the dynasty that ruled the country for 600 years until 1922.',
      'His son Rami led the army of the dynasty.',
      'Sam Noor fought the armies of his neighbours for twenty years.',
      'Farmers grow cotton on the river bank.',
      'Most people work in farming and trade.',
    ],
    language: 'en',
  },
});
const engine = createEngine({ knowledge });
const ask = (q: string, story: string, options: Record<string, number> = {}) => {
  const e = Object.keys(options).length === 0 ? engine : createEngine({ knowledge, options });
  const r = e.ask(q, undefined, { story });
  return r.abstained ? 'refused' : r.answers[0]?.ref;
};

describe('a count of time gives no count of anything else', () => {
  it('refuses "how many" of a thing when the only counts near the answer are of years', () => {
    expect(ask('كم عدد أبناء سامي نور؟', 'ar-dynasty')).toBe('refused');
    expect(ask('How many sons did Sam Noor have?', 'en-dynasty')).toBe('refused');
  });
  it('answered them without the rule, by a sentence beside the years', () => {
    expect(ask('كم عدد أبناء سامي نور؟', 'ar-dynasty', { durationNoCount: 0 })).not.toBe('refused');
    expect(ask('How many sons did Sam Noor have?', 'en-dynasty', { durationNoCount: 0 })).not.toBe('refused');
  });
  it('still answers a question that counts time itself', () => {
    expect(ask('How many years did the dynasty rule?', 'en-dynasty')).not.toBe('refused');
    expect(ask('كم عامًا حكمت السلالة البلاد؟', 'ar-dynasty')).not.toBe('refused');
  });
  it('leaves a bare كم (often a verb after it: how long) and "how much" to any count', () => {
    expect(ask('كم حارب سامي نور جيوش الجيران؟', 'ar-dynasty')).toBe('3');
  });
  it('takes out a number before a unit of time, in digits or in words', () => {
    const isNumber = (w: string) => ['twenty', 'عشرين', 'ten'].includes(w.toLowerCase());
    expect(withoutDurations('ruled for 600 years until 1922', isNumber)).toBe('ruled for  years until 1922');
    expect(withoutDurations('fought for twenty years with 300 men', isNumber)).toBe('fought for  years with 300 men');
    expect(withoutDurations('وحارب عشرين عامًا', isNumber)).toBe('وحارب  عامًا');
  });
  it('takes out a range of them and an ordinal of a century or a year, not two numbers side by side', () => {
    const isNumber = (w: string) => ['العشرين', 'الخامس'].includes(w);
    expect(withoutDurations('على عمر 11-14 أسبوعا', isNumber)).toBe('على عمر  أسبوعا');
    expect(withoutDurations('for 3 to 5 years', isNumber)).toBe('for  years');
    expect(withoutDurations('بين 5 و7 سنوات', isNumber)).toBe('بين  سنوات');
    expect(withoutDurations('حتى أواخر القرن العشرين', isNumber)).toBe('حتى أواخر القرن ');
    expect(withoutDurations('until 1922, 7 days', isNumber)).toBe('until 1922,  days');
  });
  it('takes out the tens of an ordinal ("the twenty-first")', () => {
    const isNumber = (w: string) => ['والعشرون', 'twenty'].includes(w.toLowerCase());
    expect(withoutDurations('هي البطولة الحادية والعشرون من بطولات', isNumber)).toBe('هي البطولة الحادية  من بطولات');
    expect(withoutDurations('the twenty-first tournament of twenty teams', isNumber)).toBe('the -first tournament of twenty teams');
  });
  it('refuses "how many" when the only number word near the answer is an ordinal, and a stop word is no number', () => {
    // ما ("what", a stop word) shares its key with a number word's (مائة): in "ما بين" it counts nothing.
    const k = knowledgeWith({
      'ar-cup': {
        lines: [
          'البطولة هي النسخة الحادية والعشرون من الكأس وأقيمت في الفترة ما بين 14 يونيو و15 يوليو.',
          'وشاركت الفرق في البطولة بعد قرار الاتحاد.',
          'ويزرع الفلاحون القطن على ضفة النهر.',
          'ويعمل أكثر السكان في الزراعة والتجارة.',
        ],
        language: 'ar',
      },
    });
    const q = 'كم عدد الفرق التي لعبت في البطولة؟';
    expect(createEngine({ knowledge: k }).ask(q, undefined, { story: 'ar-cup' }).abstained).toBe(true);
    expect(createEngine({ knowledge: k, options: { durationNoCount: 0 } }).ask(q, undefined, { story: 'ar-cup' }).abstained).toBe(false);
  });
  it('refuses "how many" when the only number word near the answer is an ordinal made an adjective', () => {
    expect(withoutDurations('the fifth-generation iPod', () => false)).toBe('the  generation iPod');
    const k = knowledgeWith({
      'en-player': {
        lines: [
          'The company sold music players in its stores.',
          'The fifth-generation player plays songs and videos on a color screen.',
          'Farmers grow cotton on the river bank.',
          'Most people work in farming and trade.',
        ],
        language: 'en',
      },
    });
    const q = 'How many songs can the player hold?';
    expect(createEngine({ knowledge: k }).ask(q, undefined, { story: 'en-player' }).abstained).toBe(true);
    expect(createEngine({ knowledge: k, options: { durationNoCount: 0 } }).ask(q, undefined, { story: 'en-player' }).abstained).toBe(false);
  });
  it('reads a number word as written, not a word sharing its key', () => {
    // إثنية ("ethnic") is keyed as اثنين ("two"), a number word: it counts nothing.
    const k = knowledgeWith({
      'ar-people': {
        lines: [
          'الشعب فرع من الشعوب السامية ويتحدد على خلفيات إثنية أو لغوية.',
          'ويعيش الشعب في الوطن وفي بلدان المهجر.',
          'ويزرع الفلاحون القطن على ضفة النهر.',
          'ويعمل أكثر السكان في الزراعة والتجارة.',
        ],
        language: 'ar',
      },
    });
    const q = 'كم عدد الشعوب السامية؟';
    expect(createEngine({ knowledge: k }).ask(q, undefined, { story: 'ar-people' }).abstained).toBe(true);
    expect(createEngine({ knowledge: k, options: { durationNoCount: 0 } }).ask(q, undefined, { story: 'ar-people' }).abstained).toBe(false);
  });
  it('refuses "how many" when the only number words near the answer date a century', () => {
    const k = knowledgeWith({
      'ar-doctor': {
        lines: [
          'وصف الطبيب سامي نور هذا المرض في تقرير نشر عام 1866.',
          'وبقي الاسم مستعملا حتى أواخر القرن العشرين.',
          'ويزرع الفلاحون القطن على ضفة النهر.',
          'ويعمل أكثر السكان في الزراعة والتجارة.',
        ],
        language: 'ar',
      },
    });
    const on = createEngine({ knowledge: k }).ask('كم عدد المرضى الذين وصفهم الطبيب سامي نور؟', undefined, { story: 'ar-doctor' });
    const off = createEngine({ knowledge: k, options: { durationNoCount: 0 } }).ask('كم عدد المرضى الذين وصفهم الطبيب سامي نور؟', undefined, {
      story: 'ar-doctor',
    });
    expect(on.abstained).toBe(true);
    expect(off.abstained).toBe(false);
  });
});

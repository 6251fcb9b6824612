import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "Who was the sultan of the Seljuk state?" is not answered by a sentence about the Seljuks that names
// no sultan, nor does the one before or after it: the story names the holder with the office, or not at all.
const knowledge = knowledgeWith({
  'en-seljuk': {
    lines: ['The Seljuk state ruled Persia and Anatolia for a century.', 'Its armies defeated the Byzantines at Manzikert.', 'Trade grew along its roads.'],
    language: 'en',
  },
  'en-tughril': {
    lines: ['Trade grew along the roads of the Seljuk state.', 'Sultan Tughril ruled the Seljuk state from Nishapur.'],
    language: 'en',
  },
  'ar-visit': {
    lines: ['وصل الرئيس إلى المدينة صباح الاثنين.', 'واستقبله المحافظ في المطار.', 'وأقيم حفل في الساحة.', 'وكان ماكرون قد جاء من برلين بعد لقاء مع المستشار.'],
    language: 'ar',
  },
  'en-inquiry': {
    lines: [
      'The inquiry was set up in March after the floods.',
      'Maria Lopez chairs the commission, which will report in June.',
      'Its budget is two million pounds.',
    ],
    language: 'en',
  },
  'en-mayor': {
    title: 'Mayor of Harwick resigns',
    lines: [
      'Jane Marsh announced her resignation on Monday.',
      'The council will meet next week.',
      'Elections are planned for May.',
      'Jane Marsh was elected in 2019.',
    ],
    language: 'en',
  },
  'en-campaign': {
    lines: [
      'Anna Berg organised the marches against the new road.',
      'Thousands joined them in the spring.',
      'The road was later cancelled.',
      'The campaign cost the group little.',
      // A story of eight sentences: in a shorter one the bar reads smoothed rarities (shortSmooth), and
      // this answer, holding one of the question's two words, falls just short of it.
      'Most of the money came from bake sales.',
      'Volunteers painted the banners by hand.',
      'Local papers wrote about the protests every week.',
      'The last march ended at the town square.',
    ],
    language: 'en',
  },
  'en-study': { lines: ['Ann Lambton studied the Seljuk state for forty years.'], language: 'en' },
  'ar-seljuk': {
    lines: ['حكمت الدولة السلجوقية بلاد فارس والأناضول قرنا من الزمن.', 'وهزمت جيوشها البيزنطيين في ملاذكرد.'],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const ask = firstLabelOf(knowledge);

describe('an office asked after that the answer never names', () => {
  it('refuses a "who" question about the holder of an office the answer and its neighbours never name', () => {
    expect(ask('Who was the sultan of the Seljuk state?', 'en-seljuk')).toBe('refused');
    expect(ask('من هو رئيس الدولة السلجوقية؟', 'ar-seljuk')).toBe('refused');
  });

  it('answers it without the check', () => {
    expect(ask('Who was the sultan of the Seljuk state?', 'en-seljuk', { roleCheck: 0 })).toBe('1');
    expect(ask('من هو رئيس الدولة السلجوقية؟', 'ar-seljuk', { roleCheck: 0 })).toBe('1');
  });

  it('reads من before another question word as "from", asking no holder of an office', () => {
    // "Where did President Macron come from?": the answer need not name the president.
    expect(ask('من أين جاء الرئيس ماكرون؟', 'ar-visit')).toBe('4');
  });

  it('reads an office word right after "who" as its verb, asking who does it', () => {
    expect(ask('Who heads the commission?', 'en-inquiry')).toBe('2');
    // As a noun, the office is still asked after.
    expect(ask('Who was the head of the commission?', 'en-inquiry')).toBe('refused');
  });

  it('meets the office in the title of the story, which every sentence is about', () => {
    expect(ask('Who was elected mayor in 2019?', 'en-mayor')).toBe('4');
  });

  it('answers with the sentence that names the holder with the office', () => {
    expect(ask('Who was the sultan of the Seljuk state?', 'en-tughril')).toBe('2');
  });

  it('knows an office by its word, and not an activity its stem shares (campaigner, a leader, and campaign)', () => {
    // Porter makes both en:campaign: the check, by stem, refused the answer for naming no "campaign".
    expect(ask('Who organised the campaign?', 'en-campaign')).toBe('1');
    // The office's plural is the office.
    expect(ask('Who were the sultans of the Seljuk state?', 'en-seljuk')).toBe('refused');
  });

  it('names the office in the refusal', () => {
    const r = engine.ask('Who was the sultan of the Seljuk state?', undefined, { story: 'en-seljuk' });
    expect(r.abstained).toBe(true);
    expect(r.unknown).toEqual(['sultan']);
  });

  it('leaves alone a description a story may leave out beside a name', () => {
    expect(ask('Who was the writer who studied the Seljuk state?', 'en-study')).toBe('1');
  });
});

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { knowledgeWith } from '../support/stories.js';

// Ordinary Arabic words that name finding must not take for names, each beside a real name the same
// story holds. Each case fails with its rule switched off.

const knowledge = knowledgeWith({
  'ar-sultan': {
    language: 'ar',
    lines: ['أسس عثمان الأول بن أرطغرل الدولة عام 1299.', 'وحكم عثمان الأول بن أرطغرل حتى وفاته.', 'وكان الجيش الأول في المنطقة.'],
  },
  'ar-region': {
    language: 'ar',
    lines: ['زار الوزير دنفر في ربوعها الواسعة.', 'وعاش السكان في ربوعها منذ قرون.', 'وقال الوزير إن دنفر مدينة جميلة.'],
  },
  'ar-project': {
    language: 'ar',
    lines: [
      'وصف الرئيس أكبر مشروع في البلاد.',
      'وقال الرئيس أكبر إنجاز تحقق هذا العام.',
      'وهو المشروع الأكبر في المنطقة، كما قال سوركين.',
      'وأضاف سوركين أن العمل بدأ.',
    ],
  },
  'ar-historian': {
    language: 'ar',
    lines: ['قال ابن خلدون إن العمران يتبع الدولة.', 'فقال ابن خلدون إن الدولة تهرم.', 'وكتب ابن خلدون مقدمته في قلعة.'],
  },
  'ar-reserves': {
    language: 'ar',
    lines: [
      'تملك البلاد ثاني أكبر احتياطي من الغاز في العالم وخامس أكبر احتياطي مؤكد من النفط.',
      'ويقدر احتياطي النفط بنحو مئة مليار برميل.',
      'وقال العالم كارلسون إن الاحتياطي يكفي قرنا.',
    ],
  },
  'ar-reign': {
    language: 'ar',
    lines: ['وكان الملك قد شهذت البلاد في عهده ازدهارا.', 'وقال سوركين إن المؤرخين كتبوا عن ذلك.', 'وأضاف سوركين أن المدينة نمت.'],
  },
});
const index = buildIndex(knowledge);
const formsOf = (story: string) => (index.namesByStory.get(story) ?? []).flatMap((e) => e.ar);

describe('ordinary Arabic words are not names', () => {
  it('an ordinal after a name is no name of its own (عثمان الأول بن أرطغرل)', () => {
    const forms = formsOf('ar-sultan');
    expect(forms).toContain('ارطغرل');
    expect(forms.some((f) => f.split(' ').includes('الاول'))).toBe(false);
  });

  it('a word with a pronoun written onto it is no place (في ربوعها)', () => {
    const forms = formsOf('ar-region');
    expect(forms).toContain('دنفر');
    expect(forms).not.toContain('ربوعها');
  });

  it('a word the dictionary knows and the story writes with the article is no name, even after a title (أكبر, الأكبر)', () => {
    const forms = formsOf('ar-project');
    expect(forms).toContain('سوركين');
    expect(forms).not.toContain('اكبر');
  });

  it('a verb of saying before ابن is no name, with و or ف written onto it or not (قال ابن خلدون, فقال)', () => {
    const forms = formsOf('ar-historian');
    expect(forms).toContain('خلدون');
    expect(forms).not.toContain('قال');
    expect(forms).not.toContain('فقال');
  });

  it('a title does not reach a word past a conjunction (في العالم وخامس أكبر احتياطي)', () => {
    const forms = formsOf('ar-reserves');
    expect(forms).toContain('كارلسون');
    expect(forms).not.toContain('احتياطي');
    expect(forms).not.toContain('اكبر');
  });

  it('a title does not reach a word past a stop word, however short (الملك قد شهذت)', () => {
    const forms = formsOf('ar-reign');
    expect(forms).toContain('سوركين');
    expect(forms).not.toContain('شهذت');
  });
});

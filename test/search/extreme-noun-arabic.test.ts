import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "ما هو أطول نهر في الصين؟" is not answered by a sentence about a river beside one that says another
// thing is the oldest: on an Arabic story too, the extreme must be said of the thing asked (extremeNounArabic).
const knowledge = knowledgeWith({
  'ar-oldest': {
    lines: ['تعد الصين من أقدم الحضارات في العالم.', 'وقد ازدهرت الزراعة في حوض النهر الأصفر الخصب الذي يتدفق عبر سهل شمال الصين.'],
    language: 'ar',
  },
  'ar-longest': {
    lines: ['تقع الصين في شرق آسيا.', 'ويعد اليانغتسي أطول أنهار الصين، ويعبر البلاد من الغرب إلى الشرق.'],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('an extreme said of another thing, on an Arabic story', () => {
  it('refuses a longest river answered beside an oldest civilisation', () => {
    expect(ask('ما هو أطول نهر في الصين؟', 'ar-oldest')).toBe('refused');
  });

  it('answers it without the rule', () => {
    expect(ask('ما هو أطول نهر في الصين؟', 'ar-oldest', { extremeNounArabic: 0 })).not.toBe('refused');
  });

  it('answers when the extreme is said of the thing, in a broken plural', () => {
    expect(ask('ما هو أطول نهر في الصين؟', 'ar-longest')).not.toBe('refused');
  });
});

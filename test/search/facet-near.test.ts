import { describe, expect, it } from 'vitest';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A facet the story speaks of somewhere, but of someone else: "when did Farid die?" of a story whose
// deaths are the protesters', answered by his lead sentence, which gives only his birth. The story-wide
// facet check lets it through (the story says قتل, "killed"); the answer and its neighbours say nothing of a death.
const knowledge = knowledgeWith({
  'ar-president': {
    lines: [
      'محمد فريد (ولد في 4 مايو 1928) هو الرئيس الرابع للجمهورية.',
      'حكم محمد فريد البلاد ثلاثين عاما.',
      'بنى الرئيس طرقا وجسورا في الريف.',
      'خرجت مظاهرات كبيرة في العاصمة في يناير 2011.',
      'قتل مئات المتظاهرين برصاص الشرطة في الميادين.',
    ],
    language: 'ar',
  },
  'en-president': {
    lines: [
      'John Farid (born 4 May 1928) was the fourth president of the republic.',
      'John Farid ruled the country for thirty years.',
      'The president built roads and bridges in the countryside.',
      'Large protests filled the capital in January 2011.',
      'Hundreds of protesters were killed by police in the squares.',
    ],
    language: 'en',
  },
  'ar-olive': {
    lines: [
      'بدأ موسم قطف الزيتون في القرى الجبلية.',
      'قال المزارعون إن المحصول جيد هذا العام.',
      'وارتفع سعر اللتر في الأسواق المحلية إلى 28 دينارا.',
      'وتصدر البلاد جزءا من زيتها إلى أوروبا.',
    ],
    language: 'ar',
  },
});
const ask = firstLabelOf(knowledge);

describe('a facet the story speaks of, but not near the best answer', () => {
  it('is refused, in either language and across them', () => {
    expect(ask('متى توفي محمد فريد؟', 'ar-president')).toBe('refused');
    expect(ask('When did John Farid die?', 'en-president')).toBe('refused');
    expect(ask('When did Farid die?', 'ar-president')).toBe('refused');
  });
  it('was answered without the check (the story-wide facet check lets it through)', () => {
    const off = { facetNear: 0 };
    expect(ask('متى توفي محمد فريد؟', 'ar-president', off)).toBe('1');
    expect(ask('When did John Farid die?', 'en-president', off)).toBe('1');
    expect(ask('When did Farid die?', 'ar-president', off)).toBe('1');
  });
  it('is answered where the answer or a sentence beside it speaks of it', () => {
    expect(ask('When did John Farid rule the country?', 'en-president')).toBe('2');
    expect(ask('How many protesters were killed?', 'en-president')).toBe('5');
  });
  it('reads a sum in the accusative (28 دينارا) as a price', () => {
    expect(ask('كم سعر لتر الزيت؟', 'ar-olive')).toBe('3');
  });
});

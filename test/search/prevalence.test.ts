import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// "How common is it?" asks how often an illness or a thing is found: a share, a rate, "one in a
// thousand", "a rare condition". A story that tells what the illness is and who named it, but never how
// common it is, cannot answer (the prevalence facet of knowledge/facets.jsonl).
const knowledge = knowledgeWith({
  'en-illness': {
    lines: [
      'Marsh fever is an illness of the lungs named after the doctor Hana Marsh.',
      'Hana Marsh described marsh fever in 1890.',
      'Marsh fever causes a cough and a high fever.',
    ],
    language: 'en',
  },
  'en-flu': {
    lines: ['River flu is an illness of the lungs.', 'River flu causes a cough and a fever.', 'About 12% of adults catch river flu each winter.'],
    language: 'en',
  },
  'ar-illness': {
    lines: ['حمى المستنقع مرض يصيب الرئتين سمي نسبة إلى الطبيبة هناء مارش.', 'وصفت هناء مارش حمى المستنقع سنة 1890.', 'تسبب حمى المستنقع السعال والحمى.'],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const ask = firstLabelOf(knowledge);

describe('how common something is', () => {
  it('is refused of a story that never says how common it is, in either language and across them', () => {
    expect(ask('How common is marsh fever?', 'en-illness')).toBe('refused');
    expect(ask('How common is marsh fever?', 'ar-illness')).toBe('refused');
    expect(ask('ما مدى انتشار حمى المستنقع؟', 'ar-illness')).toBe('refused');
  });

  it('is answered without the facet check', () => {
    expect(ask('How common is marsh fever?', 'en-illness', { facetCheck: 0, facetNear: 0 })).not.toBe('refused');
  });

  // The share is ¶3, but the question's only matched words (*river flu*) rank ¶1 first, which names the
  // illness; the facet is said two sentences away from it. A hit among the first few (`facetAhead`) that
  // says it, in words other than the question's, covering as much, comes first (oos9).
  it('is answered by the sentence of a story giving a share (¶3)', () => {
    expect(ask('How common is river flu?', 'en-flu')).toBe('3');
  });

  it('was refused with only the first hit looked at', () => {
    expect(ask('How common is river flu?', 'en-flu', { facetAhead: 1 })).toBe('refused');
  });

  it('is asked only by a question opening on an amount: انتشار is also a spread, a deployment', () => {
    expect(ask('لماذا زاد انتشار حمى المستنقع بعد سنة 1890؟', 'ar-illness')).not.toBe('refused');
  });

  it('names what the story lacks', () => {
    const r = engine.ask('How common is marsh fever?', undefined, { story: 'en-illness' });
    expect(r.unknown).toContain('how common it is');
  });
});

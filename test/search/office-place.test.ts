import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith } from '../support/stories.js';

// A place right after an office word (ملك المغرب, "the king of Morocco") names whom the question is
// about, not where it happened: a story about him may never name the country (a paragraph of his life).
// The place check leaves such a place out, unless the question asks who holds the office.
describe('a place that says whose office', () => {
  // Stories nobody prepared, written for this test.
  const knowledge = knowledgeWith({
    'ar-king': {
      title: 'الملك حسان',
      lines: ['قام بأول زيارة رسمية إلى الخارج في 6 أبريل 1974 لتمثيل والده في باريس.', 'وفي عام 1980 زار عددا من الدول الإفريقية.'],
      language: 'ar',
    },
    // Another story names the country, so the question's word is read as written.
    'ar-other': { lines: ['يقع المغرب في شمال أفريقيا.'], language: 'ar' },
  });
  const ask = (officePlace: number, q: string) => createEngine({ knowledge, options: { officePlace } }).ask(q, undefined, { story: 'ar-king' });

  it('answers when the place names whose office', () => {
    const q = 'متى قام ملك المغرب بأول زيارة رسمية إلى الخارج؟';
    expect(ask(0, q).abstained).toBe(true);
    const r = ask(1, q);
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('1974');
  });

  it('still refuses a place the event is in, and who holds the office of a place the story never names', () => {
    expect(ask(1, 'متى قام بأول زيارة رسمية إلى المغرب؟').abstained).toBe(true);
    expect(ask(1, 'من هو ملك المغرب؟').abstained).toBe(true);
  });
});

/**
 * "what is that heirloom named?" after an answer that tells of a leather book: a noun right after "that" /
 * ذلك names something the answer just shown names, as a pronoun would stand for it, in whatever words.
 * So that answer holds the noun (SearchOptions.referent). Without it the question was ranked on its own
 * words, which the story writes nowhere or elsewhere: refused, or another sentence.
 */
import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { referredUnits } from '../../src/conversation/followup.js';
import { createEngine } from '../../src/engine.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith, lastFirstText } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-council': {
    lines: [
      'The village council kept its records in a leather book, the Green Register, locked in the church tower.',
      'The council appointed a new clerk in 1802.',
      'The clerk was named after his grandfather, a miller from the valley.',
    ],
    language: 'en',
  },
  'ar-council': {
    lines: [
      'حفظ مجلس القرية محاضره في كتاب جلدي يعرف بالسجل الأخضر داخل برج الكنيسة.',
      'وعين المجلس كاتبا جديدا سنة 1802.',
      'وسمي الكاتب على اسم جده، وهو طحان من الوادي.',
    ],
    language: 'ar',
  },
});
const chat = (referent: number, story: string, ...questions: string[]) =>
  lastFirstText(createEngine({ knowledge, options: { ...SEARCH_DEFAULTS, referent } }), story, questions);
const on = SEARCH_DEFAULTS.referent;

describe('a noun after "that" names what the answer just shown names', () => {
  it('English: the answer shown holds "that heirloom"', () => {
    expect(chat(on, 'en-council', 'where did the council keep its records?')).toContain('Green Register');
    expect(chat(on, 'en-council', 'where did the council keep its records?', 'what is that heirloom named?')).toContain('Green Register');
    expect(chat(0, 'en-council', 'where did the council keep its records?', 'what is that heirloom named?')).not.toContain('Green Register');
  });

  it('Arabic: ذلك before a noun with the article', () => {
    const q = 'أين حفظ المجلس محاضره؟';
    expect(chat(on, 'ar-council', q)).toContain('السجل الأخضر');
    expect(chat(on, 'ar-council', q, 'وما اسم ذلك الدفتر؟')).toContain('السجل الأخضر');
    expect(chat(0, 'ar-council', q, 'وما اسم ذلك الدفتر؟')).not.toContain('السجل الأخضر');
  });

  it('"that" before a participle is the pronoun, and ذلك before a bare word too: no noun to refer to', () => {
    const index = buildIndex(knowledge);
    const w = foldConversationWords(index);
    const referred = (text: string) => {
      const words = index.analyzer.analyze(text).map((t) => t.norm);
      return [...referredUnits(index, parseQuery(index, text), words, w)];
    };
    expect(referred('when was that album released?')).toHaveLength(1);
    expect(referred('متى صدر ذلك الألبوم؟')).toHaveLength(1);
    expect(referred('where was that published?')).toHaveLength(0);
    expect(referred('وهل ذلك صحيح؟')).toHaveLength(0);
  });
});

/**
 * A number with a unit written onto it ("$4.2bn", "300m", "5km": src/text/english.ts UNITS) is the
 * number, and the unit's word besides: "$4.2bn" meets "4.2 billion" and ٤٫٢ مليار. Before, "4.2bn" was
 * one word of its own, which no question's number or word reached.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

const knowledge = knowledgeWith({
  'en-deal': {
    language: 'en',
    lines: [
      'The two companies agreed a merger after talks that lasted most of the year.',
      'The buyer will pay $4.2bn in cash and shares, the largest deal in the sector.',
      'About 300m people use the services of the two firms every month.',
      'The new headquarters will be built 5km from the old port.',
      'Regulators have six months to review the agreement.',
    ],
  },
});
const ask = firstLabelOf(knowledge);
const { analyzer } = buildIndex(knowledge);

describe('numbers with units written onto them', () => {
  it('meet the number and the unit a question writes apart, in English or Arabic', () => {
    expect(ask('Which deal is worth 4.2 billion dollars?', 'en-deal')).toBe('2');
    expect(ask('ما الصفقة التي تبلغ قيمتها ٤٫٢ مليار دولار؟', 'en-deal')).toBe('2');
    expect(ask('How many people use 300 million?', 'en-deal')).toBe('3');
    expect(ask('what is 5 kilometres from the port?', 'en-deal')).toBe('4');
  });

  it('keys a one-letter unit by its word only: "$2b" is no "plan B"', () => {
    const key = (text: string) => analyzer.analyze(text).flatMap((t) => [t.key, ...t.variants]);
    expect(key('$2b')).toEqual(['n:2', 'en:billion']);
    expect(key('5km')).toEqual(['n:5', 'en:km', 'en:kilometr']);
  });
});

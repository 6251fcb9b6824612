import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../src/text/english.js';

describe('a noun in -s that is no plural keeps its s', () => {
  it('parts "news" from "new", "odds" from "odd"', () => {
    expect(stemEnglish('news')).not.toBe(stemEnglish('new'));
    expect(stemEnglish('odds')).not.toBe(stemEnglish('odd'));
  });

  it('leaves plurals, and the nouns in -ics that Porter stems otherwise, as they were', () => {
    expect(stemEnglish('wars')).toBe(stemEnglish('war'));
    expect(stemEnglish('economics')).toBe(stemEnglish('economic'));
  });
});

import { describe, expect, it } from 'vitest';
import { buildIndex, rootKey } from '../../src/search/index.js';
import { arabicRoot } from '../../src/text/arabic.js';
import { knowledgeWith } from '../support/stories.js';

// A question may name an event by its noun (الغزو, "the invasion") where the story tells it with the
// verb (غزت, "invaded", whose base form is غزا), as the seed story does (¶32): the light root writes a
// defective root's last letter one way (غزو, غزا → غزا), and a story word is indexed under its base
// form's root as well as its own, so the two meet by root.
describe('a defective root', () => {
  it('is written one way in the light root', () => {
    expect(arabicRoot('غزو')).toBe(arabicRoot('غزا'));
    expect(arabicRoot('دعو')).toBe(arabicRoot('دعا'));
  });
  it("indexes a story's verb under its base form's root, where the noun's root finds it (غزت ~ الغزو)", () => {
    const index = buildIndex(knowledgeWith({ 'ar-war': { lines: ['دخلت القوات المدينة في الربيع.', 'غزت القوات المدينة في الربيع.'], language: 'ar' } }));
    const noun = index.analyzer.analyze('الغزو')[0];
    const gids = [...(index.postings.get(rootKey(noun?.key ?? '')) ?? [])];
    expect(gids.map((g) => index.sentences[g]?.sentence.ref)).toEqual(['2']);
  });
});

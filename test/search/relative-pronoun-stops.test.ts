import { describe, expect, it } from 'vitest';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { knowledgeWith } from '../support/stories.js';

// The dual and feminine plural relative pronouns (اللذان, اللتان, اللواتي, اللاتي, اللائي: "the two
// who", "the women who") are stop words as الذي, التي, الذين, اللذين, اللتين are. Before, light
// stemming read اللذان as لذ ("enjoy") and اللواتي as a word no story holds, weighed as a name.
const EN_STORY = ['Napster and MSN Music sell protected files that do not play on the iPod.', 'The iPod was released in 2001.'];

describe('Arabic relative pronouns of the dual and the feminine plural are stop words', () => {
  it('are read as stop words', () => {
    const index = buildIndex(knowledgeWith({ ipod: { lines: EN_STORY, language: 'en' } }));
    for (const w of ['اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'اللائي', 'واللواتي']) expect(index.analyzer.analyze(w)[0]?.stop).toBe(true);
  });

  it('ask about nothing: no unit of the question is made of them', () => {
    const index = buildIndex(knowledgeWith({ ipod: { lines: EN_STORY, language: 'en' } }));
    for (const q of ['ما المتجران اللذان يبيعان ملفات محمية؟', 'ماذا ينصح الأطباء للنساء اللواتي يتناولن المضادات الحيوية؟']) {
      const labels = parseQuery(index, q, SEARCH_DEFAULTS, 'ipod').units.map((u) => u.label);
      expect(labels).not.toContain('اللذان');
      expect(labels).not.toContain('اللواتي');
    }
  });
});

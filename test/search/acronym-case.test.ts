import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';
import { withCaseRestored } from '../../src/search/query.js';
import { tokenize } from '../../src/text/tokenize.js';
import { knowledgeWith } from '../support/stories.js';

describe('a dotted acronym', () => {
  it('is one word, the last dot included, and initials with spaces or lower case are not', () => {
    expect(tokenize('The U.S. and the U.N envoy, J. Smith, e.g. U.S.A').map((t) => t.surface)).toEqual([
      'The',
      'U.S.',
      'and',
      'the',
      'U.N',
      'envoy',
      'J',
      'Smith',
      'e',
      'g',
      'U.S.A',
    ]);
  });

  // "US" was keyed by its letters' stem, which is "use"'s: the first sentence (use, river) outranked the
  // one that writes "U.S." (then two letters of its own).
  const river = knowledgeWith({
    'en-river': {
      lines: ['Farmers use the water of the river for rice.', 'The U.S. built a dam on the river in 1960.'],
      language: 'en',
    },
  });

  it('is the acronym written without dots, and never the word its letters stem from', () => {
    const r = createEngine({ knowledge: river }).ask('What did the US do with the river?', undefined, { story: 'en-river' });
    expect(r.answers[0]?.text).toContain('dam');
  });

  // Asked in English of an Arabic story nobody prepared: "US" reaches الولايات المتحدة through the
  // dictionary's entry for "U.S", not the translations of "use" (استخدام).
  const arabic = knowledgeWith({
    'ar-aid': {
      lines: ['استخدم المزارعون مياه النهر لري الأرز.', 'وقالت الولايات المتحدة إنها سترسل مساعدات إلى المنطقة.'],
      language: 'ar',
    },
  });

  it('is bridged to Arabic as the country', () => {
    const r = createEngine({ knowledge: arabic }).ask('What did the US say?', undefined, { story: 'ar-aid' });
    expect(r.answers[0]?.text).toContain('الولايات المتحدة');
  });
});

describe('a question typed in capitals', () => {
  const engine = loadEngine();
  const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));

  it('is read in the case it would be written in', () => {
    expect(withCaseRestored(index, 'WHAT DID PESKOV SAY ABOUT KURSK?')).toBe('what did Peskov say about Kursk?');
    // No frame word: acronyms as typed. Any lower-case letter: as typed.
    expect(withCaseRestored(index, 'NATO UN')).toBe('NATO UN');
    expect(withCaseRestored(index, 'What did the US say?')).toBe('What did the US say?');
  });

  it('is answered, not refused for naming "WHO" and "IS"', () => {
    const r = engine.ask('WHO IS HEGSETH?');
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.text).toContain('هيغسيث');
  });
});

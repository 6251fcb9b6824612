import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type Analyzer, createAnalyzer } from '../../src/text/analyzer.js';
import { arabicFallbackKeys, type Dictionary, loadDictionary } from '../../src/text/dictionary.js';

// The present of a doubled verb of the form افتعل keeps three letters after its prefix (تحتل, "occupies";
// تمتد, "extends"; يهتم, "cares"): none of the other readings reached its past (احتل) or its verbal noun,
// which writes the doubled letter twice (احتلال, امتداد, اهتمام), and the dictionary lists those.
let analyzer: Analyzer;
let dict: Dictionary;
beforeAll(() => {
  analyzer = createAnalyzer({ stopwords: loadKnowledge(DEFAULT_KNOWLEDGE_DIR).stopwords, protectedArabic: [] });
  dict = loadDictionary(DEFAULT_KNOWLEDGE_DIR);
});
const key = (w: string) => analyzer.analyze(w)[0]?.key as string;
const fallbacks = (w: string) => arabicFallbackKeys(key(w), analyzer.stemArabic);
const bridged = (w: string) => fallbacks(w).some((k) => dict.englishFor(k).length > 0);

describe('the present of a doubled verb of the form افتعل', () => {
  it('reaches its past and its verbal noun', () => {
    expect(fallbacks('تحتل')).toContain(key('احتل'));
    expect(fallbacks('تمتد')).toContain(key('امتداد'));
    expect(fallbacks('يهتم')).toContain(key('اهتمام'));
  });

  it('which the dictionary translates', () => {
    for (const w of ['تحتل', 'تمتد', 'يهتم']) expect(bridged(w)).toBe(true);
  });

  it("after the simple verb's reading of a root with ت in the middle", () => {
    const f = fallbacks('يفتح');
    expect(f.indexOf(key('فتح'))).toBeLessThan(f.indexOf(key('افتح')));
  });
});

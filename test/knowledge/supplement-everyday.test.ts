import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type Analyzer, createAnalyzer } from '../../src/text/analyzer.js';
import { arabicFallbackKeys, type Dictionary, loadDictionary } from '../../src/text/dictionary.js';

// Everyday Arabic words FreeDict gives no entry in any form a question writes them (the core
// vocabulary's part three): حصد / حصدت ("won", an award), جهة ("agency, body": الجهة الحكومية),
// تناول ("eat, take": a meal, a medicine).
let analyzer: Analyzer;
let dict: Dictionary;
beforeAll(() => {
  analyzer = createAnalyzer({ stopwords: loadKnowledge(DEFAULT_KNOWLEDGE_DIR).stopwords, protectedArabic: [] });
  dict = loadDictionary(DEFAULT_KNOWLEDGE_DIR);
});
const english = (w: string) => {
  const t = analyzer.analyze(w)[0];
  if (t === undefined) return [];
  const own = [t.key, ...t.variants].flatMap((k) => dict.englishFor(k));
  return own.length > 0 ? own : arabicFallbackKeys(t.key, analyzer.stemArabic).flatMap((k) => dict.englishFor(k));
};

describe('everyday Arabic words of questions the dictionary lacked', () => {
  it('حصدت ("she won") is *win*', () => {
    expect(english('حصدت')).toContain('en:win');
    expect(english('حصد')).toContain('en:won');
  });

  it('الجهة ("the body, the agency") is *agency*', () => {
    expect(english('الجهة')).toContain('en:agenc');
  });

  it('تناول ("eat, take") is *eat*', () => {
    expect(english('تناول')).toContain('en:eat');
    expect(english('تناولت')).toContain('en:eat');
  });

  it('English *eat* and *agency* keep their older translations too', () => {
    expect(dict.arabicFor('en:eat')).toContain('ar:اكل');
    expect(dict.arabicFor('en:agenc')).toContain('ar:وكال');
  });
});

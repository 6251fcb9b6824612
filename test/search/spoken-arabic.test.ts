/**
 * Spoken Arabic in a chat: the particles and question words of Levantine, Egyptian, Gulf and Maghrebi
 * speech (knowledge/stopwords.ar.txt, and for those that are standard words once folded
 * knowledge/chat-spellings.ar.tsv, read into questions only; their question words also in knowledge/answer-types.jsonl, and
 * the spoken "now" in presentWords of knowledge/dialogue.json): اديش / ليه / علاش had asked for no kind of
 * answer. None may be a standard word once folded: the stories lose their stop words too.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createAnalyzer } from '../../src/text/analyzer.js';

const engine = loadEngine();
// The shipped stop words, applied as to a story's text.
const analyzer = createAnalyzer({ stopwords: loadKnowledge(DEFAULT_KNOWLEDGE_DIR).stopwords, protectedArabic: [] });

describe('spoken Arabic', () => {
  it('drops no word of the standard language from a story (a stop word is dropped from stories too)', () => {
    // Each folds to a spoken particle once listed: فرح ("joy", the name Farah) is ف + رح, آية
    // ("verse") and أية ("any") fold to إيه, يعني is "it means", الحين "the time" (منذ ذلك الحين).
    const words = analyzer.analyze('فرح آية أية يعني الحين هيدي');
    expect(words.filter((t) => t.stop).map((t) => t.surface)).toEqual([]);
    // The spoken particles that collide with nothing stay stop words.
    expect(analyzer.analyze('هيك بس مش عشان اللي').every((t) => t.stop)).toBe(true);
  });

  it('reads a spoken "now" only where it is no standard word: منذ ذلك الحين asks about the story\'s time', () => {
    const r = engine.ask('ماذا قال ترامب منذ ذلك الحين');
    expect(r.reason).not.toBe('present');
    expect(r.abstained).toBe(false);
  });

  it('reads spoken words that are standard ones in stories as what they stand for, in questions only', () => {
    // رح is the future's سوف in a question (knowledge/chat-spellings.ar.tsv), not a name the story lacks.
    const r = engine.ask('وين رح يلتقي ترامب وبوتين');
    expect(r.unknown).toEqual([]);
    expect(r.answers[0]?.label).toBe('7');
    expect(engine.ask('ايه اللي قاله بيسكوف').unknown).toEqual([]);
  });

  it('reads اديش ("how much / how long") and ليه ("why") as question words of their kind', () => {
    expect(engine.ask('اديش دامت المكالمة').answers[0]?.label).toBe('9');
    const why = engine.ask('ليه رفض بيسكوف تبادل الأراضي');
    expect(why.unknown).toEqual([]);
    expect(why.answers[0]?.label).toBe('23–24.1');
  });

  it('reads هلق ("now") as a question about the present', () => {
    const r = engine.ask('شو قال ترامب هلق');
    expect(r.abstained).toBe(true);
    expect(r.reason).toBe('present');
  });
});

/**
 * Spoken Arabic in a chat: the particles and question words of Levantine, Egyptian, Gulf and Maghrebi
 * speech (knowledge/stopwords.ar.txt; their question words also in knowledge/answer-types.jsonl, and
 * the spoken "now" in presentWords of knowledge/dialogue.json). The future's رح had been read as a name
 * the story lacks ("لا يذكر الخبر رح"), and اديش / ليه / علاش asked for no kind of answer.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';

const engine = loadEngine();

describe('spoken Arabic', () => {
  it('reads the future particle رح as no word to look for', () => {
    const r = engine.ask('وين رح يلتقي ترامب وبوتين');
    expect(r.unknown).not.toContain('رح');
    expect(r.answers[0]?.label).toBe('7');
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

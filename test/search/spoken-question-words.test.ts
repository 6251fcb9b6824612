/**
 * The question words of spoken Arabic (مين who, شو what, وين where, امتى when, ليش why) are question
 * words, not words to look for: a chat user types "مين هو …؟" as often as "من هو …؟".
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';

const engine = loadEngine();

describe('spoken Arabic question words', () => {
  it('"مين هو ديمتري بيسكوف؟" is answered as "من هو ديمتري بيسكوف؟"', () => {
    const r = engine.ask('مين هو ديمتري بيسكوف؟', engine.newState(), { top: 3 });
    expect(r.abstained).toBe(false);
    expect(r.answers[0]?.label).toBe('8');
  });

  it('they are no units of the question, and وين / امتى ask for a place / a time', () => {
    const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
    const where = parseQuery(index, 'وين سيلتقي ترامب وبوتين؟', SEARCH_DEFAULTS);
    expect(where.units.map((u) => u.label)).not.toContain('وين');
    expect(where.answerTypes).toContain('place');
    expect(parseQuery(index, 'امتى غزت روسيا أوكرانيا؟', SEARCH_DEFAULTS).answerTypes).toContain('time');
    expect(parseQuery(index, 'شو قال بيسكوف؟', SEARCH_DEFAULTS).units.map((u) => u.label)).not.toContain('شو');
  });
});

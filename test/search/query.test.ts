import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';

// What a question word may match is remembered per word and per options on the index: reading a
// question again, or with other options, must give what reading it afresh gives.
const index = buildIndex(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const keysOf = (q: ReturnType<typeof parseQuery>) => q.units.map((u) => `${u.key}=${u.alts.map((a) => `${a.key}@${a.q}`).join(',')}`);

describe('reading a question', () => {
  it("a concept named by a more specific Arabic phrase keeps the phrase's other word, to rank only", () => {
    // الحرب الشاملة ("all-out war") is the concept war; الشاملة alone is no form of it.
    const q = parseQuery(index, 'متى بدأت الحرب الشاملة؟', SEARCH_DEFAULTS);
    expect(q.units.find((u) => u.key === 'c:war')?.carried).toBeUndefined();
    expect(q.units.find((u) => u.key === 'ar:شامل')?.carried).toBe(true);
  });
  it('reads the same question the same way the second time, from frozen shared entries', () => {
    const first = parseQuery(index, 'what did Peskow say about Kurks?');
    const again = parseQuery(index, 'what did Peskow say about Kurks?');
    expect(keysOf(again)).toEqual(keysOf(first));
    expect(keysOf(first).some((k) => k.startsWith('c:peskov'))).toBe(true);
    const term = again.units.find((u) => u.kind === 'term');
    if (term !== undefined) {
      expect(Object.isFrozen(term.alts)).toBe(true);
      expect(() => (term.alts as { key: string; q: number }[]).push({ key: 'x', q: 1 })).toThrow();
    }
  });

  it('keeps what it remembers apart per options: typo correction off is not served corrections', () => {
    expect(keysOf(parseQuery(index, 'Peskvo')).join()).toContain('c:peskov');
    const strict = { ...SEARCH_DEFAULTS, fuzzyMinLength: 100, skeletonMinLength: 100 };
    expect(keysOf(parseQuery(index, 'Peskvo', strict)).join()).not.toContain('peskov');
    // And the defaults are unaffected by the strict reading.
    expect(keysOf(parseQuery(index, 'Peskvo')).join()).toContain('c:peskov');
  });
});

describe('reading what a question places before its answer', () => {
  const afterLabels = (q: string) =>
    parseQuery(index, q)
      .units.filter((u) => u.after === true)
      .map((u) => u.label);
  it('marks the words an after-word governs, up to the next stop word or punctuation', () => {
    expect(afterLabels('What did Zelensky write after the call?')).toEqual(['call']);
    expect(afterLabels('What did Zelensky write after talking to Trump?')).toEqual(['talking']);
    expect(afterLabels('After the call, what did Zelensky write?')).toEqual(['call']);
    expect(afterLabels('ماذا كتب زيلنسكي بعد المكالمة؟')).toEqual(['المكالمة']);
  });
  it('marks nothing in a question without one', () => {
    expect(afterLabels('What did Zelensky write about the call?')).toEqual([]);
  });
});

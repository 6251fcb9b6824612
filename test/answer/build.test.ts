import { describe, expect, it } from 'vitest';
import { createAnswerBuilder } from '../../src/answer/build.js';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import type { Answer } from '../../src/types.js';

const engine = loadEngine();
const bare = loadEngine({ load: { handMade: false } });

/** Every field of an answer, as the words it marks: what a front end would show in bold. */
function marked(a: Answer): string[] {
  return [
    ...a.parts.flatMap((p) => p.highlights.map((h) => p.text.slice(h.start, h.end))),
    ...a.parts.flatMap((p) => p.translationHighlights.map((h) => (p.translation ?? '').slice(h.start, h.end))),
  ];
}

describe('answers are plain data', () => {
  // ¶23–24.1 is one quotation over two sentences: the case with the most fields (two parts, a label
  // with a dash, highlights in both sentences and both renderings).
  const answer = engine.ask('what did Peskov say about Kursk?').answers[0] as Answer;

  it('has every field as an own value, not a getter', () => {
    expect(answer.label).toBe('23–24.1');
    const descriptors = Object.getOwnPropertyDescriptors(answer);
    for (const key of ['highlights', 'translationHighlights', 'context', 'label', 'parts', 'gloss', 'translationKind'] as const) {
      expect(descriptors[key], key).toBeDefined();
      expect(descriptors[key]?.get, key).toBeUndefined();
      expect(descriptors[key]?.enumerable, key).toBe(true);
    }
  });

  it('keeps its highlights through a spread copy, structuredClone and a JSON round trip', () => {
    // Highlights there are to keep: the speaker's name in the Arabic and in the English rendering.
    expect(answer.highlights.length).toBeGreaterThan(0);
    expect(answer.translationHighlights.length).toBeGreaterThan(0);
    expect(marked(answer)).toContain('بيسكوف');
    expect(marked(answer)).toContain('Peskov');
    const spread = { ...answer };
    const cloned = structuredClone(answer);
    const json = JSON.parse(JSON.stringify(answer)) as Answer;
    for (const copy of [spread, cloned, json]) {
      expect(copy).toEqual(answer);
      expect(marked(copy)).toEqual(marked(answer));
      expect(copy.parts.map((p) => p.ref)).toEqual(['23', '24.1']);
      expect(copy.context.before?.ref).toBe('22');
    }
  });

  it('keeps its gloss through a copy (a story without an English rendering)', () => {
    const a = bare.ask('what did Peskov say about Kursk?').answers.find((x) => (x.gloss?.length ?? 0) > 0) as Answer;
    expect(a).toBeDefined();
    const copy = JSON.parse(JSON.stringify({ ...a })) as Answer;
    expect(copy.gloss).toEqual(a.gloss);
    expect(copy.gloss).toContainEqual({ word: 'بيسكوف', gloss: 'Peskov' });
  });

  it('says who made the rendering it quotes', () => {
    expect(answer.translationKind).toBe('project');
    expect(answer.parts.every((p) => p.translationKind === 'project')).toBe(true);
  });
});

describe('createAnswerBuilder', () => {
  const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const index = buildIndex(knowledge);
  const build = createAnswerBuilder(index);
  const gidOf = (ref: string) => index.sentences.findIndex((s) => s.sentence.ref === ref);

  it('quotes a span as parts in story order, its own sentence lending the top-level fields', () => {
    const q = parseQuery(index, 'what did Peskov say about Kursk?', SEARCH_DEFAULTS);
    // The answer is ¶24.1, quoted with ¶23 before it: the label runs from the first to the last.
    const a = build.answer(gidOf('24.1'), 2, q.units, [gidOf('23'), gidOf('24.1')]);
    expect(a.ref).toBe('24.1');
    expect(a.label).toBe('23–24.1');
    expect(a.parts.map((p) => p.ref)).toEqual(['23', '24.1']);
    expect(a.highlights).toEqual(a.parts[1]?.highlights);
    expect(a.context.before?.ref).toBe('22');
    expect(a.context.after?.ref).toBe('24.2');
  });

  it('highlights only the words the question asks about', () => {
    const v = build.view(gidOf('9'));
    const words = (q: string) => build.highlight(v.text, parseQuery(index, q, SEARCH_DEFAULTS).units).map((h) => v.text.slice(h.start, h.end));
    expect(words('what did Peskov say?')).toContain('بيسكوف');
    expect(words('Kursk')).not.toContain('بيسكوف');
  });
});

/**
 * A follow-up whose first answer is the answer just shown, first only by whom a pronoun stood for and
 * by the context carried along, while it holds no word of the question's own: that answer gives way to
 * the best sentence not shown that holds one of the question's own words and passes the bar. "ماذا
 * سماها الصينيون؟" (what did the Chinese call it?) after ¶2.3 (Japan's islands): ها was taken for a
 * name ¶2.3 holds, and ¶2.3 held every carried word; ¶2.2 says what the Chinese called the country.
 * Not for a detail of the statement just shown asked of its speaker ("which channel did she speak
 * to?"): that statement answers it in words of its own.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-053-alyaban';
const before = [
  { ask: 'أين تقع اليابان؟', first: '1.1–1.2' }, // ¶1.1 is only the name and its spellings, quoted with ¶1.2 (span.ts)
  { ask: 'ومن كم جزيرة تتكون؟', first: '2.3' },
];

describe('the answer shown, holding no word of the question’s own', () => {
  it('gives way to a sentence not shown that holds one: "what did the Chinese call it?" is ¶2.2', () => {
    runScript(
      createEngine({ knowledge }),
      [
        ...before,
        {
          ask: 'ماذا سماها الصينيون؟',
          first: '2.1–2.2',
          followUp: true,
          why: '¶2.2 holds الصينيون (quoted with ¶2.1, only the name and its spellings); ¶2.3 only the carried words',
        },
      ],
      undefined,
      story,
    );
  });

  it('stays first without the rule', () => {
    const results = runScript(createEngine({ knowledge, options: { ownWordsFirst: 0 } }), [...before, { ask: 'ماذا سماها الصينيون؟' }], undefined, story);
    expect(results[2]?.answers[0]?.label).toBe('2.3');
  });
});

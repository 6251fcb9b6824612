/**
 * "who wrote To Kill a Mockingbird?": "who" and a verb of making a text before a thing named ask for the
 * author, not for words said (SearchOptions.authorWho). Read as a `statement`, the question put first a
 * sentence with quotation marks naming another writer (¶3.3, Mary McDonough Murphy, who "collected
 * impressions" of the novel), and *she* then stood for her in every follow-up. With the rule, the first
 * answer is ¶1.1 ("a novel by Harper Lee"), and *she* goes on with Harper Lee.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh/stories/en', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'squadf-005-to-kill-a-mockingbird-1';

describe('"who wrote X?" asks for the author', () => {
  it('answers with the author, and the follow-ups go on with her', () => {
    runScript(
      createEngine({ knowledge }),
      [
        { ask: 'who wrote To Kill a Mockingbird?', first: '1.1', why: '"a novel by Harper Lee"' },
        { ask: 'when was she born?', first: '5.1', followUp: true, why: '"Born in 1926, Harper Lee grew up …"' },
        {
          ask: 'what job did she have in New York?',
          first: '5.5',
          followUp: true,
          why: '"Lee moved to New York City, where she worked as a reservation clerk"',
        },
      ],
      undefined,
      story,
    );
  });

  it('without the rule, a sentence with quotation marks naming another writer comes first', () => {
    const results = runScript(
      createEngine({ knowledge, options: { authorWho: 0 } }),
      [{ ask: 'who wrote To Kill a Mockingbird?' }, { ask: 'what job did she have in New York?' }],
      undefined,
      story,
    );
    expect(results[0]?.answers[0]?.label).not.toBe('1.1');
    expect(results[1]?.answers[0]?.label).not.toBe('5.5');
  });
});

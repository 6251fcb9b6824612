/**
 * An Arabic verb of "she" / "it" in the past tense (the ending ت) right after a question word of time,
 * place, manner or reason, with no subject after it ("وإلى أين امتدت؟", and where did it extend?), points
 * back as "it" does: the last question's topics come along, as they would behind عنها or "it". Read
 * from its form, like the verbs of "he" (past-verb.test.ts); not a verb of the تفعّل form, whose ت opens
 * it (توفي, "he died"), nor a plural noun in ات.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { pointersOf, resolveFollowUp } from '../../src/conversation/followup.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.js';
import { buildIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { state } from '../support/focus.js';
import { knowledgeWith } from '../support/stories.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const index = buildIndex(knowledge);
const words = foldConversationWords(index);
const itVerb = (question: string) =>
  pointersOf(
    index.analyzer.analyze(question).map((t) => t.norm),
    words,
  ).itVerb;

describe('a verb of "it" after a question word', () => {
  it('is read from the past tense’s ending ت, with nothing after it that could be its subject', () => {
    expect(itVerb('وإلى أين امتدت؟')).toBe(true);
    expect(itVerb('ومتى سقطت؟')).toBe(true);
    expect(itVerb('ومتى سقطت غرناطة؟')).toBe(false);
    expect(itVerb('ومتى توفي؟')).toBe(false);
    expect(itVerb('متى الانتخابات؟')).toBe(false);
    expect(itVerb('ما هي أسبابها؟')).toBe(false);
  });

  it('carries the last question’s topics: "where did it extend?" after the empire Alexander founded', () => {
    runScript(
      createEngine({ knowledge }),
      [
        { ask: 'كم كان عمر الاسكندر حين اسس امبراطوريته؟', first: '2.3' },
        {
          ask: 'وإلى أين امتدت؟',
          first: '2.3',
          followUp: true,
          why: '"it" is the empire, which ¶2.3 says stretched from the Ionian Sea to the Himalayas; ¶3.5 only has the verb',
        },
      ],
      undefined,
      'arcd-022-alaskndr-alakbr',
    );
  });

  it('is not a name the story knows that ends in ت: "وأين بيروت؟" asks about Beirut, no topic comes along', () => {
    const beirut = buildIndex(
      knowledgeWith({
        visit: {
          language: 'ar',
          lines: ['وصل الوزير إلى بيروت يوم الاثنين في زيارة رسمية.', 'وقال الوزير في بيروت إن المحادثات كانت مثمرة.'],
        },
      }),
    );
    const question = 'وأين بيروت؟';
    const p = pointersOf(
      beirut.analyzer.analyze(question).map((t) => t.norm),
      foldConversationWords(beirut),
    );
    expect(p.itVerb).toBe(true);
    const talks = { key: 'ar:محادثات', label: 'المحادثات', kind: 'term', weight: 4, age: 0 };
    const r = resolveFollowUp(parseQuery(beirut, question, SEARCH_DEFAULTS), p, state([talks]), {
      index: beirut,
      words: foldConversationWords(beirut),
      o: SEARCH_DEFAULTS,
    });
    expect(r.carried.map((u) => u.key)).not.toContain('ar:محادثات');
  });
});

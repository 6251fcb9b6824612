/**
 * A fragment with no verb of its own, a preposition, a question word and a noun or two ("in which
 * song?", "after how long a break?", "وبعد أي معركة؟"), asks for a detail of the answer just shown, as
 * "in which song was that?" does: it points back at that answer. Read as a question of its own, "song"
 * alone found every sentence that names a song, and the answer shown lost the tie.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldConversationWords } from '../../src/conversation/dialogue.js';
import { pointersOf } from '../../src/conversation/followup.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex } from '../../src/search/index.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling/stories/en', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const index = buildIndex(knowledge);
const words = foldConversationWords(index);
const fragment = (question: string) =>
  pointersOf(
    index.analyzer.analyze(question).map((t) => t.norm),
    words,
  ).fragment;

const chat = [
  { ask: 'Does Beyoncé consider herself a feminist?', first: '1.1' },
  { ask: 'Whose speech did she sample?', first: '1.4' },
];

describe('a fragment with no verb', () => {
  it('is a preposition, a question word and a few words with no verb or pronoun among them', () => {
    expect(fragment('in which song?')).toBe(true);
    expect(fragment('and in which city?')).toBe(true);
    expect(fragment('after how long a break?')).toBe(true);
    expect(fragment('وبعد أي معركة؟')).toBe(true);
    expect(fragment('في أي عام؟')).toBe(true);
    expect(fragment('in which year was he born?')).toBe(false);
    expect(fragment('in which song did she sample it?')).toBe(false);
    expect(fragment('which song?')).toBe(false);
    // Arabic writes its verbs as bare words: only "which" and one noun are sure to be no verb.
    expect(fragment('ومع من شكل الوحدة؟')).toBe(false);
    expect(fragment('في أي فريق كرة قدم لعب؟')).toBe(false);
  });

  it('points at the answer just shown: "in which song?" after the speech she sampled is that sentence', () => {
    runScript(
      createEngine({ knowledge }),
      [
        ...chat,
        {
          ask: 'in which song?',
          first: '1.4',
          followUp: true,
          why: '¶1.4 says she sampled the speech in her song "Flawless"; four other sentences name a song',
        },
      ],
      undefined,
      'squad-008-beyonce-4',
    );
  });

  it('without the rule is a question of its own, and another sentence naming a song comes first', () => {
    const results = runScript(createEngine({ knowledge, options: { fragments: 0 } }), [...chat, { ask: 'in which song?' }], undefined, 'squad-008-beyonce-4');
    expect(results[2]?.answers[0]?.label).not.toBe('1.4');
  });
});

/**
 * "من علمه النحو؟" (who taught him grammar?): Arabic writes "him" onto the verb, and folding, which writes
 * ة as ه, hides it from the list of pronoun words. Read from the written word right after من / متى / ماذا …
 * (SearchOptions.himSuffix), it stands for the conversation's person, Nizar Qabbani, as "him" does: the
 * question goes on with him, and "what did he inherit from his father?" next is his father, not that of
 * the first poet the answer on his teachers names (عمر بن أبي ربيعة).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { himAfterAsking } from '../../src/conversation/dialogue.js';
import { createEngine, DEFAULT_KNOWLEDGE_DIR } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { runScript } from './script.js';

const storiesDir = fileURLToPath(new URL('../eval/xling-fresh/stories/ar', import.meta.url));
const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { storiesDir, handMade: false });
const story = 'arcd-074-nzar-qbany';
const before = [{ ask: 'اين ولد نزار قباني؟' }, { ask: 'كيف ماتت زوجته؟', first: '1.2' }, { ask: 'واين عاش في اخر حياته؟', first: '1.3' }];

describe('"him" written onto the verb after an asking word', () => {
  it('goes on with the conversation\'s person: "who taught him grammar?", then "what did he inherit from his father?" is ¶2.2', () => {
    runScript(
      createEngine({ knowledge }),
      [
        ...before,
        { ask: 'من علمه النحو؟', first: '2.6', followUp: true },
        { ask: 'ماذا ورث عن ابيه؟', first: '2.2', followUp: true, why: 'his father is Nizar\'s: "فقد ورث القباني من أبيه"' },
      ],
      undefined,
      story,
    );
  });

  it('is no follow-up without the rule, and "his father" is then someone the answer on his teachers names', () => {
    const results = runScript(
      createEngine({ knowledge, options: { himSuffix: 0 } }),
      [...before, { ask: 'من علمه النحو؟', followUp: false }, { ask: 'ماذا ورث عن ابيه؟' }],
      undefined,
      story,
    );
    expect(results[4]?.answers[0]?.label).not.toBe('2.2');
  });

  it('reads the written word: not ة, not a noun after ما, not one with the article', () => {
    const engine = createEngine({ knowledge }) as unknown as {
      words: Parameters<typeof himAfterAsking>[2];
      index: { analyzer: { analyze: (text: string) => { surface: string; norm: string }[] } };
    };
    const check = (q: string) => {
      const tokens = engine.index.analyzer.analyze(q);
      return himAfterAsking(
        tokens.map((t) => t.surface),
        tokens.map((t) => t.norm),
        engine.words,
      );
    };
    expect(check('من علمه النحو')).toBe(true);
    expect(check('ومتى قتله')).toBe(true);
    expect(check('من الملكة')).toBe(false);
    expect(check('ما اتجاه الريح')).toBe(false);
    expect(check('من ملكة بريطانيا')).toBe(false);
  });
});

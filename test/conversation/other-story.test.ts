/**
 * Conversations over another story: a short fictional news story written for these tests
 * (test/fixtures/stories/vellmark-ferry, story.txt + story.json only, no lexicon), loaded beside the
 * shared language data. Nothing in the engine knows its people: follow-ups must work from the story's
 * words, and, once the story's vocabulary is built automatically, from its people as concepts.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { sharedKnowledgeCopy } from '../support/stories.js';
import { runScript } from './script.js';

// The shipped shared data alone, with no hand-made lexicon (the seed's serves the seed only): "how deep
// must the channel be?" meets "deepened" through deep's family (thesaurus/derived.en.tsv), as it met
// it through the seed's need concept when that lexicon was shared.
const dir = sharedKnowledgeCopy('sanad-other-story-');
cpSync(new URL('../fixtures/stories/vellmark-ferry', import.meta.url), join(dir, 'vellmark-ferry'), { recursive: true });
const engine = loadEngine({ knowledgeDir: dir });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Scenario: a conversation about a fictional ferry line (a story without a lexicon)', () => {
  it('loads as an English story with its own labels', () => {
    expect(engine.stories.map((s) => s.id)).toEqual(['vellmark-ferry']);
    expect(engine.sentence('vellmark-ferry', '8.2')?.text).toMatch(/^She said the regional government/);
  });

  it('follows up from the words of the story alone', () => {
    runScript(engine, [
      { ask: 'What did the mayor say about the vote?', first: '2' },
      { ask: 'When will the first ferry leave?', first: '3', why: '3 March' },
      { ask: 'who said that?', first: '3', why: 'the attribution (Brandt) is in the answer itself' },
      { ask: 'how long will a crossing take, according to her?', first: '4', why: 'about forty minutes' },
      { ask: 'Why did Edde vote against?', first: ['5.1', '5.2'] },
      { ask: 'what did he tell reporters?', first: '6', why: '"he" is Edde, the capitalized name of the last question' },
      { ask: 'how deep must the channel be?', first: '7' },
      { ask: 'and how did Sorvik answer the criticism?', first: '8.1' },
      { ask: 'how much money has been set aside?', first: '8.2' },
      { ask: 'How many people live on Skerra?', first: '10' },
      { ask: 'and what did the teacher say?', first: '11' },
      { ask: 'how long were they cut off?', first: '11', why: 'up to three weeks' },
      { ask: 'how much is a ticket?', first: '12' },
      { ask: 'and for children?', first: '12', why: 'ellipsis: the ticket question about children, who travel free' },
      { ask: 'when will the council meet again?', first: '13' },
    ]);
  });

  // These need the story's people as concepts (the automatic story vocabulary: Sorvik as a person, "the
  // mayor" as her role, and her name carried into "She said …" and the quotation of ¶9). Without it,
  // "she" has no person to stand for and ¶8.2/¶9 do not name her.
  it('needs the automatic vocabulary: "she" is the mayor, and her words run on after her name', () => {
    runScript(engine, [
      { ask: 'and how did the mayor answer the criticism?', first: '8.1', why: '"the mayor" is Sorvik, who rejects the criticism in ¶8.1' },
      { ask: 'what else did she say?', first: ['8.2', '9'], fresh: true, why: 'she is Sorvik; ¶8.2 and ¶9 carry her as speaker' },
      { ask: 'who said that?', first: ['8.1', '8.2'], why: 'the sentence that names the speaker of the answer' },
    ]);
  });
});

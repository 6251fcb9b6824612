/**
 * "What is this story about?", "لخص الخبر": a question about the story as a whole is answered with the
 * story's opening sentences, in order (a news story opens on its summary, a reference article on its
 * definition), the title's words marked and glossed, and "more" reads on (src/engine.ts, gistOf; the questions in knowledge/dialogue.json,
 * gistQuestions and politeWords). Ranked as any other question, it had matched the word "story" or
 * nothing: "The story does not mention story".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine.js';
import { benchmarkStoryEngine } from '../support/stories.js';
import { PAGE, runScript } from './script.js';

const seed = loadEngine();

describe('Scenario: a reader asks what the story is about', () => {
  it('quotes the opening sentences in order, and "more" goes on with the next ones', () => {
    const [gist, more] = runScript(seed, [
      { ask: "what's this story about?", first: '1', followUp: false, why: 'the lead paragraph is the summary' },
      { ask: 'more', first: '4', fresh: true },
    ]);
    expect(gist?.answers.map((a) => a.label)).toEqual(['1', '2', '3']);
    expect(gist?.remaining).toBeGreaterThan(0);
    expect(more?.answers.map((a) => a.label)).toEqual(['4', '5', '6.1–6.2']);
  });

  it('is read in Arabic, with politeness around it, and in chat spellings', () => {
    for (const ask of ['لخص الخبر من فضلك', 'ما هو موضوع الخبر؟', 'summarize, please', 'tl;dr', 'whats the news']) {
      const [r] = runScript(seed, [{ ask, first: '1' }]);
      expect(r?.answers.length, ask).toBe(PAGE);
    }
  });

  it('comes back to the story after a question about something in it, and leaves nobody as "he"', () => {
    runScript(seed, [
      { ask: 'What did Peskov say about Kursk?', first: '23–24.1' },
      { ask: 'what is the story about', first: '1' },
    ]);
  });

  it('is not a question that asks about something of the story', () => {
    const [r] = runScript(seed, [{ ask: 'what did the story say about Kursk?' }]);
    expect(r?.answers[0]?.label).not.toBe('1');
  });
});

describe('Scenario: the gist of a story added without hand-made data', () => {
  const STORY = 'arcd-042-twns';
  const engine = benchmarkStoryEngine('ar', STORY);

  it('opens the story asked of', () => {
    const [r] = runScript(engine, [{ ask: 'what is this article about?' }], undefined, STORY);
    expect(r?.answers[0]?.story).toBe(STORY);
    expect(r?.answers[0]?.label).toBe('1.1');
    // The title's word is marked, and glossed for the English reader of an Arabic story with no rendering.
    expect(r?.answers[0]?.highlights.length).toBeGreaterThan(0);
    expect(r?.answers[0]?.gloss?.map((g) => g.gloss)).toContain('tunisia');
  });
});

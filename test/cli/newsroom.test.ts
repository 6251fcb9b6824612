/**
 * A newsroom's session, replayed: two stories of our own (test/fixtures/newsroom: a port fire in
 * English, a desalination plant in Arabic, invented events), added with the real `add-story` command to
 * a knowledge folder holding no other story, then asked the questions an editor asked of them in the
 * terminal, in order, in two conversations: typos, transliterated names, dates written otherwise,
 * follow-ups, "more", spoken Arabic, questions across the two languages, and questions the stories do
 * not answer. Each line gives the sentence that must answer first ("story#label"), or "refuse".
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addStoryCommand } from '../../src/cli/add-story.js';
import { loadEngine } from '../../src/engine.js';
import type { ChatState } from '../../src/types.js';
import { sharedKnowledgeCopy } from '../support/stories.js';

const FIXTURES = new URL('../fixtures/newsroom/', import.meta.url).pathname;

interface Line {
  readonly id: string;
  readonly chat: string;
  readonly text: string;
  readonly expect: 'refuse' | readonly string[];
}

// The shipped shared data alone, with no hand-made lexicon (the seed's serves the seed only). When the
// seed's lexicon was shared, "was anyone killed?" was refused through its casualties concept; now because
// "anyone" is a stop word and the story writes no kill. "when did the fire start?" was ¶2 (the date the
// fire broke out) because the seed's start concept took the word and met nothing here; the story's own
// word puts ¶3.1 first ("The blaze started shortly after 6:30 a.m."), as right an answer: both are expected.
const dir = sharedKnowledgeCopy('sanad-newsroom-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function add(file: string, id: string, published: string): Promise<string> {
  let out = '';
  const code = await addStoryCommand(
    [join(FIXTURES, file), '--id', id, '--source', 'Sanad test desk', '--published', published, '--knowledge', dir],
    {},
    {
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        out += t;
      },
    },
  );
  expect(code, out).toBe(0);
  return out;
}

describe('Scenario: a newsroom adds two stories of its own and asks about them', () => {
  it('answers its question script as it did when the script was written', async () => {
    const fire = await add('halden-fire.en.txt', 'halden-fire', '2025-10-14');
    expect(fire).toContain('names: Port Halden');
    // The report lists the story's names, not a role the shared lexicon knows ("spokesman", Peskov's).
    expect(fire.split('\n').find((l) => l.trim().startsWith('names:'))).not.toContain('spokesman');
    expect(await add('zahraa-water.ar.txt', 'zahraa-water', '2025-11-09')).toContain('added "افتتاح محطة لتحلية المياه');
    const engine = loadEngine({ knowledgeDir: dir });
    const lines = readFileSync(join(FIXTURES, 'questions.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Line);
    const states = new Map<string, ChatState>();
    const wrong: string[] = [];
    for (const line of lines) {
      const r = engine.ask(line.text, states.get(line.chat), { top: 3 });
      states.set(line.chat, r.state);
      const first = r.answers[0] === undefined ? 'refuse' : `${r.answers[0].story}#${r.answers[0].ref}`;
      const ok = line.expect === 'refuse' ? r.abstained : line.expect.includes(first);
      if (!ok) wrong.push(`${line.id} "${line.text}": ${first}, expected ${String(line.expect)}`);
    }
    expect(wrong).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadEngine } from '../src/engine.js';
import type { Engine } from '../src/types.js';
import { createFakeEngine } from './bot/fake-engine.js';
import { createHarness, message, sentTexts } from './bot/harness.js';

// A bug of ours inside the engine must not reach the user as a crash, and must not vanish either: the
// result carries it as plain data, and the front end logs it.
describe('engine failures', () => {
  it('come back as a refusal with the failure as plain, JSON-safe data', () => {
    const engine = loadEngine();
    // Break the engine from inside, as a bug would.
    (engine as unknown as { answer: () => never }).answer = () => {
      throw new Error('boom inside the engine');
    };
    const r = engine.ask('what did Peskov say about Kursk?');
    expect(r.abstained).toBe(true);
    expect(r.answers).toEqual([]);
    expect(r.error?.message).toBe('boom inside the engine');
    expect(JSON.parse(JSON.stringify(r)).error.message).toBe('boom inside the engine');
    // A correct question carries none.
    expect(loadEngine().ask('what did Peskov say about Kursk?').error).toBeUndefined();
  });

  it('are logged by the bot, without the question, while the user gets a plain answer', async () => {
    const fake = createFakeEngine();
    const failing: Engine = {
      ...fake,
      stories: fake.stories,
      ask: (_question, state, o) => ({ ...fake.ask('', state, o), error: { message: 'boom inside the engine' } }),
    };
    const h = createHarness({ engine: failing });
    await h.send(message('a secret question about Kursk'));
    expect(sentTexts(h).length).toBe(1);
    const line = h.logs.find((l) => l.includes('the engine failed on a question'));
    expect(line).toBeDefined();
    expect(line).toContain('boom inside the engine');
    expect(line).not.toContain('secret question');
  });
});

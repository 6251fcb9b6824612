/**
 * The CLI's JSON Lines contract under bad input: malformed JSON, missing or non-string fields,
 * prototype keys, huge lines, and an engine that throws. One output line per input line, each a JSON
 * object with the request's id (or null) and either answers or an error. Fixed seed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerLine, createChatStates, MAX_CHATS, MAX_LINE } from '../../src/cli/jsonl.js';
import type { ChatState, Engine } from '../../src/types.js';
import { createFakeEngine } from '../bot/fake-engine.js';

const RUNS = Number(process.env.SANAD_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.SANAD_FUZZ_SEED ?? 20250213);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const line = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json(),
  fc.record({ id: fc.anything(), text: fc.anything(), chat: fc.anything() }, { requiredKeys: [] }).map((o) => JSON.stringify(o) ?? ''),
  fc.constantFrom(
    '{"id":"a","text":"x","__proto__":{"polluted":1}}',
    '{"id":"__proto__","text":"constructor","chat":"__proto__"}',
    '[]',
    'null',
    '"str"',
    '{',
    '',
  ),
);

function check(out: string): { id: unknown; error?: string } {
  expect(out).not.toContain('\n');
  const parsed = JSON.parse(out);
  expect(typeof parsed).toBe('object');
  expect(parsed.id === null || typeof parsed.id === 'string').toBe(true);
  expect(typeof parsed.error === 'string' || Array.isArray(parsed.answers)).toBe(true);
  return parsed;
}

describe('answerLine', () => {
  it('gives one JSON object for any line', () => {
    const engine = createFakeEngine();
    const chats = new Map<string, ChatState>();
    fc.assert(
      fc.property(line, (l) => {
        check(answerLine(engine, l, chats, 3));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reports an engine that throws as an error line for that request only', () => {
    const fake = createFakeEngine();
    const engine: Engine = {
      ...fake,
      stories: fake.stories,
      ask: () => {
        throw new Error('kaput');
      },
    };
    const out = check(answerLine(engine, '{"id":"x","text":"hi"}', new Map(), 3));
    expect(out).toEqual({ id: 'x', error: 'internal error: kaput' });
  });

  it('keeps at most MAX_CHATS conversations, forgetting the least recently used', () => {
    expect(MAX_CHATS).toBe(10_000);
    const engine = createFakeEngine();
    const seen: (ChatState | undefined)[] = [];
    const recording: Engine = {
      ...engine,
      stories: engine.stories,
      ask: (q, state, o) => {
        seen.push(state);
        return engine.ask(q, state, o);
      },
    };
    const chats = createChatStates(2);
    const ask = (chat: string) => answerLine(recording, JSON.stringify({ id: chat, chat, text: 'What did Trump say?' }), chats, 3);
    ask('a');
    ask('b');
    ask('a'); // a is now the most recent
    ask('c'); // over the bound: b, the least recently used, goes
    expect(chats.size).toBe(2);
    seen.length = 0;
    ask('a');
    ask('b');
    expect(seen.map((s) => s !== undefined)).toEqual([true, false]);
    // The default bound holds under many chats.
    const many = createChatStates();
    const state = engine.newState(0);
    for (let i = 0; i < MAX_CHATS + 500; i++) many.set(`chat${i}`, state);
    expect(many.size).toBe(MAX_CHATS);
    expect(many.get('chat0')).toBeUndefined();
    expect(many.get(`chat${MAX_CHATS + 499}`)).toBe(state);
  });
});

describe('npm run ask -- --json (the real process and engine)', () => {
  it('writes exactly one line per input line, errors included, in order', () => {
    const input = [
      '{"id":"1","text":"What did Trump say?"}',
      'not json',
      '{"id":2,"text":"x"}',
      '{"id":"3"}',
      '{"id":"4","text":5}',
      '{"id":"5","text":"x","chat":{}}',
      '',
      `{"id":"6","text":"${'a'.repeat(MAX_LINE)}"}`,
      `{"id":"7","text":"${'ترامب '.repeat(3000)}"}`,
      '{"id":"8","text":"\\ud800\\u202e<b>&"}',
      '{"id":"9","text":"Will Ukraine join NATO?"}',
    ];
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json'], {
      cwd: ROOT,
      input: `${input.join('\n')}\n`,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const out = run.stdout.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
    expect(out).toHaveLength(input.length);
    const parsed = out.map(check);
    expect(parsed.map((p) => p.id)).toEqual(['1', null, null, '3', '4', '5', null, null, '7', '8', '9']);
    expect(parsed.map((p) => p.error === undefined)).toEqual([true, false, false, false, false, false, false, false, true, true, true]);
    expect(parsed[7]?.error).toMatch(/line too long/);
  }, 60_000);
});

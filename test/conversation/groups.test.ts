/**
 * Group conversations through the real bot and the real engine, offline (stubbed Bot API): one thread
 * per group, and a reply to one of the bot's answers continues from that answer, not from whatever
 * the group asked last. Also the choice buttons of an ambiguous answer, and two-sentence answers in
 * Telegram HTML.
 */
import { MemorySessionStorage } from 'grammy';
import { describe, expect, it } from 'vitest';
import type { SessionData } from '../../src/bot/context.js';
import { MAX_SESSION_BYTES, MAX_TURNS } from '../../src/bot/session.js';
import { loadEngine } from '../../src/engine.js';
import { type Call, createHarness, GROUP, type Loose, ME, message, press, SAMI, visible } from '../bot/harness.js';

const engine = loadEngine();
const sent = (calls: Call[]) => calls.filter((c) => c.method === 'sendMessage');
/** Labels quoted in a message, in order: "[23–24.1]" → "23–24.1". */
const labels = (call: Call | undefined) => [...String(call?.payload.text ?? '').matchAll(/<b>\[([^\]]+)\]<\/b>/g)].map((m) => m[1]);
const asBotMessage = (id: number, text = 'answer') => ({ message_id: id, date: 0, chat: GROUP, from: ME, text }) as Loose;

describe('Scenario: a group keeps one thread, and replies branch from the answer replied to', () => {
  it('a follow-up in the group continues the group’s last question', async () => {
    const h = createHarness({ engine });
    await h.send(message(`/ask What did Trump say about elections?`, { chat: GROUP }));
    expect(labels(sent(h.calls)[0])[0]).toBe('27');
    h.clear();
    await h.send(message(`@${ME.username} and Zelensky?`, { chat: GROUP }));
    // Ellipsis: elections, now about Zelensky.
    expect(labels(sent(h.calls)[0])[0]).toBe('28');
  });

  it('a reply to an earlier answer continues from that answer, not from the question asked since', async () => {
    const h = createHarness({ engine });
    await h.send(message('/ask What did Peskov say about Kursk?', { chat: GROUP }));
    const peskovAnswer = sent(h.calls)[0];
    expect(labels(peskovAnswer)[0]).toBe('23–24.1');
    const peskovId = 5001; // the stub numbers the bot's messages from 5001
    await h.send(message('/ask Who is Pete Hegseth?', { chat: GROUP, from: SAMI }));
    expect(labels(sent(h.calls)[1])[0]).toBe('11');
    h.clear();
    // Replying to the Peskov answer: "him" is Peskov (his figure, ¶9), not Hegseth.
    await h.send(message('And how long did the call with Trump last, according to him?', { chat: GROUP, replyTo: asBotMessage(peskovId) }));
    expect(labels(sent(h.calls)[0])[0]).toBe('9');
    h.clear();
    // The group's thread moved on with that reply: "who said that?" is about ¶9.
    await h.send(message(`@${ME.username} who said that?`, { chat: GROUP }));
    expect(labels(sent(h.calls)[0])[0]).toBe('9');
  });

  it('a reply to a message the bot no longer remembers falls back on the group’s thread', async () => {
    const h = createHarness({ engine });
    await h.send(message('/ask Who is Pete Hegseth?', { chat: GROUP }));
    h.clear();
    await h.send(message('How did Trump react to him?', { chat: GROUP, replyTo: asBotMessage(4) }));
    expect(labels(sent(h.calls)[0])[0]).toBe('12');
  });
});

describe('Scenario: a busy group', () => {
  it('keeps the state of its last ten answers, well inside the session size cap', async () => {
    const storage = new MemorySessionStorage<SessionData>();
    const h = createHarness({ engine, storage });
    const questions = [
      'What did Peskov say about Kursk?',
      'what else did he say?',
      'Who is Pete Hegseth?',
      'How did Trump react to him?',
      'ماذا قال ترامب عن الانتخابات؟',
      'لا، أقصد زيلينسكي',
    ];
    for (let i = 0; i < 3 * questions.length; i++) await h.send(message(`/ask ${questions[i % questions.length]}`, { chat: GROUP }));
    const session = storage.read(String(GROUP.id)) as SessionData;
    expect(session.turns).toHaveLength(MAX_TURNS);
    expect(session.turns.every((t) => t.state !== undefined && (t.messages?.length ?? 0) > 0)).toBe(true);
    expect(JSON.stringify(session).length).toBeLessThan(MAX_SESSION_BYTES / 2);
  });
});

describe('Scenario: an ambiguous question in Telegram', () => {
  it('says so, quotes both, and offers a button for each; pressing one goes on with that person', async () => {
    const h = createHarness({ engine });
    await h.send(message('what did he say about elections?'));
    const [answer] = sent(h.calls);
    const text = visible(String(answer?.payload.text));
    expect(text).toContain('does not say who');
    expect(labels(answer)).toEqual(['27', '28']);
    const buttons = answer?.payload.reply_markup.inline_keyboard[0] as Array<{ text: string; callback_data: string }>;
    expect(buttons.map((b) => b.text)).toEqual(['1. Trump', '2. Zelensky']);
    h.clear();
    await h.send(press(buttons[1]?.callback_data ?? '', { messageId: 5001 }));
    expect(labels(sent(h.calls)[0])).toEqual(['28']);
    h.clear();
    // "he" is now Zelensky.
    await h.send(message('why?'));
    expect(labels(sent(h.calls)[0])[0]).toBe('28');
  });

  it('typing the number picks it too, and a forged choice is refused', async () => {
    const h = createHarness({ engine });
    await h.send(message('ماذا قال عن الانتخابات؟', { from: SAMI }));
    h.clear();
    await h.send(message('1', { from: SAMI }));
    expect(labels(sent(h.calls)[0])).toEqual(['27']);
    h.clear();
    await h.send(press('ch:999:1', { from: SAMI }));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBeTruthy();
    expect(sent(h.calls)).toHaveLength(0);
  });
});

describe('Scenario: a quotation over two sentences in Telegram', () => {
  it('is one answer under both labels, each sentence quoted verbatim and escaped', async () => {
    const h = createHarness({ engine });
    await h.send(message('what did Peskov say about Kursk?'));
    const html = String(sent(h.calls)[0]?.payload.text);
    expect(labels(sent(h.calls)[0])[0]).toBe('23–24.1');
    const quotes = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/gs)].map((m) => visible(m[1] ?? ''));
    expect(quotes.slice(0, 2)).toEqual([engine.sentence(engine.stories[0]?.id ?? '', '23')?.text, engine.sentence(engine.stories[0]?.id ?? '', '24.1')?.text]);
    expect(html.length).toBeLessThanOrEqual(4096);
  });

  it('is shared whole from inline mode, under both labels', async () => {
    const h = createHarness({ engine });
    await h.send({ inline_query: { id: 'iq', from: SAMI, query: 'what did Peskov say about Kursk?', offset: '', chat_type: 'sender' } } as Loose);
    const first = (h.only('answerInlineQuery')[0]?.payload.results ?? [])[0] as Loose;
    expect(first.title).toContain('[23–24.1]');
    expect(String(first.input_message_content.message_text).match(/<blockquote>/g)).toHaveLength(2);
  });
});

/**
 * Odd updates, each handled or ignored on purpose and none crashing a handler: messages without
 * `from`, channel posts, service messages, commands with garbage arguments, captions instead of text,
 * forged 64-byte callback data, 256-character inline queries and update types the bot never asked
 * for. Every case asserts the exact Bot API calls made, that nothing was logged as a failure, and
 * that every message sent is valid Telegram HTML. Fixed seed (SANAD_FUZZ_RUNS / SANAD_FUZZ_SEED).
 */
import fc from 'fast-check';
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { ALICE, createHarness, GROUP, type Harness, type Loose, ME, message, press, textMessage } from '../bot/harness.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';

const RUNS = Number(process.env.SANAD_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.SANAD_FUZZ_SEED ?? 20250213);
const PRIVATE = { id: ALICE.id, type: 'private' as const, first_name: ALICE.first_name };

/** Failures the error boundary logged. */
const failures = (h: Harness) => h.logs.filter((l) => /failed to handle update|could not tell/.test(l));

/** Every text the bot sent or edited in, and every inline result, is valid Telegram HTML. */
function expectValidHtml(h: Harness): void {
  for (const c of h.calls) {
    if (c.method === 'sendMessage' || c.method === 'editMessageText') expect(telegramHtmlProblems(String(c.payload.text))).toEqual([]);
    if (c.method === 'answerInlineQuery')
      for (const r of c.payload.results as Loose[]) expect(telegramHtmlProblems(String(r.input_message_content.message_text))).toEqual([]);
  }
}

const service = (fields: Record<string, unknown>, chat: Loose = GROUP): Omit<Update, 'update_id'> =>
  ({ message: { message_id: 77, date: 1, chat, from: ALICE, ...fields } }) as Loose;

describe('updates the bot must survive', () => {
  it('answers a private message without "from" once (e.g. forwarded by a client that hides it)', async () => {
    const h = createHarness();
    const { from: _, ...msg } = textMessage('What did Trump say?');
    await h.send({ message: msg } as Loose);
    expect(h.only('sendMessage')).toHaveLength(1);
    expect(String(h.only('sendMessage')[0]?.payload.text)).toContain('<blockquote>');
    expect(failures(h)).toEqual([]);
  });

  it('answers "/ask" in a group from an anonymous admin (sender_chat, no user) once', async () => {
    const h = createHarness();
    const { from: _, ...msg } = textMessage('/ask What did Trump say?', { chat: GROUP });
    await h.send({ message: { ...msg, sender_chat: GROUP } } as Loose);
    expect(h.only('sendMessage')).toHaveLength(1);
    expect(failures(h)).toEqual([]);
  });

  it('ignores channel posts and their edits entirely: no API call at all', async () => {
    const h = createHarness();
    const channel = { id: -100555, type: 'channel', title: 'News' };
    await h.send({ channel_post: { message_id: 1, date: 1, chat: channel, text: '/ask What did Trump say?' } } as Loose);
    await h.send({ edited_channel_post: { message_id: 1, date: 1, edit_date: 2, chat: channel, text: 'Trump' } } as Loose);
    expect(h.calls).toEqual([]);
    expect(failures(h)).toEqual([]);
  });

  it('stays silent on service messages in groups and private chats', async () => {
    const h = createHarness();
    for (const chat of [GROUP, PRIVATE]) {
      await h.send(service({ new_chat_members: [ALICE] }, chat));
      await h.send(service({ left_chat_member: ALICE }, chat));
      await h.send(service({ new_chat_title: '<b>x</b>' }, chat));
      await h.send(service({ pinned_message: textMessage('hi') }, chat));
      await h.send(service({ group_chat_created: true }, chat));
      await h.send(service({ message_auto_delete_timer_changed: { message_auto_delete_time: 60 } }, chat));
    }
    expect(h.calls).toEqual([]);
    expect(failures(h)).toEqual([]);
  });

  it('reads captions as non-text: one hint in a private chat, silence in a group', async () => {
    const h = createHarness();
    const photo = [{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }];
    await h.send({ message: { message_id: 3, date: 1, chat: PRIVATE, from: ALICE, photo, caption: 'What did Trump say?' } } as Loose);
    expect(h.only('sendMessage')).toHaveLength(1);
    expect(String(h.only('sendMessage')[0]?.payload.text)).toContain('only read text');
    h.clear();
    await h.send({ message: { message_id: 4, date: 1, chat: GROUP, from: ALICE, photo, caption: `@${ME.username} What did Trump say?` } } as Loose);
    expect(h.calls).toEqual([]);
    expect(failures(h)).toEqual([]);
  });

  it('ignores update types it never asked for', async () => {
    const h = createHarness();
    const odd: Loose[] = [
      { my_chat_member: { chat: GROUP, from: ALICE, date: 1, old_chat_member: { status: 'left', user: ME }, new_chat_member: { status: 'member', user: ME } } },
      { chat_join_request: { chat: GROUP, from: ALICE, user_chat_id: 1, date: 1 } },
      {
        poll: {
          id: 'p',
          question: 'q',
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: 'regular',
          allows_multiple_answers: false,
        },
      },
      { message_reaction: { chat: GROUP, message_id: 1, date: 1, old_reaction: [], new_reaction: [] } },
      { chosen_inline_result: { result_id: '1', from: ALICE, query: 'x' } },
      { shipping_query: { id: 's', from: ALICE, invoice_payload: 'x', shipping_address: {} } },
      { some_future_update: { anything: true } },
      {},
    ];
    for (const u of odd) await h.send(u);
    expect(h.calls).toEqual([]);
    expect(failures(h)).toEqual([]);
  });

  it('ignores an edited photo caption and an edited message that is no longer addressed', async () => {
    const h = createHarness();
    await h.send({ edited_message: { message_id: 9, date: 1, edit_date: 2, chat: PRIVATE, from: ALICE, caption: 'Trump', photo: [] } } as Loose);
    await h.send({ edited_message: { ...textMessage('hello all', { chat: GROUP }), edit_date: 2 } } as Loose);
    expect(h.calls).toEqual([]);
    expect(failures(h)).toEqual([]);
  });
});

describe('fuzzed updates', () => {
  const garbage = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('__proto__', 'constructor', '-1', '99999999999999999999', 'NaN', '1e9', '<b>', '&', '\u202E', '\uD800', '@SanadTestBot', ' '.repeat(50)),
  );

  it('answers every command with garbage arguments in a private chat, each with 1 to 3 messages, no failures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('start', 'help', 'ask', 'lang', 'reset', 'stories', 'story', 'source', 'about', 'nosuch', 'START'),
        garbage,
        async (cmd, arg) => {
          const h = createHarness();
          await h.send(message(`/${cmd} ${arg}`));
          const sends = h.only('sendMessage').length;
          expect(sends).toBeGreaterThanOrEqual(1);
          expect(sends).toBeLessThanOrEqual(3);
          expectValidHtml(h);
          expect(failures(h)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answers every forged callback (any data up to 64 bytes) exactly once, never with a crash', async () => {
    const upTo64Bytes = fc.string({ unit: 'binary', maxLength: 64 }).filter((s) => Buffer.byteLength(s) <= 64);
    const lookalike = fc
      .tuple(fc.constantFrom('m:', 'c:', 's:', 'q:', 'l:', 'sl:', 'sp:', 'su', 'c:1:', 'ch:', 'ch:1:'), fc.string({ unit: 'binary-ascii', maxLength: 20 }))
      .map(([a, b]) => a + b);
    await fc.assert(
      fc.asyncProperty(fc.oneof(upTo64Bytes, lookalike), fc.boolean(), async (data, inGroup) => {
        const h = createHarness();
        await h.send(press(data, inGroup ? { chat: GROUP } : {}));
        expect(h.only('answerCallbackQuery')).toHaveLength(1);
        expectValidHtml(h);
        expect(failures(h)).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('answers every inline query up to 256 characters exactly once, with valid results', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 256 }), async (query) => {
        const h = createHarness();
        await h.send({ inline_query: { id: 'iq', from: ALICE, query, offset: '' } } as Loose);
        const answers = h.only('answerInlineQuery');
        expect(answers).toHaveLength(1);
        const results = answers[0]?.payload.results as Loose[];
        expect(results.length).toBeLessThanOrEqual(50);
        for (const r of results) expect(Buffer.byteLength(String(r.id))).toBeLessThanOrEqual(64);
        expectValidHtml(h);
        expect(failures(h)).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it('answers any private text exactly once, in valid HTML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 4096 }), async (text) => {
        const h = createHarness();
        await h.send(message(text.startsWith('/') ? ` ${text}` : text));
        expect(h.only('sendMessage').length).toBeGreaterThanOrEqual(1);
        expectValidHtml(h);
        expect(failures(h)).toEqual([]);
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });
});

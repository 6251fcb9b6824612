import { describe, expect, it } from 'vitest';
import { createFakeEngine, STORY_ID } from './fake-engine.js';
import { ALICE, createHarness, GROUP, type Loose, ME, message, textMessage } from './harness.js';

describe('Scenario: a group chat', () => {
  it.each([
    ['a plain question', 'Will Ukraine join NATO?'],
    ['a command for another bot', '/ask@OtherBot Will Ukraine join NATO?'],
    ['a mention of someone else', '@someone_else Will Ukraine join NATO?'],
    ['/start for another bot', '/start@OtherBot'],
    ['an unaddressed unknown command', '/weather'],
  ])('stays silent for %s', async (_name, text) => {
    const h = createHarness();
    await h.send(message(text, { chat: GROUP }));
    expect(h.only('sendMessage')).toHaveLength(0);
    expect(h.calls).toHaveLength(0);
  });

  it('stays silent for a sticker', async () => {
    const h = createHarness();
    const { text: _t, ...base } = textMessage('x', { chat: GROUP });
    await h.send({ message: { ...base, sticker: { file_id: 's' } } as Loose });
    expect(h.calls).toHaveLength(0);
  });

  it('says it reads text only to a voice note in reply to its answer, or a photo whose caption mentions it', async () => {
    const h = createHarness();
    const botMessage = { message_id: 9, date: 0, chat: GROUP, from: ME, text: 'earlier answer' } as Loose;
    const { text: _t, ...base } = textMessage('x', { chat: GROUP, id: 77 });
    await h.send({ message: { ...base, voice: { file_id: 'v', file_unique_id: 'u', duration: 3 }, reply_to_message: botMessage } as Loose });
    const caption = `@${ME.username} what is this?`;
    const entities = [{ type: 'mention', offset: 0, length: ME.username.length + 1 }];
    await h.send({
      message: { ...base, message_id: 78, photo: [{ file_id: 'p', file_unique_id: 'u', width: 1, height: 1 }], caption, caption_entities: entities } as Loose,
    });
    const sent = h.only('sendMessage');
    expect(sent.map((c) => c.payload.text)).toEqual([expect.stringContaining('I can only read text'), expect.stringContaining('I can only read text')]);
    expect(sent.map((c) => c.payload.reply_parameters?.message_id)).toEqual([77, 78]);
    // A photo nobody addressed to the bot stays the group's own business.
    h.clear();
    await h.send({
      message: { ...base, message_id: 79, photo: [{ file_id: 'p', file_unique_id: 'u', width: 1, height: 1 }], caption: 'look at this' } as Loose,
    });
    expect(h.calls).toHaveLength(0);
  });

  it.each([
    ['/ask', '/ask Will Ukraine join NATO?'],
    ['/ask@bot', `/ask@${ME.username} Will Ukraine join NATO?`],
    ['/ask@bot in other case', `/ASK@${ME.username.toLowerCase()} Will Ukraine join NATO?`],
    ['a mention', `@${ME.username} Will Ukraine join NATO?`],
    ['a mention at the end', `Will Ukraine join NATO? @${ME.username}`],
  ])('answers %s, threaded to the asker', async (_name, text) => {
    const h = createHarness();
    await h.send(message(text, { chat: GROUP, id: 321 }));
    const [send] = h.only('sendMessage');
    expect(send?.payload.chat_id).toBe(GROUP.id);
    expect(send?.payload.text).toContain('<b>[3.1]</b>');
    // The mention or command is not part of the question (Share carries the clean question).
    expect(send?.payload.reply_markup.inline_keyboard[0].at(-1).switch_inline_query).toBe('Will Ukraine join NATO?');
    expect(send?.payload.reply_parameters).toEqual({ message_id: 321, allow_sending_without_reply: true });
  });

  it('answers a reply to one of its messages', async () => {
    const h = createHarness();
    const botMessage = { message_id: 9, date: 0, chat: GROUP, from: ME, text: 'earlier answer' } as Loose;
    await h.send(message('Will Ukraine join NATO?', { chat: GROUP, replyTo: botMessage }));
    expect(h.only('sendMessage')[0]?.payload.text).toContain('[3.1]');
  });

  it('does not answer a reply to someone else', async () => {
    const h = createHarness();
    const other = { message_id: 9, date: 0, chat: GROUP, from: ALICE, text: 'hi' } as Loose;
    await h.send(message('Will Ukraine join NATO?', { chat: GROUP, replyTo: other }));
    expect(h.calls).toHaveLength(0);
  });

  it('explains how to ask for /ask with no question', async () => {
    const h = createHarness();
    await h.send(message('/ask', { chat: GROUP }));
    expect(h.only('sendMessage')[0]?.payload.text).toContain('Ask like this: /ask Who did Trump speak to?');
  });

  it("explains /ask with an example the stories answer, not the shipped story's when it was removed", async () => {
    const engine = createFakeEngine();
    engine.addStory({ text: 'Harbour barrier approved\nThe city council approved a flood barrier on Monday.', id: 'harbour', source: 'Gazette' });
    engine.removeStory(STORY_ID);
    const h = createHarness({ engine });
    await h.send(message('/ask', { chat: GROUP }));
    expect(h.only('sendMessage')[0]?.payload.text).toContain('Ask like this: /ask your question about the story');
  });

  it('stays in the forum topic', async () => {
    const h = createHarness();
    await h.send(message('/ask Will Ukraine join NATO?', { chat: { ...GROUP, is_forum: true }, thread: 55 }));
    expect(h.only('sendMessage')[0]?.payload.message_thread_id).toBe(55);
  });

  it('keeps one conversation per group', async () => {
    const h = createHarness();
    await h.send(message('/ask What did Zelensky say?', { chat: GROUP }));
    h.clear();
    await h.send(message(`@${ME.username} and Trump?`, { chat: GROUP }));
    expect(h.only('sendMessage')[0]?.payload.text).toContain('follow-up');
  });
});

describe('Scenario: two members, one conversation', () => {
  it("tells a member whose question follows another's that it was read as a follow-up, without calling it theirs", async () => {
    // A group shares one conversation: Bob's "and Trump?" follows Alice's question, not one of his own.
    const BOB = { id: 1004, is_bot: false, first_name: 'Bob', language_code: 'en' } as const;
    const h = createHarness();
    await h.send(message('/ask What did Zelensky say?', { chat: GROUP }));
    h.clear();
    await h.send(message('/ask and Trump?', { chat: GROUP, from: BOB }));
    const text = String(h.only('sendMessage')[0]?.payload.text);
    expect(text).toContain('Read as a follow-up to the previous question.');
    expect(text).not.toContain('your previous question');
  });
});

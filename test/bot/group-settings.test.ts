/**
 * Group settings belong to the group's admins: /lang, the pinned story and /reset in a group are
 * refused, politely and briefly, to members who are not admins (asked of Telegram with
 * getChatMember, remembered for a minute); asking stays open to everyone.
 */
import type { User } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { createHarness, GROUP, type Harness, message, press, sentTexts, visible } from './harness.js';

const ADMIN: User = { id: 2001, is_bot: false, first_name: 'Ada', language_code: 'en' };
const MEMBER: User = { id: 2002, is_bot: false, first_name: 'Max', language_code: 'en' };
const REFUSAL = "Only this group's admins can change its settings. Anyone can ask questions.";

function groupHarness(fail = false): Harness {
  return createHarness({
    failing: fail ? { getChatMember: { error_code: 400, description: 'Bad Request: chat not found' } } : undefined,
    respond: (method, payload) =>
      method === 'getChatMember'
        ? { status: payload.user_id === ADMIN.id ? 'administrator' : 'member', user: { id: payload.user_id, is_bot: false, first_name: 'x' } }
        : undefined,
  });
}

const inGroup = { chat: GROUP };

describe('Scenario: /lang in a group', () => {
  it('refuses a member, lets an admin change it, and both may still ask', async () => {
    const h = groupHarness();
    await h.send(message('/lang ar', { ...inGroup, from: MEMBER }));
    expect(visible(sentTexts(h)[0] ?? '')).toContain(REFUSAL);
    h.clear();
    await h.send(message('/ask Will Ukraine join NATO?', { ...inGroup, from: MEMBER }));
    // Still English: the member's /lang changed nothing, and their question is answered.
    expect(sentTexts(h)[0]).toContain('Source:');

    h.clear();
    await h.send(message('/lang ar', { ...inGroup, from: ADMIN }));
    expect(sentTexts(h)[0]).toContain('سأرد بالعربية.');
    h.clear();
    await h.send(message('/ask Will Ukraine join NATO?', { ...inGroup, from: MEMBER }));
    expect(sentTexts(h)[0]).toContain('المصدر');
  });

  it('refuses a member’s press on the language buttons', async () => {
    const h = groupHarness();
    await h.send(press('l:ar', { from: MEMBER, chat: GROUP }));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe(REFUSAL);
    expect(h.only('editMessageText')).toHaveLength(0);
  });

  it('asks Telegram once per member and minute, and never in private chats', async () => {
    const h = groupHarness();
    await h.send(message('/lang ar', { ...inGroup, from: MEMBER }));
    await h.send(press('l:ar', { from: MEMBER, chat: GROUP }));
    await h.send(press('sp:0', { from: MEMBER, chat: GROUP }));
    expect(h.only('getChatMember')).toHaveLength(1);
    expect(h.only('getChatMember')[0]?.payload).toMatchObject({ chat_id: GROUP.id, user_id: MEMBER.id });
    await h.send(message('/lang ar', { from: MEMBER }));
    expect(h.only('getChatMember')).toHaveLength(1);
  });

  it('refuses when Telegram cannot say who is an admin', async () => {
    const h = groupHarness(true);
    await h.send(message('/lang ar', { ...inGroup, from: ADMIN }));
    expect(visible(sentTexts(h)[0] ?? '')).toContain(REFUSAL);
    expect(h.logs.join('')).toContain('could not ask Telegram whether a user is a group admin');
  });
});

describe('Scenario: the pinned story in a group', () => {
  it('lets anyone list and page, only admins pin and unpin', async () => {
    const h = groupHarness();
    await h.send(message('/stories', { ...inGroup, from: MEMBER }));
    expect(sentTexts(h)[0]).toContain('1 story (page 1 of 1)');
    h.clear();
    await h.send(press('sp:0', { from: MEMBER, chat: GROUP }));
    await h.send(press('su', { from: MEMBER, chat: GROUP }));
    expect(h.only('answerCallbackQuery').map((c) => c.payload.text)).toEqual([REFUSAL, REFUSAL]);
    expect(h.only('editMessageText')).toHaveLength(0);

    h.clear();
    await h.send(press('sp:0', { from: ADMIN, chat: GROUP }));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toContain('Pinned:');
  });
});

describe('Scenario: /reset in a group', () => {
  it('is the admins’ too, as it deletes the group’s settings', async () => {
    const h = groupHarness();
    await h.send(message('/reset', { ...inGroup, from: MEMBER }));
    expect(visible(sentTexts(h)[0] ?? '')).toContain(REFUSAL);
    h.clear();
    await h.send(message('/reset', { ...inGroup, from: ADMIN }));
    expect(visible(sentTexts(h)[0] ?? '')).toContain('I have deleted everything');
  });
});

import { describe, expect, it } from 'vitest';
import { createHarness, type Loose, message, press, sentTexts, visible } from './harness.js';

/** Asks a question with four matching sentences: three shown, one left for More. */
async function asked() {
  const h = createHarness();
  await h.send(message('What did Trump say?'));
  h.clear();
  return h;
}

describe('Scenario: More', () => {
  it('sends the next answers, threaded to the pressed answer, and removes More from it', async () => {
    const h = await asked();
    await h.send(press('m:1', { messageId: 5001 }));
    expect(h.only('answerCallbackQuery')).toHaveLength(1);
    const [send] = h.only('sendMessage');
    expect(send?.payload.text).toContain('<b>[3.3]</b>');
    expect(send?.payload.text).not.toContain('<b>[1]</b>');
    expect(send?.payload.reply_parameters).toEqual({ message_id: 5001, allow_sending_without_reply: true });
    // Nothing remains, so the new page has no More; its Context buttons belong to turn 2.
    const rows = send?.payload.reply_markup.inline_keyboard;
    expect(rows[0].map((b: Loose) => b.text)).toEqual(['Share']);
    expect(rows[1]).toEqual([{ text: 'Context 3.3', callback_data: 'c:2:0' }]);
    const [edit] = h.only('editMessageReplyMarkup');
    expect(edit?.payload.message_id).toBe(5001);
    expect(JSON.stringify(edit?.payload.reply_markup)).not.toContain('m:1');
  });

  it('a second press of the same More is stale and sends nothing', async () => {
    const h = await asked();
    await h.send(press('m:1'));
    h.clear();
    await h.send(press('m:1'));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('This button belongs to an earlier answer. Please ask again.');
    expect(h.only('sendMessage')).toHaveLength(0);
  });

  it('typing "more" pages on too', async () => {
    const h = await asked();
    await h.send(message('more'));
    expect(sentTexts(h)[0]).toContain('<b>[3.3]</b>');
  });
});

describe('Scenario: Context', () => {
  it('sends the sentences around the cited one, the cited one marked', async () => {
    const h = await asked();
    // Turn 1 cites [1, 2, 3.2] in that order (all tie; stable sort keeps story order).
    await h.send(press('c:1:1'));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBeUndefined();
    const text = sentTexts(h)[0] ?? '';
    expect(visible(text)).toContain('The sentences around \u2068[2]\u2069:');
    expect(text).toContain('<b>[1]</b>');
    expect(text).toContain('▶ <b>[2]</b>');
    expect(text).toContain('<b>[3.1]</b>');
    expect(text).not.toContain('[3.2]');
  });
});

describe('Scenario: forged and stale callback data', () => {
  it.each([
    ['unknown kind', 'x:1', 'This button no longer works. Please ask again.'],
    ['garbage', '{"a":1}', 'This button no longer works. Please ask again.'],
    ['turn that never was', 'c:99:0', 'This button belongs to an earlier answer. Please ask again.'],
    ['index out of range', 'c:1:7', 'This button belongs to an earlier answer. Please ask again.'],
    ['More of an unknown turn', 'm:42', 'This button belongs to an earlier answer. Please ask again.'],
    ['story out of range', 's:9:0', 'This button no longer works. Please ask again.'],
    ['page out of range', 's:0:999', 'This button no longer works. Please ask again.'],
    ['unknown example', 'q:nope', 'This button no longer works. Please ask again.'],
  ])('%s (%s) gets a short notice and nothing else', async (_name, data, notice) => {
    const h = await asked();
    await h.send(press(data));
    expect(h.only('answerCallbackQuery').map((c) => c.payload.text)).toEqual([notice]);
    expect(h.calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });
});

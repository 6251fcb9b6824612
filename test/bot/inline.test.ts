import { describe, expect, it } from 'vitest';
import { ALICE, createHarness, type Loose, SAMI } from './harness.js';

function inline(query: string, from = ALICE) {
  return { inline_query: { id: 'iq1', from, query, offset: '', chat_type: 'sender' as const } };
}

describe('Scenario: inline mode', () => {
  it('lists up to five articles, each posting the cited sentence, its label, translation and source', async () => {
    const h = createHarness();
    await h.send(inline('What did Trump say?'));
    const [call] = h.only('answerInlineQuery');
    const results = call?.payload.results as Loose[];
    expect(results.length).toBe(4);
    expect(results.length).toBeLessThanOrEqual(5);
    const first = results[0];
    expect(first.type).toBe('article');
    expect(Buffer.byteLength(first.id)).toBeLessThanOrEqual(64);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    const content = first.input_message_content;
    expect(content.parse_mode).toBe('HTML');
    expect(content.link_preview_options).toEqual({ is_disabled: true });
    expect(content.message_text).toContain('<b>[1]</b>');
    expect(content.message_text).toContain('<blockquote>');
    expect(content.message_text).toContain('<i>English translation:</i>');
    expect(content.message_text).toContain('Source:');
    expect(call?.payload.is_personal).toBe(false);
    expect(call?.payload.cache_time).toBeLessThanOrEqual(60);
  });

  it('answers an Arabic query in Arabic, without the translation', async () => {
    const h = createHarness();
    await h.send(inline('الناتو', ALICE));
    const results = h.only('answerInlineQuery')[0]?.payload.results as Loose[];
    expect(results[0].input_message_content.message_text).toContain('<b>الناتو</b>');
    expect(results[0].input_message_content.message_text).not.toContain('English translation');
    expect(results[0].input_message_content.message_text).toContain('المصدر');
  });

  it('offers the example questions for an empty query, per user (they follow the user language)', async () => {
    const h = createHarness();
    await h.send(inline('', SAMI));
    const call = h.only('answerInlineQuery')[0];
    expect(call?.payload.is_personal).toBe(true);
    const titles = ((call?.payload.results ?? []) as Loose[]).map((r) => r.title);
    expect(titles).toContain('هل ستنضم أوكرانيا إلى الناتو؟');
    expect(call?.payload.button.start_parameter).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('returns no results and an "open the bot" button when the story does not say', async () => {
    const h = createHarness();
    await h.send(inline('weather tomorrow'));
    const call = h.only('answerInlineQuery')[0];
    expect(call?.payload.results).toEqual([]);
    expect(call?.payload.button.text).toBe('The story does not say; open the bot');
    // Inline queries have no chat: no session is touched, nothing else is sent.
    expect(h.calls).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { MARK } from '../../src/answer/telegram.js';
import { createHarness, type Loose, message, NOLANG, press, SAMI, sentTexts, textMessage, visible } from './harness.js';

describe('Scenario: a private question', () => {
  it('quotes the cited sentence verbatim in a blockquote, with its label, bold match, translation and source', async () => {
    const h = createHarness();
    await h.send(message('Will Ukraine join NATO?'));
    const [send] = h.only('sendMessage');
    const text = String(send?.payload.text);
    expect(send?.payload.parse_mode).toBe('HTML');
    expect(send?.payload.link_preview_options).toEqual({ is_disabled: true });
    expect(text).toContain('<b>[3.1]</b>');
    // The Arabic original, with the matched words in bold and nothing else inserted.
    expect(text).toContain('<blockquote>من غير المرجح أن تنضم <b>أوكرانيا</b> إلى <b>الناتو</b>.</blockquote>');
    expect(text).toContain('<i>English translation:</i> <b>Ukraine</b> is unlikely to <b>join NATO</b>.');
    expect(visible(text)).toContain('Source: \u2068Trump & Putin agree to start talks\u2069, \u2068BBC\u2069');
    expect(visible(text)).toContain('machine translation');
    // Private chats are not threaded.
    expect(send?.payload.reply_parameters).toBeUndefined();
  });

  it('escapes data: the sentence with "<" and "&" arrives as entities, not markup', async () => {
    const h = createHarness();
    await h.send(message('What did Peskov say?'));
    const text = sentTexts(h)[0] ?? '';
    expect(text).toContain('&lt;يدعم&gt; فكرة ترامب &amp; الحوار');
    expect(text).toContain('&lt;supports&gt;');
    expect(text).not.toContain('<يدعم>');
    expect(text).toContain('\u2068Trump &amp; Putin agree to start talks\u2069');
  });

  it('puts direction marks on UI lines but never inside the quoted sentences', async () => {
    const h = createHarness();
    await h.send(message('Who did Trump speak to?'));
    const text = sentTexts(h)[0] ?? '';
    const quotes = [...text.matchAll(/<blockquote>(.*?)<\/blockquote>/gs)].map((m) => m[1] ?? '');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).not.toMatch(/[\u200E\u200F\u2066-\u2069\u061C]/);
    for (const line of text.split('\n').filter((l) => l !== '' && !l.startsWith('<blockquote>'))) expect(line[0]).toBe(MARK.LRM);
  });

  it('offers More, Share (prefilled with the question) and one Context button per quote', async () => {
    const h = createHarness();
    await h.send(message('What did Trump say?'));
    const keyboard = h.only('sendMessage')[0]?.payload.reply_markup.inline_keyboard;
    expect(keyboard[0]).toEqual([
      { text: 'More ▸', callback_data: 'm:1' },
      { text: 'Share', switch_inline_query: 'What did Trump say?' },
    ]);
    expect(keyboard[1].map((b: Loose) => b.callback_data)).toEqual(['c:1:0', 'c:1:1', 'c:1:2']);
    expect(visible(sentTexts(h)[0] ?? '')).toContain('1 more: tap More.');
  });

  it('answers an Arabic question in Arabic for an Arabic user, without the English rendering', async () => {
    const h = createHarness();
    await h.send(message('هل تنضم أوكرانيا إلى الناتو؟', { from: SAMI }));
    const text = sentTexts(h)[0] ?? '';
    expect(text).toContain('<b>[3.1]</b>');
    expect(text).toContain('<blockquote>من غير المرجح أن <b>تنضم أوكرانيا إلى الناتو</b>.</blockquote>');
    expect(text).not.toContain('English translation');
    expect(text).not.toContain('unlikely');
    expect(visible(text)).toContain('المصدر: \u2068ترامب وبوتين يتفقان على بدء مفاوضات\u2069');
    expect(text.startsWith(MARK.RLM)).toBe(true);
  });

  it('follows the question script when the user has no known language', async () => {
    const h = createHarness();
    await h.send(message('هل تنضم أوكرانيا إلى الناتو؟', { from: NOLANG }));
    expect(sentTexts(h)[0]).toContain('المصدر');
    h.clear();
    await h.send(message('Will Ukraine join NATO?', { from: NOLANG }));
    expect(sentTexts(h)[0]).toContain('Source:');
  });

  it('says plainly that the story does not say, naming (escaped) the unknown terms, with no buttons', async () => {
    const h = createHarness();
    await h.send(message('What did <b>Macron</b> say?'));
    const [send] = h.only('sendMessage');
    expect(send?.payload.text).toBe(`${MARK.LRM}The story does not say: it does not mention <b>\u2068Macron\u2069</b>.`);
    expect(send?.payload.reply_markup).toBeUndefined();
  });

  it('says the story does not say when nothing matches and no name is unknown', async () => {
    const h = createHarness();
    await h.send(message('weather forecast tomorrow'));
    expect(sentTexts(h)).toEqual([`${MARK.LRM}The story does not say.`]);
  });

  it('keeps the conversation: a follow-up uses the previous question, and "more" pages on', async () => {
    const h = createHarness();
    await h.send(message('What did Zelensky say?'));
    h.clear();
    await h.send(message('and Trump?'));
    const followUp = sentTexts(h)[0] ?? '';
    expect(followUp).toContain('Read as a follow-up to the previous question.');
    expect(followUp).toContain('<b>[2]</b>'); // Zelensky and Trump together: the follow-up ranks it first
    expect(followUp.indexOf('[2]')).toBeLessThan(followUp.indexOf('[1]'));
  });
});

describe('Scenario: the 4,096-character limit', () => {
  it('pages a long answer over several messages, none over the limit, buttons on the last', async () => {
    const { createFakeEngine } = await import('./fake-engine.js');
    const long = `${'ترامب قال كلامًا طويلًا جدًا '.repeat(60)}نهاية.`;
    const h = createHarness({ engine: createFakeEngine({ longText: long }) });
    await h.send(message('ترامب', { from: SAMI }));
    const sends = h.only('sendMessage');
    expect(sends.length).toBeGreaterThan(1);
    for (const s of sends) expect(String(s.payload.text).length).toBeLessThanOrEqual(4096);
    expect(sends.at(-1)?.payload.reply_markup).toBeDefined();
    expect(sends[0]?.payload.reply_markup).toBeUndefined();
    // The text is quoted whole, split only across blockquotes.
    const quoted = sends.flatMap((s) => [...String(s.payload.text).matchAll(/<blockquote>(.*?)<\/blockquote>/gs)].map((m) => visible(m[1] ?? '')));
    expect(quoted.join('')).toContain(long);
  });
});

describe('Scenario: edited questions', () => {
  it('edits the earlier answer instead of sending a new one', async () => {
    const h = createHarness();
    const original = textMessage('What did Zelensky say?', { id: 77 });
    await h.send({ message: original });
    const answerId = 5001;
    h.clear();
    await h.send({ edited_message: { ...original, text: 'Will Ukraine join NATO?', edit_date: 1 } as Loose });
    expect(h.only('sendMessage')).toHaveLength(0);
    const [edit] = h.only('editMessageText');
    expect(edit?.payload.message_id).toBe(answerId);
    expect(edit?.payload.text).toContain('[3.1]');
    expect(edit?.payload.parse_mode).toBe('HTML');
  });
});

describe('Scenario: other messages', () => {
  it('hints once for a sticker, photo or voice in a private chat', async () => {
    const h = createHarness();
    for (const extra of [{ sticker: { file_id: 'x' } }, { photo: [{ file_id: 'p' }] }, { voice: { file_id: 'v' } }]) {
      const { text: _t, entities: _e, ...base } = textMessage('x');
      await h.send({ message: { ...base, ...extra } as Loose });
    }
    expect(sentTexts(h)).toEqual(Array(3).fill(`${MARK.LRM}I can only read text: please type your question about the story.`));
  });

  it('ignores channel posts and other bots', async () => {
    const h = createHarness();
    await h.send({ channel_post: { ...textMessage('Trump?'), chat: { id: -1001, type: 'channel', title: 'c' } } as Loose });
    await h.send(message('Trump?', { from: { id: 9, is_bot: true, first_name: 'OtherBot' } }));
    expect(h.calls).toHaveLength(0);
  });

  it('points unknown commands in private chats to /help', async () => {
    const h = createHarness();
    await h.send(message('/frobnicate'));
    expect(visible(sentTexts(h)[0] ?? '')).toContain('/help lists what I can do');
  });
});

describe('Scenario: rate limit', () => {
  it('answers up to the limit, then sends one polite notice and stays quiet', async () => {
    const h = createHarness({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    for (let i = 0; i < 5; i++) await h.send(message('Trump?'));
    const texts = sentTexts(h);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toContain('You are sending messages quickly');
  });
});

describe('Scenario: /reset', () => {
  it('forgets the conversation: the next "and …" is no follow-up, and old buttons go stale', async () => {
    const h = createHarness();
    await h.send(message('What did Zelensky say?'));
    await h.send(message('/reset'));
    expect(visible(sentTexts(h)[1] ?? '')).toContain('I have deleted everything I kept about this chat');
    h.clear();
    await h.send(message('and Trump?'));
    expect(sentTexts(h)[0]).not.toContain('follow-up');
  });

  it('makes the buttons of earlier answers stale', async () => {
    const h = createHarness();
    await h.send(message('What did Trump say?'));
    await h.send(message('/reset'));
    h.clear();
    await h.send(press('c:1:0'));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('This button belongs to an earlier answer. Please ask again.');
    expect(h.only('sendMessage')).toHaveLength(0);
  });
});

describe('Scenario: Telegram fails', () => {
  it('logs the failure without the token, keeps serving, and never throws out of the update', async () => {
    const h = createHarness({ failing: { sendMessage: { error_code: 403, description: 'Forbidden: bot was blocked by the user' } } });
    await expect(h.send(message('Will Ukraine join NATO?'))).resolves.toBeUndefined();
    const log = h.logs.join('');
    expect(log).toContain('failed to handle update');
    expect(log).toContain('bot was blocked by the user');
    expect(log).not.toContain(h.config.botToken);
    // The apology also failed (same stub); that is logged as a warning, not thrown.
    expect(log).toContain('could not tell the user about the failure');
    await expect(h.send(message('Will Ukraine join NATO?'))).resolves.toBeUndefined();
  });
});

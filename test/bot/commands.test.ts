import { describe, expect, it } from 'vitest';
import { MARK } from '../../src/answer/telegram.js';
import { storyTag } from '../../src/bot/callback-data.js';
import { commandList, registerCommands } from '../../src/bot/commands.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { createFakeEngine, STORY, STORY_ID } from './fake-engine.js';
import { ALICE, createHarness, type Loose, message, press, SAMI, sentTexts, visible } from './harness.js';

describe('Scenario: /start', () => {
  it('welcomes in the user language, escapes the name, offers the examples as buttons', async () => {
    const h = createHarness();
    await h.send(message('/start'));
    const [send] = h.only('sendMessage');
    expect(send?.payload.text).toContain(`Hello ${MARK.FSI}Alice &lt;A&amp;B&gt;${MARK.PDI}!`);
    const buttons = send?.payload.reply_markup.inline_keyboard.flat();
    expect(buttons[0]).toEqual({ text: 'Who did Trump speak to?', callback_data: 'q:call' });
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  });

  it('welcomes an Arabic user in Arabic', async () => {
    const h = createHarness();
    await h.send(message('/start', { from: SAMI }));
    const text = sentTexts(h)[0] ?? '';
    expect(text.startsWith(`${MARK.RLM}أهلًا ${MARK.FSI}سامي${MARK.PDI}!`)).toBe(true);
  });

  it('isolates the name, so a right-to-left override (U+202E) in it cannot reverse the rest of the line', async () => {
    const h = createHarness();
    const from = { id: 1009, is_bot: false, first_name: 'Eve\u202Egnp.exe', language_code: 'en' };
    await h.send(message('/start', { from }));
    const text = sentTexts(h)[0] ?? '';
    expect(text).toContain(`Hello ${MARK.FSI}Eve\u202Egnp.exe${MARK.PDI}! I answer`);
    // Every override or embedding the user opened is closed by the PDI before our words go on.
    const after = text.slice(text.indexOf(MARK.PDI) + 1);
    expect(after).not.toMatch(/[\u202A-\u202E]/);
    // What opens an isolate after it (the story's title and source, isolated in turn) closes it too.
    expect(after.split(MARK.FSI).length).toBe(after.split(MARK.PDI).length);
  });

  it('names the one story it holds, counts an archive, and offers only the examples the stories answer', async () => {
    const h = createHarness();
    await h.send(message('/start'));
    expect(visible(sentTexts(h)[0] ?? '')).toContain(`about one news story, ${MARK.FSI}${STORY.title.en}${MARK.PDI} (${MARK.FSI}BBC${MARK.PDI}),`);
    // A newsroom's own archive, the shipped story removed: no "one BBC news story", no Trump examples.
    const engine = createFakeEngine();
    engine.addStory({ text: 'Harbour barrier approved\nThe city council approved a flood barrier on Monday.', id: 'harbour', source: 'Gazette' });
    engine.addStory({ text: 'Bus lanes approved\nThe council voted 23 to 9 for new bus lanes.', id: 'lanes', source: 'Gazette' });
    engine.removeStory(STORY_ID);
    const archive = createHarness({ engine });
    await archive.send(message('/start'));
    const [send] = archive.only('sendMessage');
    expect(visible(send?.payload.text)).toContain('I answer questions about 2 news stories (/stories lists them)');
    expect(send?.payload.text).not.toContain('Try one of these questions');
    expect(send?.payload.reply_markup).toBeUndefined();
    await archive.send(message('/start', { from: SAMI }));
    expect(sentTexts(archive).at(-1)).toContain('قصتين إخباريتين');
  });

  it('asks the example of a deep link (?start=nato)', async () => {
    const h = createHarness();
    await h.send(message('/start nato'));
    expect(sentTexts(h)[0]).toContain('<b>[3.1]</b>');
  });

  it('falls back to the welcome for an unknown deep link', async () => {
    const h = createHarness();
    await h.send(message('/start <script>'));
    expect(sentTexts(h)[0]).toContain('Hello');
  });

  it('asks an example when its button is pressed, and answers the press', async () => {
    const h = createHarness();
    await h.send(press('q:meet'));
    expect(h.only('answerCallbackQuery')).toHaveLength(1);
    expect(sentTexts(h)[0]).toContain('<b>[3.2]</b>');
  });
});

describe('Scenario: /help, /source', () => {
  it('/help explains group use', async () => {
    const h = createHarness();
    await h.send(message('/help'));
    expect(visible(sentTexts(h)[0] ?? '')).toContain('In a group, ask with /ask');
  });

  it('/source gives the title, BBC, date and that it is a machine translation', async () => {
    const h = createHarness();
    await h.send(message('/source'));
    const text = visible(sentTexts(h)[0] ?? '');
    expect(text).toContain('Trump & Putin agree to start talks');
    expect(text).toContain('Published by \u2068BBC\u2069 on \u20682025-02-13\u2069.');
    expect(text).toContain('machine translation');
  });
});

describe('Scenario: /story', () => {
  it('shows the whole short story on one page, each sentence labelled, escaped, with its translation', async () => {
    const h = createHarness();
    await h.send(message('/story'));
    const [send] = h.only('sendMessage');
    const text = String(send?.payload.text);
    expect(text).toContain('<blockquote><b>[1]</b> قال الرئيس الأمريكي');
    expect(text).toContain('<b>[3.2]</b> قال ترامب: سنلتقي');
    expect(text).toContain('&lt;يدعم&gt;');
    expect(text).toContain('<i>English translation:</i> <b>[1]</b> US President');
    expect(visible(text)).toContain('Page 1 of 1');
    expect(send?.payload.reply_markup.inline_keyboard).toEqual([]);
  });

  it('pages a long story with buttons that edit the message in place', async () => {
    const h = createHarness({ engine: createFakeEngine({ longText: 'كلام '.repeat(160) }) });
    await h.send(message('/story'));
    const [send] = h.only('sendMessage');
    expect(visible(String(send?.payload.text))).toContain('Page 1 of 3');
    expect(send?.payload.text).toContain('<b>[1]</b>');
    expect(send?.payload.text).not.toContain('<b>[2]</b>');
    expect(send?.payload.reply_markup.inline_keyboard).toEqual([[{ text: 'Next ▸', callback_data: `s:0:1:${storyTag(STORY_ID)}` }]]);

    h.clear();
    await h.send(press(`s:0:1:${storyTag(STORY_ID)}`));
    const [edit] = h.only('editMessageText');
    expect(edit?.payload.text).toContain('<b>[2]</b>');
    expect(visible(String(edit?.payload.text))).toContain('Page 2 of 3');
    expect(edit?.payload.reply_markup.inline_keyboard[0].map((b: Loose) => b.callback_data)).toEqual([
      `s:0:0:${storyTag(STORY_ID)}`,
      `s:0:2:${storyTag(STORY_ID)}`,
    ]);
    // A page button for a story that is no longer at that index is stale.
    h.clear();
    await h.send(press(`s:0:1:${storyTag('another-story')}`));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('This button no longer works. Please ask again.');
    expect(h.only('answerCallbackQuery')).toHaveLength(1);
    expect(h.only('sendMessage')).toHaveLength(0);
  });
});

describe('Scenario: /lang', () => {
  it('switches the UI to Arabic for this chat, even for an English user', async () => {
    const h = createHarness();
    await h.send(message('/lang'));
    expect(h.only('sendMessage')[0]?.payload.reply_markup.inline_keyboard[0].map((b: Loose) => b.callback_data)).toEqual(['l:en', 'l:ar']);
    await h.send(press('l:ar'));
    expect(h.only('editMessageText')[0]?.payload.text).toContain('سأرد بالعربية.');
    h.clear();
    await h.send(message('Will Ukraine join NATO?', { from: ALICE }));
    const text = sentTexts(h)[0] ?? '';
    expect(text).toContain('المصدر');
    expect(text).not.toContain('English translation');
  });

  it('accepts the language as an argument', async () => {
    const h = createHarness();
    await h.send(message('/lang ar'));
    expect(sentTexts(h)[0]).toContain('سأرد بالعربية.');
  });
});

describe('Scenario: the command menu', () => {
  it('registers English (default and en) and Arabic menus', async () => {
    const i18n = createI18n(loadPrompts());
    const calls: Loose[] = [];
    const api = { setMyCommands: async (commands: unknown, other: unknown) => void calls.push({ commands, other }) } as Loose;
    const h = createHarness();
    await registerCommands(api, i18n, h.logger);
    expect(calls.map((c) => c.other)).toEqual([{}, { language_code: 'en' }, { language_code: 'ar' }]);
    expect(calls[2].commands).toEqual(commandList(i18n, 'ar'));
    for (const { command, description } of commandList(i18n, 'ar')) {
      expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(256);
    }
  });

  it('logs a failure and carries on (best-effort)', async () => {
    const i18n = createI18n(loadPrompts());
    const api = { setMyCommands: async () => Promise.reject(new Error('500 from a test server')) } as Loose;
    const h = createHarness();
    await expect(registerCommands(api, i18n, h.logger)).resolves.toBeUndefined();
    expect(h.logs.join('')).toContain('could not register the command menu');
  });
});

/**
 * Stories from Telegram, through the offline harness: an operator adds a story (pasted text or a
 * .txt file), confirms title, language and source, gets the report, and anyone can ask about it at
 * once; operators remove stories from /stories with a confirmation. Nobody else can see or do any of it.
 */
import type { Chat, Message, User } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { storyTag } from '../../src/bot/callback-data.js';
import { commandList, registerCommands, registerOperatorCommands } from '../../src/bot/commands.js';
import { MAX_FILE_BYTES, renderReport } from '../../src/bot/features/addstory.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { createStoryLibrary } from '../../src/bot/story-library.js';
import { memoryStoryStore, type StoryStore } from '../../src/bot/story-store.js';
import type { StoryReport } from '../../src/types.js';
import { createFakeEngine, STORY, STORY_ID } from './fake-engine.js';
import { ALICE, createHarness, type Harness, type Loose, message, press, SAMI, sentTexts, visible } from './harness.js';

const EDITOR: User = { id: 9001, is_bot: false, first_name: 'Editor', language_code: 'en' };
const ARTICLE = [
  'Flood barrier approved for the old harbour',
  'The city council approved a flood barrier for the old harbour on Monday.',
  'Mayor Lina Haddad said the barrier will cost 40 million euros. Work starts in March.',
].join('\n');

const privateChat = (user: User): Chat.PrivateChat => ({ id: user.id, type: 'private', first_name: user.first_name });

function operatorHarness(options: { fetchFile?: (path: string) => Promise<Uint8Array>; store?: StoryStore } = {}) {
  const engine = createFakeEngine();
  const store = options.store ?? memoryStoryStore();
  const h = createHarness({ engine, env: { ADMIN_USER_IDS: `${EDITOR.id}, 123` }, fetchFile: options.fetchFile, respond: respondFile });
  return { h, engine, store };
}

function respondFile(method: string): unknown {
  if (method === 'getFile') return { file_id: 'F1', file_unique_id: 'U1', file_size: 300, file_path: 'documents/file_1.txt' };
  return undefined;
}

/** The callback data of the last keyboard sent or edited, by the start of its data. */
function button(h: Harness, prefix: string): string {
  const markups = h.calls.filter((c) => c.payload.reply_markup !== undefined).map((c) => c.payload.reply_markup);
  for (const markup of markups.reverse()) {
    const found = (markup.inline_keyboard as Loose[][]).flat().find((b) => String(b.callback_data ?? '').startsWith(prefix));
    if (found !== undefined) return found.callback_data;
  }
  throw new Error(`no button starting with ${prefix}`);
}

function document(name: string, mime: string, size: number, from = EDITOR): Loose {
  return {
    message: {
      message_id: 77,
      date: 0,
      chat: privateChat(from),
      from,
      document: { file_id: 'F1', file_unique_id: 'U1', file_name: name, mime_type: mime, file_size: size },
    } as Message.DocumentMessage,
  };
}

const last = (h: Harness) => visible(sentTexts(h).at(-1) ?? '');

describe('Scenario: an operator pastes an article and adds it', () => {
  it('collects the messages until /done, proposes title and language, adds it, reports, and it is answerable at once', async () => {
    const { h, engine } = operatorHarness();
    await h.send(message('/addstory', { from: EDITOR }));
    expect(last(h)).toContain('Send me the article');
    await h.send(message(ARTICLE.split('\n').slice(0, 2).join('\n'), { from: EDITOR }));
    expect(last(h)).toContain('Got it: 2 paragraphs so far');
    await h.send(message(ARTICLE.split('\n')[2] ?? '', { from: EDITOR }));
    expect(last(h)).toContain('Got it: 3 paragraphs so far');
    // The pasted text was not taken for a question.
    expect(sentTexts(h).join('')).not.toContain('does not say');

    await h.send(message('/done', { from: EDITOR }));
    const card = last(h);
    expect(card).toContain('Title: \u2068Flood barrier approved for the old harbour\u2069');
    expect(card).toContain('Language: English');
    expect(card).toContain('Source: (none)');

    // Set the source with the button and a reply.
    await h.send(press(button(h, 'd:').replace(/:\w+(-\w+)?$/, ':source'), { from: EDITOR }));
    expect(last(h)).toContain('Send the source');
    await h.send(message('Harbour Gazette', { from: EDITOR }));
    expect(last(h)).toContain('Source: \u2068Harbour Gazette\u2069');

    const add = button(h, 'd:').replace(/:\w+(-\w+)?$/, ':add');
    h.clear();
    await h.send(press(add, { from: EDITOR }));
    const report = last(h);
    expect(report).toMatch(/Added: .*Flood barrier approved for the old harbour.*It can be asked about now: 4 sentences in 3 paragraphs, ready in \d+ ms\./);
    expect(report).toContain('Names found: \u2068Flood\u2069');
    expect(report).toContain('\u2068Lina\u2069');
    expect(report).toContain('Numbers and dates: \u206840\u2069');
    const added = engine.stories.find((s) => s.id !== STORY_ID);
    expect(added).toMatchObject({ source: 'Harbour Gazette', language: 'en', sentences: 4 });

    // Anyone can ask about it now.
    h.clear();
    await h.send(message('how much will the barrier cost?', { from: ALICE }));
    expect(visible(sentTexts(h)[0] ?? '')).toContain('40 million euros');
  });

  it('lets an operator paste more messages than the per-user rate limit allows', async () => {
    const { h } = operatorHarness();
    await h.send(message('/addstory', { from: EDITOR }));
    for (let i = 1; i <= 25; i++) await h.send(message(`Paragraph ${i} of a long article.`, { from: EDITOR }));
    expect(last(h)).toContain('Got it: 25 paragraphs so far');
    expect(sentTexts(h).join('')).not.toContain('You are sending messages quickly');
  });

  it('takes a reply to the card as a new title and switches the language with a button', async () => {
    const { h } = operatorHarness();
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(message(ARTICLE, { from: EDITOR }));
    await h.send(message('/done', { from: EDITOR }));
    await h.send(message('Harbour barrier', { from: EDITOR }));
    expect(last(h)).toContain('Title: \u2068Harbour barrier\u2069');
    await h.send(press(button(h, 'd:').replace(/:\w+(-\w+)?$/, ':lang-ar'), { from: EDITOR }));
    expect(visible(h.only('editMessageText').at(-1)?.payload.text ?? '')).toContain('Language: Arabic');
  });

  it('proposes a Markdown heading as the title without its # marks', async () => {
    const { h } = operatorHarness();
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(message(`## ${ARTICLE}`, { from: EDITOR }));
    await h.send(message('/done', { from: EDITOR }));
    expect(last(h)).toContain(`Title: \u2068${ARTICLE.split('\n')[0]}\u2069`);
  });

  it('stops at /cancel, keeps nothing, and says so', async () => {
    const { h, engine } = operatorHarness();
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(message(ARTICLE, { from: EDITOR }));
    await h.send(message('/cancel', { from: EDITOR }));
    expect(last(h)).toContain('Cancelled: nothing was added.');
    h.clear();
    // The next text is a question again, and /done is no longer a step of anything.
    await h.send(message('/done', { from: EDITOR }));
    expect(last(h)).toContain("I don't know that command");
    expect(engine.stories).toHaveLength(1);
  });

  it('says when /done comes before any text, and passes on what the engine refuses', async () => {
    const { h, engine } = operatorHarness();
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(message('/done', { from: EDITOR }));
    expect(last(h)).toContain('I have no text yet');
    // A duplicate id: the engine refuses, the operator reads its sentence, and the draft stays.
    await h.send(message('Trump & Putin agree to start talks\nA second text.', { from: EDITOR }));
    await h.send(message('/done', { from: EDITOR }));
    engine.addStory({ text: 'x', id: '2026-01-01-trump-putin-agree-to-start-talks', title: 'Trump & Putin agree to start talks' });
    await h.send(press(button(h, 'd:').replace(/:\w+(-\w+)?$/, ':add'), { from: EDITOR }));
    expect(last(h)).toContain('The story was not added: A story with the id "2026-01-01-trump-putin-agree-to-start-talks" is already loaded.');
  });
});

describe('Scenario: an operator sends the article as a .txt file', () => {
  it('downloads it with getFile, strips the byte-order mark and CRLFs, and shows the card', async () => {
    const fetched: string[] = [];
    const bytes = new TextEncoder().encode(`\uFEFF${ARTICLE.replaceAll('\n', '\r\n')}`);
    const { h, engine } = operatorHarness({
      fetchFile: async (path) => {
        fetched.push(path);
        return bytes;
      },
    });
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(document('harbour.txt', 'text/plain', bytes.byteLength));
    expect(h.only('getFile')).toHaveLength(1);
    expect(fetched).toEqual(['documents/file_1.txt']);
    expect(last(h)).toContain('Title: \u2068Flood barrier approved for the old harbour\u2069');
    await h.send(press(button(h, 'd:').replace(/:\w+(-\w+)?$/, ':add'), { from: EDITOR }));
    expect(engine.stories.find((s) => s.id !== STORY_ID)?.paragraphs).toBe(3);
  });

  it('refuses a file that is too large or not text before downloading it, and a binary one after', async () => {
    const { h } = operatorHarness({ fetchFile: async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]) });
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(document('big.txt', 'text/plain', MAX_FILE_BYTES + 1));
    expect(last(h)).toContain('at most 512 KB');
    await h.send(document('photo.jpg', 'image/jpeg', 1000));
    expect(last(h)).toContain('plain-text .txt file');
    expect(h.only('getFile')).toHaveLength(0);
    await h.send(document('renamed.txt', 'text/plain', 6));
    expect(last(h)).toContain('could not read that file as plain text');
  });

  it('says so when the download fails', async () => {
    const { h } = operatorHarness({ fetchFile: async () => Promise.reject(new Error('HTTP 502')) });
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(document('a.txt', 'text/plain', 100));
    expect(last(h)).toContain('could not fetch the file');
  });
});

describe('Scenario: someone who is not an operator', () => {
  it('gets exactly the answer any unknown command gets, in private and in groups', async () => {
    const { h, engine } = operatorHarness();
    await h.send(message('/nonsense', { from: ALICE }));
    const unknown = sentTexts(h)[0];
    for (const command of ['/addstory', '/done', '/cancel']) {
      h.clear();
      await h.send(message(command, { from: ALICE }));
      expect(sentTexts(h)).toEqual([unknown]);
    }
    // Even an operator's flow does not open for them in a group.
    h.clear();
    await h.send(message('/addstory', { from: EDITOR, chat: { id: -100777, type: 'supergroup', title: 'G' } }));
    expect(sentTexts(h)).toEqual([]);
    expect(engine.stories).toHaveLength(1);
  });

  it('cannot add with forged /addstory buttons, even for an operator’s story in progress', async () => {
    const { h, engine } = operatorHarness();
    await h.send(message('/addstory', { from: EDITOR }));
    await h.send(message(ARTICLE, { from: EDITOR }));
    await h.send(message('/done', { from: EDITOR }));
    const add = button(h, 'd:').replace(/:\w+(-\w+)?$/, ':add');
    h.clear();
    await h.send(press(add, { from: ALICE }));
    await h.send(press(add, { from: ALICE, chat: privateChat(EDITOR) }));
    for (const call of h.only('answerCallbackQuery')) expect(call.payload.text).toBe('This button no longer works. Please ask again.');
    expect(h.only('sendMessage')).toHaveLength(0);
    expect(engine.stories).toHaveLength(1);
  });

  it('sees no remove buttons in /stories and cannot remove with forged ones', async () => {
    const { h, engine } = operatorHarness();
    await h.send(message('/stories', { from: ALICE }));
    expect(JSON.stringify(h.only('sendMessage')[0]?.payload.reply_markup)).not.toContain('ra:');
    h.clear();
    const tag = storyTag(STORY_ID);
    for (const data of [`ra:0:${tag}`, `ry:0:${tag}`, 'rn']) await h.send(press(data, { from: ALICE }));
    expect(h.only('answerCallbackQuery').map((c) => c.payload.text)).toEqual(Array(3).fill('This button no longer works. Please ask again.'));
    expect(engine.stories.map((s) => s.id)).toEqual([STORY_ID]);
    expect(h.logs.join('')).toContain('pressed by a non-operator');
  });
});

describe('Scenario: an operator removes a story', () => {
  it('asks for confirmation, removes on "Yes", keeps on "Keep", and refuses a button for a story no longer at its place', async () => {
    const { h, engine } = operatorHarness();
    engine.addStory({ text: ARTICLE, title: 'Harbour barrier', id: 'harbour' });
    await h.send(message('/stories', { from: EDITOR }));
    const rows = h.only('sendMessage')[0]?.payload.reply_markup.inline_keyboard as Loose[][];
    expect(rows[0]?.map((b) => b.callback_data)).toEqual([`sp:0:${storyTag(engine.stories[0]?.id ?? '')}`, `ra:0:${storyTag(engine.stories[0]?.id ?? '')}`]);
    const removeHarbour = rows.flat().find((b) => b.callback_data === `ra:${engine.stories.findIndex((s) => s.id === 'harbour')}:${storyTag('harbour')}`);
    expect(removeHarbour).toBeDefined();

    h.clear();
    await h.send(press(removeHarbour.callback_data, { from: EDITOR }));
    expect(last(h)).toContain('Remove \u2068Harbour barrier\u2069?');
    await h.send(press('rn', { from: EDITOR }));
    expect(visible(h.only('editMessageText').at(-1)?.payload.text ?? '')).toContain('Kept: nothing was removed.');
    expect(engine.story('harbour')).toBeDefined();

    await h.send(press(button(h, 'ry:'), { from: EDITOR }));
    expect(visible(h.only('editMessageText').at(-1)?.payload.text ?? '')).toContain('Removed: \u2068Harbour barrier\u2069.');
    expect(engine.story('harbour')).toBeUndefined();

    // The old list's button now points at nothing (or another story): refused, nothing removed.
    h.clear();
    await h.send(press(removeHarbour.callback_data, { from: EDITOR }));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('That story is no longer loaded.');
    expect(engine.stories.map((s) => s.id)).toEqual([STORY_ID]);
  });

  it('removes nothing when the removal cannot be saved', async () => {
    const engine = createFakeEngine();
    const store = memoryStoryStore();
    const broken: StoryStore = { ...store, put: async () => Promise.reject(new Error('READONLY')) };
    const h = createHarness({
      engine,
      env: { ADMIN_USER_IDS: String(EDITOR.id) },
      library: createStoryLibrary({ engine, store: broken, logger: createHarness().logger }),
    });
    await h.send(press(`ry:0:${storyTag(STORY_ID)}`, { from: EDITOR }));
    expect(visible(h.only('editMessageText').at(-1)?.payload.text ?? '')).toContain('could not be saved, so the story is still there');
    expect(engine.story(STORY_ID)).toBeDefined();
  });
});

describe('Scenario: the operators’ command menu', () => {
  it('is set for each operator’s chat only, in English and Arabic, with /addstory; the public menus lack it', async () => {
    const i18n = createI18n(loadPrompts());
    const calls: Loose[] = [];
    const api = { setMyCommands: async (commands: Loose[], other: Loose) => void calls.push({ commands: commands.map((c) => c.command), other }) } as Loose;
    const h = createHarness();
    await registerCommands(api, i18n, h.logger);
    for (const call of calls) expect(call.commands).not.toContain('addstory');
    calls.splice(0);
    await registerOperatorCommands(api, i18n, [EDITOR.id, 123], h.logger);
    expect(calls.map((c) => c.other)).toEqual([
      { scope: { type: 'chat', chat_id: EDITOR.id } },
      { scope: { type: 'chat', chat_id: EDITOR.id }, language_code: 'ar' },
      { scope: { type: 'chat', chat_id: 123 } },
      { scope: { type: 'chat', chat_id: 123 }, language_code: 'ar' },
    ]);
    expect(calls[0].commands).toEqual(commandList(i18n, 'en', true).map((c) => c.command));
    expect(calls[0].commands.slice(0, 2)).toEqual(['addstory', 'ask']);
  });

  it('logs an operator without a chat and carries on', async () => {
    const i18n = createI18n(loadPrompts());
    const api = { setMyCommands: async () => Promise.reject(new Error('Bad Request: chat not found')) } as Loose;
    const h = createHarness();
    await expect(registerOperatorCommands(api, i18n, [EDITOR.id], h.logger)).resolves.toBeUndefined();
    expect(h.logs.join('')).toContain("could not set an operator's command menu");
  });
});

describe('Scenario: an Arabic-speaking operator', () => {
  it('gets the flow and the report in Arabic, with the counts in correct Arabic plural forms', async () => {
    const operator: User = { ...SAMI, id: 9002 };
    const engine = createFakeEngine();
    const h = createHarness({ engine, env: { ADMIN_USER_IDS: String(operator.id) } });
    await h.send(message('/addstory', { from: operator }));
    await h.send(message('وافق مجلس المدينة على بناء حاجز للفيضانات.\nقالت رئيسة البلدية إن الحاجز سيكلف ٤٠ مليون يورو.', { from: operator }));
    expect(last(h)).toContain('وصلتني فقرتان حتى الآن');
    await h.send(message('/done', { from: operator }));
    expect(last(h)).toContain('اللغة: العربية');
    await h.send(press(button(h, 'd:').replace(/:\w+(-\w+)?$/, ':add'), { from: operator }));
    // Two sentences, two paragraphs: the dual, not "2 جملة".
    expect(last(h)).toContain('وفيها جملتان وفقرتان');
  });
});

describe('the report of an added story', () => {
  it('lists a year once, though it is both a number and a date', () => {
    const i18n = createI18n(loadPrompts());
    const report: StoryReport = {
      info: { ...STORY, id: 'plant', sentences: 2, paragraphs: 2 },
      names: ['منصور'],
      numbers: ['9', '2025', '120'],
      dates: ['الأحد', 'نوفمبر', '2025'],
      unbridged: [],
      ms: 3,
    };
    const numbersLine = visible(renderReport(i18n, 'en', report))
      .split('\n')
      .find((l) => l.includes('Numbers and dates'));
    expect(numbersLine).toBe('\u200eNumbers and dates: \u20689\u2069, \u20682025\u2069, \u2068120\u2069, \u2068الأحد\u2069, \u2068نوفمبر\u2069');
  });
});

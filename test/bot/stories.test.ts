/**
 * Many stories: /stories lists them a page at a time, pressing one pins it for the chat, questions
 * then go to the engine with `{ story: pinned }`, and /story and /source follow the story in focus.
 * Every quote names its story once more than one is loaded.
 */
import { describe, expect, it } from 'vitest';
import { storyTag } from '../../src/bot/callback-data.js';
import { STORIES_PER_PAGE } from '../../src/bot/features/stories.js';
import type { AskOptions, Engine, StoryInfo } from '../../src/types.js';
import { createFakeEngine, STORY } from './fake-engine.js';
import { createHarness, type Loose, message, press, sentTexts, visible } from './harness.js';

/** The fake engine plus 19 more stories (metadata only), recording the options of every ask. */
function manyStories(): { engine: Engine; asks: (AskOptions | undefined)[] } {
  const base = createFakeEngine();
  const extra: StoryInfo[] = Array.from({ length: 19 }, (_, i) => ({
    ...STORY,
    id: `story-${String(i + 1).padStart(2, '0')}`,
    title: { en: `Story number ${i + 1}`, ar: `القصة رقم ${i + 1}` },
    source: 'Reuters',
  }));
  const stories = [STORY, ...extra];
  const asks: (AskOptions | undefined)[] = [];
  const engine: Engine = {
    ...base,
    stories,
    story: (id) => stories.find((s) => s.id === id),
    ask(question, state, options) {
      asks.push(options);
      return base.ask(question, state, options);
    },
  };
  return { engine, asks };
}

/** A pin button's data: the story's index and the tag of its id. */
const pin = (engine: Engine, index: number) => `sp:${index}:${storyTag(engine.stories[index]?.id ?? '')}`;

const buttons = (call: { payload: Record<string, Loose> } | undefined): Loose[] => call?.payload.reply_markup.inline_keyboard.flat() ?? [];

describe('Scenario: a user browses the stories and pins one', () => {
  it('lists the first page with one button per story, and Next', async () => {
    const { engine } = manyStories();
    const h = createHarness({ engine });
    await h.send(message('/stories'));
    const [list] = h.only('sendMessage');
    expect(visible(String(list?.payload.text))).toContain('20 stories (page 1 of 3)');
    expect(visible(String(list?.payload.text))).toContain('No story pinned');
    const pins = buttons(list).filter((b) => String(b.callback_data).startsWith('sp:'));
    expect(pins.map((b) => b.callback_data)).toEqual(Array.from({ length: STORIES_PER_PAGE }, (_, i) => pin(engine, i)));
    expect(pins[0].text).toBe(STORY.title.en);
    expect(buttons(list).find((b) => b.callback_data === 'sl:1')?.text).toBe('Next ▸');
  });

  it('pages with Next by editing the list in place', async () => {
    const { engine } = manyStories();
    const h = createHarness({ engine });
    await h.send(press('sl:2', { messageId: 9 }));
    const [edit] = h.only('editMessageText');
    expect(edit?.payload.message_id).toBe(9);
    expect(visible(String(edit?.payload.text))).toContain('page 3 of 3');
    // The last page holds stories 16..19, and only a Previous button.
    expect(buttons(edit).map((b) => b.callback_data)).toEqual([pin(engine, 16), pin(engine, 17), pin(engine, 18), pin(engine, 19), 'sl:1']);
  });

  it('pins a story: the list marks it, questions search only it, /story and /source show it; unpin undoes it', async () => {
    const { engine, asks } = manyStories();
    const h = createHarness({ engine });
    await h.send(press('sp:10', { messageId: 9 }));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('Pinned: Story number 10');
    const [edit] = h.only('editMessageText');
    expect(visible(String(edit?.payload.text))).toContain('Pinned: \u2068Story number 10\u2069');
    expect(buttons(edit).find((b) => b.callback_data === pin(engine, 10))?.text).toBe('📌 Story number 10');
    expect(buttons(edit).find((b) => b.callback_data === 'su')).toBeDefined();

    h.clear();
    const before = asks.length;
    await h.send(message('What did Trump say?'));
    // The question goes to the pinned story (a refusal may then ask the others which one answers).
    expect(asks[before]?.story).toBe('story-10');
    await h.send(message('/source'));
    expect(visible(sentTexts(h).at(-1) ?? '')).toContain('Story number 10');
    expect(visible(sentTexts(h).at(-1) ?? '')).not.toContain(STORY.title.en);

    // /stories reopens on the page that shows the pinned story.
    await h.send(message('/stories'));
    expect(visible(sentTexts(h).at(-1) ?? '')).toContain('page 2 of 3');

    h.clear();
    await h.send(press('su', { messageId: 9 }));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('Unpinned: questions search all stories again.');
    expect(visible(String(h.only('editMessageText')[0]?.payload.text))).toContain('No story pinned');
    await h.send(message('What did Trump say?'));
    expect(asks.at(-1)?.story).toBeUndefined();
  });

  it('without a pin, /source acts on the story the conversation is about (state.story)', async () => {
    const { engine } = manyStories();
    const h = createHarness({ engine });
    await h.send(message('/source'));
    // Nothing asked yet: the first story.
    expect(visible(sentTexts(h).at(-1) ?? '')).toContain(STORY.title.en);
    expect(visible(sentTexts(h).at(-1) ?? '')).not.toContain('Story number');
  });

  it('a pin button whose story has moved (a story was added or removed since) pins nothing', async () => {
    const { engine, asks } = manyStories();
    const h = createHarness({ engine });
    await h.send(press(`sp:3:${storyTag('story-10')}`));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('This button no longer works. Please ask again.');
    await h.send(message('What did Trump say?'));
    expect(asks.at(-1)?.story).toBeUndefined();
  });

  it('a forged pin index gets a notice and pins nothing', async () => {
    const { engine, asks } = manyStories();
    const h = createHarness({ engine });
    await h.send(press('sp:999'));
    expect(h.only('answerCallbackQuery')[0]?.payload.text).toBe('This button no longer works. Please ask again.');
    await h.send(message('What did Trump say?'));
    expect(asks.at(-1)?.story).toBeUndefined();
  });
});

describe('Scenario: quotes name their story when several are loaded', () => {
  it('puts the story title on each label line', async () => {
    const { engine } = manyStories();
    const h = createHarness({ engine });
    await h.send(message('What did Trump say?'));
    const text = sentTexts(h)[0] ?? '';
    const labels = text.split('\n').filter((l) => l.includes('<b>['));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toContain(`<i>${STORY.title.en.replace('&', '&amp;')}</i>`);
  });

  it('leaves labels bare with a single story', async () => {
    const h = createHarness();
    await h.send(message('What did Trump say?'));
    const labels = (sentTexts(h)[0] ?? '').split('\n').filter((l) => l.includes('<b>['));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).not.toContain('<i>');
  });
});

describe('Scenario: a pinned story does not answer, another does', () => {
  it('says which story answers, under the refusal, and leaves the pin and the conversation as they were', async () => {
    const engine = createFakeEngine();
    engine.addStory({ text: 'Harbour barrier approved\nThe city council approved a flood barrier on Monday.', id: 'harbour', source: 'Gazette' });
    const h = createHarness({ engine });
    await h.send(
      press(
        pin(
          engine,
          engine.stories.findIndex((s) => s.id === 'harbour'),
        ),
        { messageId: 9 },
      ),
    );
    h.clear();
    await h.send(message('What did Trump say?'));
    const text = visible(sentTexts(h).at(-1) ?? '');
    expect(text).toContain('The story does not say');
    expect(text).toContain(`Another story answers this: \u2068${STORY.title.en}\u2069. Your questions stay on the pinned story: unpin it in /stories`);
    // A question no story answers gets the refusal alone.
    h.clear();
    await h.send(message('What did Macron say about Zanzibar?'));
    expect(visible(sentTexts(h).at(-1) ?? '')).not.toContain('Another story');
  });
});

/**
 * The terminal chat: the same engine as the bot, one conversation, follow-ups and "more".
 * With a terminal it prompts; with piped stdin it answers one question a line.
 */
import { createInterface } from 'node:readline';
import { renderResult } from '../answer/text.js';
import { DEFAULT_LANGUAGE, perLanguage } from '../text/languages.js';
import { stripInvisible } from '../text/normalize.js';
import type { ChatState, Engine, Lang } from '../types.js';
import { answersExample, fill, loadCliPrompts, textWords, withoutExamples } from './words.js';

// A whole line that is one of these words ends the chat as /quit does: a newcomer in the terminal types
// "quit" or "exit" before reading /help, and no question is a single one of them.
const LEAVE_WORDS = new Set(['quit', 'exit', 'خروج']);

/** Runs the chat until /quit (or a line that is just "quit", "exit" or خروج) or end of input. */
export async function runChat(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const ansi = (output as { isTTY?: boolean }).isTTY === true;
  // The examples are about the shipped story: general prompts when the stories do not answer them.
  const examples = answersExample(engine);
  const prompts = perLanguage((code) => (examples ? loadCliPrompts(code) : withoutExamples(loadCliPrompts(code))));
  const story = engine.stories[0];
  let state: ChatState = engine.newState();
  let lang: Lang = DEFAULT_LANGUAGE;
  const say = (s: string) => output.write(`${s}\n`);
  const rl = createInterface({ input, ...(interactive ? { output } : {}), terminal: interactive, crlfDelay: Number.POSITIVE_INFINITY });
  if (interactive && story) {
    // Questions go to every story loaded: one is named, several are counted (/source lists them).
    const welcome =
      engine.stories.length === 1
        ? fill(prompts.en.welcome ?? '', { title: story.title.en, source: story.source })
        : fill(prompts.en.welcomeArchive ?? '', { count: engine.stories.length });
    say(welcome);
    rl.setPrompt('› ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    const command = line.toLowerCase().split(/\s+/)[0];
    // Bidi marks an Arabic keyboard adds ("\u200Fخروج") and a closing stop ("quit.") leave the word as it is.
    const leave = LEAVE_WORDS.has(
      stripInvisible(line)
        .replace(/[.!?؟]+$/, '')
        .trim()
        .toLowerCase(),
    );
    if (command === '/quit' || command === '/exit' || leave) {
      say(prompts[lang].bye ?? '');
      break;
    }
    if (command === '/help' || command === '/start') say(prompts[lang].help ?? '');
    else if (command === '/reset') {
      state = engine.newState();
      say(prompts[lang].reset ?? '');
    } else if (command === '/source') {
      for (const s of engine.stories) say(fill(prompts[lang].source ?? '', { title: s.title[lang], source: s.source, published: s.published, note: s.note }));
    } else if (/^\/[A-Za-z_]+$/.test(command ?? '')) {
      // A command of the bot's (/stories, /lang) or a slip: read as a question it would be "the story
      // does not mention stories".
      say(fill(prompts[lang].unknownCommand ?? '', { command: command ?? '' }));
    } else {
      const r = engine.ask(raw, state, { top: 3 });
      if (r.error !== undefined) process.stderr.write(`engine failure: ${r.error.stack ?? r.error.message}\n`);
      state = r.state;
      if (!r.abstained || r.reason !== 'no-more') lang = r.lang;
      say(renderResult(r, (id) => engine.story(id), textWords(prompts[lang]), { ansi, lang }));
    }
    if (interactive) {
      say('');
      rl.prompt();
    }
  }
  rl.close();
}

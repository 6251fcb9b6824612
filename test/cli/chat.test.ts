import { execFileSync } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../../src/cli/chat.js';
import { createEngine } from '../../src/engine.js';
import type { Engine } from '../../src/types.js';
import { knowledgeWith } from '../support/stories.js';

// `npm start` without a token: the terminal chat. With piped stdin it answers one question a line,
// keeping the conversation across lines.
const run = (input: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    input,
    encoding: 'utf8',
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, BOT_TOKEN: '' },
  });

describe('terminal chat', () => {
  it('answers each line, follows up, pages with "more", and explains itself', () => {
    const out = run('what did Peskov say about Kursk?\nwhat else did he say?\nmore\n/help\ncapital of Japan?\n');
    const blocks = out.trim().split('\n');
    // The seed answer quotes ¶23 with its label and the English rendering, labelled as a translation.
    // ¶23 runs on into the quotation of ¶24: both sentences, one label.
    expect(out).toContain('[23–24.1] [وقال المتحدث باسم بوتين بيسكوف] إن هذا “مستحيل”. “لم تناقش روسيا');
    expect(out).toContain('translation: ');
    expect(out).toMatch(/\[(8|9)\] /);
    expect(out).toContain('Ask anything about the story');
    expect(out).toContain('The story does not mention Japan');
    expect(blocks.length).toBeGreaterThan(5);
  });

  it('answers Arabic questions in Arabic, without the English rendering', () => {
    const out = run('ماذا قال بيسكوف عن كورسك؟\n');
    expect(out).toContain('[23–24.1]');
    expect(out).not.toContain('translation');
    expect(out).toContain('ترجمة آلية');
  });
});

describe('terminal chat: leaving', () => {
  // Seven starts of the terminal chat, one after another (each about 2.5 s on a quiet 2-core machine, far
  // more under load): more than the suite's 30 s a test.
  it('ends on a line that is just "quit", "exit" or خروج, as on /quit, and answers nothing after it', { timeout: 120_000 }, () => {
    // Also as a phone's Arabic keyboard sends it (with right-to-left marks) and with a closing stop.
    for (const word of ['quit', 'Exit', 'خروج', '\u200Fخروج\u200F', 'quit.', 'exit!']) {
      const out = run(`${word}\nwhat did Peskov say about Kursk?\n`);
      expect(out).not.toContain('[23');
      expect(out).not.toContain('[9]');
    }
    // A question with the word in it is still a question.
    expect(run('why did they quit the talks?\n')).not.toBe('');
  });
});

describe('terminal chat: choices', () => {
  it('numbers the people an ambiguous question could mean, and typing a number picks one', () => {
    const out = run('what did he say about elections?\n2\n');
    expect(out).toContain('1) Trump');
    expect(out).toContain('2) Zelensky');
    expect(out).toContain('Type 1 or 2');
    // The pick quotes Zelensky's ¶28 once more, on its own.
    const picked = out.slice(out.indexOf('Type 1 or 2'));
    expect(picked.split('\n')[1]).toMatch(/^\[28\] /);
    expect(picked).not.toContain('[27]');
  });
});

describe('terminal chat: the welcome', () => {
  /** Runs the chat as at a terminal (a TTY on both ends), with these lines typed; returns what it printed. */
  async function typed(engine: Engine, lines: string): Promise<string> {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    let printed = '';
    const output = Object.assign(
      new Writable({
        write: (chunk, _enc, done) => {
          printed += String(chunk);
          done();
        },
      }),
      { isTTY: false },
    );
    const done = runChat(engine, input, output);
    input.end(lines);
    await done;
    return printed;
  }

  it("answers a bot command it does not have (/stories) with the terminal's commands, not as a question", async () => {
    const engine = createEngine({ knowledge: knowledgeWith({ fire: { lines: ['A fire broke out at the port on Tuesday.'], language: 'en' } }) });
    const out = await typed(engine, '/stories\n/quit\n');
    expect(out).toContain('Unknown command /stories. In the terminal: /help, /source, /reset, /quit');
    expect(out).not.toContain('does not mention');
  });

  it("gives /help without the shipped story's examples when it is not loaded", async () => {
    const engine = createEngine({ knowledge: knowledgeWith({ fire: { lines: ['A fire broke out at the port on Tuesday.'], language: 'en' } }) });
    const out = await typed(engine, '/help\nthe\n/quit\n');
    expect(out).toContain('Ask anything about the stories, in English or Arabic: who said what');
    expect(out).toContain('Ask me something about the story: who said what, where or when something happened.');
    expect(out).not.toContain('Peskov');
  });

  it('names the one story loaded, and counts a newsroom archive instead of naming its first story', async () => {
    const one = createEngine({
      knowledge: knowledgeWith({ fire: { lines: ['A fire broke out at the port on Tuesday.'], language: 'en', title: 'Port fire' } }),
    });
    expect(await typed(one, '/quit\n')).toContain('ask about the story "Port fire" (Test)');
    const archive = createEngine({
      knowledge: knowledgeWith({
        fire: { lines: ['A fire broke out at the port on Tuesday.'], language: 'en', title: 'Port fire' },
        water: { lines: ['افتتح وزير المياه محطة جديدة لتحلية المياه.'], language: 'ar', title: 'محطة التحلية' },
      }),
    });
    const out = await typed(archive, '/quit\n');
    expect(out).toContain('ask about the 2 stories loaded (/source lists them)');
    expect(out).not.toContain('Port fire');
  });
});

/**
 * `npm run ask`: one readable answer for a question given as arguments, or, with --json, the JSON
 * Lines contract on stdin/stdout (see jsonl.ts). Logs and errors go to stderr; stdout carries answers only.
 */
import { createInterface } from 'node:readline';
import { config as loadDotenv } from 'dotenv';
import { renderResult } from '../answer/text.js';
import { loadEngine } from '../engine.js';
import { KnowledgeError } from '../knowledge/errors.js';
import type { Engine } from '../types.js';
import { ASK_USAGE, parseArgs, UsageError } from './args.js';
import { answerLine, createChatStates } from './jsonl.js';
import { exitQuietlyOnClosedPipe } from './pipe.js';
import { answersExample, loadCliPrompts, textWords, withoutExamples } from './words.js';

exitQuietlyOnClosedPipe();

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stderr.write(`${ASK_USAGE}\n`);
    return 0;
  }
  // The folder the bot reads (KNOWLEDGE_DIR, from the environment or .env), unless --knowledge names another.
  loadDotenv({ quiet: true });
  const knowledgeDir = args.knowledge ?? (process.env.KNOWLEDGE_DIR?.trim() || undefined);
  const engine = loadEngine(knowledgeDir === undefined ? {} : { knowledgeDir });
  // On stderr, so the answers on stdout (JSON Lines too) stay as they are.
  for (const problem of engine.startupProblems ?? []) process.stderr.write(`sanad: ${problem}\n`);
  if (args.json) {
    await jsonLines(engine, args.top ?? 5);
    return 0;
  }
  const question = args.rest.join(' ');
  if (question.trim() === '') {
    process.stderr.write(`${ASK_USAGE}\n`);
    return 2;
  }
  const r = engine.ask(question, undefined, { top: args.top ?? 3 });
  const words = textWords(answersExample(engine) ? loadCliPrompts(r.lang) : withoutExamples(loadCliPrompts(r.lang)));
  process.stdout.write(`${renderResult(r, (id) => engine.story(id), words, { ansi: process.stdout.isTTY === true, lang: r.lang })}\n`);
  return 0;
}

/** Answers stdin line by line, in order, one output line per input line (blank lines included). */
async function jsonLines(engine: Engine, top: number): Promise<void> {
  const chats = createChatStates();
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    process.stdout.write(`${answerLine(engine, line, chats, top)}\n`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof KnowledgeError) process.stderr.write(`sanad: ${error.message}\n`);
    else process.stderr.write(`sanad: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);

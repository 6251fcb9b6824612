/**
 * `npm start`: the Telegram bot when BOT_TOKEN is set (in the environment or .env), otherwise the
 * same engine as a chat in the terminal.
 */
import { config as loadDotenv } from 'dotenv';
import { runChat } from './cli/chat.js';
import { exitQuietlyOnClosedPipe } from './cli/pipe.js';
import { loadEngine } from './engine.js';
import { KnowledgeError } from './knowledge/errors.js';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const knowledgeDir = process.env.KNOWLEDGE_DIR?.trim() || undefined;
  if (!process.env.BOT_TOKEN?.trim()) {
    exitQuietlyOnClosedPipe();
    const engine = loadEngine(knowledgeDir ? { knowledgeDir } : {});
    for (const problem of engine.startupProblems ?? []) process.stderr.write(`sanad: ${problem}\n`);
    await runChat(engine);
    return;
  }
  // Loaded only in bot mode, so the terminal chat starts without grammY.
  const [{ loadConfig }, { createLogger }, { runBot }] = await Promise.all([import('./config.js'), import('./logger.js'), import('./bot/main.js')]);
  const config = loadConfig(process.env);
  const logger = createLogger(config);
  const engine = loadEngine(knowledgeDir ? { knowledgeDir } : {});
  for (const problem of engine.startupProblems ?? []) logger.warn({ problem }, 'start-up went on without something');
  await runBot(config, logger, engine);
}

main().catch((error: unknown) => {
  const name = (error as Error)?.name;
  if (error instanceof KnowledgeError || name === 'ConfigError') process.stderr.write(`sanad: ${(error as Error).message}\n`);
  else process.stderr.write(`sanad: could not start: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
});

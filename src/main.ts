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
    const engine = loadEngine({ ...(knowledgeDir ? { knowledgeDir } : {}), names: 'background' });
    const warn = (problems: readonly string[]) => {
      for (const problem of problems) process.stderr.write(`sanad: ${problem}\n`);
    };
    // Names of stories dropped in by hand are found while the chat already answers (see loadEngine).
    if (engine.namesFound === undefined) warn(engine.startupProblems ?? []);
    else void engine.namesFound.then(warn);
    await runChat(engine);
    return;
  }
  // Loaded only in bot mode, so the terminal chat starts without grammY.
  const [{ loadConfig }, { createLogger }, { runBot }] = await Promise.all([import('./config.js'), import('./logger.js'), import('./bot/main.js')]);
  const config = loadConfig(process.env);
  const logger = createLogger(config);
  // A first start after stories were dropped in by hand answers at once and finds their names in the
  // background (loadEngine's names: 'background'); the index with them is swapped in when they are found.
  const engine = loadEngine({ ...(knowledgeDir ? { knowledgeDir } : {}), names: 'background' });
  const warn = (problems: readonly string[]) => {
    for (const problem of problems) logger.warn({ problem }, 'start-up went on without something');
  };
  if (engine.namesFound === undefined) warn(engine.startupProblems ?? []);
  else {
    const t0 = performance.now();
    void engine.namesFound.then((problems) => {
      logger.info({ ms: Math.round(performance.now() - t0) }, 'names of new stories found; answering with them');
      warn(problems);
    });
  }
  await runBot(config, logger, engine);
}

main().catch((error: unknown) => {
  const name = (error as Error)?.name;
  if (error instanceof KnowledgeError || name === 'ConfigError') process.stderr.write(`sanad: ${(error as Error).message}\n`);
  else process.stderr.write(`sanad: could not start: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
});

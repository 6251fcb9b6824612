/**
 * The baseline for `npm run bench:bot`: a grammY bot that does nothing but echo each text message,
 * run by @grammyjs/runner with the same sink concurrency and allowed updates as the real bot. It has
 * no sessions, no engine, no formatting and no outbound throttle: what it costs is grammY, the runner
 * and HTTP, which the real bot pays too.
 *
 * Env: BOT_TOKEN, TELEGRAM_API_ROOT (the stub). Prints "listening for updates" on stderr when ready.
 */
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';

/** The real bot's sink concurrency (src/bot/main.ts), so both are run alike. */
const CONCURRENCY = 100;

const token = process.env.BOT_TOKEN ?? '';
const apiRoot = process.env.TELEGRAM_API_ROOT ?? '';
if (token === '' || apiRoot === '') throw new Error('echo-bot needs BOT_TOKEN and TELEGRAM_API_ROOT (the bench sets both)');

const bot = new Bot(token, { client: { apiRoot } });
bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
await bot.init();
await bot.api.deleteWebhook();
const handle = run(bot, {
  runner: { fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'inline_query'] } },
  sink: { concurrency: CONCURRENCY },
});
process.stderr.write('listening for updates\n');
const stop = () => void (handle.isRunning() ? handle.stop() : undefined);
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await handle.task();

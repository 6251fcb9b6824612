/**
 * The process logger: pino, one JSON object per line, on stderr (stdout stays free for the CLI).
 */
import pino from 'pino';
import { type Config, redactToken } from './config.js';

/** The logger type used across the bot. */
export type Logger = pino.Logger;

/**
 * Creates the logger for `config.logLevel`, writing JSON lines to stderr.
 *
 * The bot token is scrubbed from every line after serialization, so it cannot leak through an
 * error message, a stack trace or a request URL, whatever field it ends up in.
 *
 * @example
 * const logger = createLogger(config);
 * logger.info({ mode: 'polling' }, 'bot started');
 * @param config needs `logLevel` and `botToken`
 * @param write where lines go; defaults to stderr (tests capture them)
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'botToken'>, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  // JSON never escapes the token's characters ([0-9A-Za-z:_-]), so a plain replace finds it.
  const destination = { write: (line: string) => write(redactToken(line, config.botToken)) };
  return pino({ level: config.logLevel, base: { app: 'sanad' } }, destination);
}

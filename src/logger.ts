/**
 * The process logger: pino, one JSON object per line, on stderr (stdout stays free for the CLI).
 */
import pino from 'pino';
import type { Config } from './config.js';
import { REDACT_PATHS, scrubSecrets, secretsOf, serializeError } from './redact.js';

/** The logger type used across the bot. */
export type Logger = pino.Logger;

/**
 * Creates the logger for `config.logLevel`, writing JSON lines to stderr.
 *
 * Secrets stay out in two layers (see src/redact.ts): fields known to carry them or users' messages
 * are censored (a failed Bot API call is logged as its method, error code and chat, never its
 * payload), and then the bot token, the webhook secret and the Redis password are scrubbed from
 * every serialized line, so they cannot leak through an error message, a stack trace or a request
 * URL, whatever field they end up in.
 *
 * @example
 * const logger = createLogger(config);
 * logger.info({ mode: 'polling' }, 'bot started');
 * @param config needs `logLevel` and `botToken`; `webhookSecret` and `redisUrl` are scrubbed too when given
 * @param write where lines go; defaults to stderr (tests capture them)
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'botToken'> & Partial<Pick<Config, 'webhookSecret' | 'redisUrl'>>,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const secrets = secretsOf(config);
  const destination = { write: (line: string) => write(scrubSecrets(line, secrets)) };
  return pino(
    {
      level: config.logLevel,
      base: { app: 'sanad' },
      redact: { paths: [...REDACT_PATHS], censor: '[REDACTED]' },
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}

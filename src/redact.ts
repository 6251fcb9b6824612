/**
 * Keeping secrets and users' words out of the logs.
 *
 * Two layers, because either alone misses something: the logger's structure (pino `redact` paths and
 * an error serializer) drops the fields known to carry secrets or message text, and a final scrub of
 * every serialized line replaces the configured secrets wherever they still turn up, in a message, a
 * stack trace or a field nobody thought of.
 */
import type { Config } from './config.js';

/** A secret and the label that replaces it in logs. */
export interface Secret {
  readonly label: string;
  readonly value: string;
}

/**
 * Field paths pino censors before a line is written. They name the places where a secret or a
 * user's message is known to end up: grammY's failed-call payload (the whole request, message text
 * included), ioredis's failed command (AUTH carries the password), and configuration objects.
 */
export const REDACT_PATHS: readonly string[] = Object.freeze([
  'payload',
  'err.payload',
  'error.payload',
  'err.command.args',
  'err.previousErrors[*].command.args',
  'error.command.args',
  'config.botToken',
  'config.webhookSecret',
  'config.redisUrl',
  'botToken',
  'webhookSecret',
  'redisUrl',
  'password',
  '*.password',
]);

/**
 * The secrets of a configuration: the bot token, the webhook secret and the password in REDIS_URL.
 *
 * @example
 * scrubSecrets(line, secretsOf(config));
 */
export function secretsOf(config: Partial<Pick<Config, 'botToken' | 'webhookSecret' | 'redisUrl'>>): Secret[] {
  const secrets: Secret[] = [];
  if (config.botToken) secrets.push({ label: '[BOT_TOKEN]', value: config.botToken });
  if (config.webhookSecret) secrets.push({ label: '[WEBHOOK_SECRET]', value: config.webhookSecret });
  const password = redisPassword(config.redisUrl);
  if (password !== undefined) secrets.push({ label: '[REDIS_PASSWORD]', value: password });
  return secrets;
}

/** The password in a redis:// URL, decoded (ioredis sends it decoded in AUTH); undefined if none. */
export function redisPassword(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const { password } = new URL(url);
    return password === '' ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}

/**
 * Replaces every secret in `text` with its label: as is, percent-encoded (URLs), and escaped the way
 * JSON escapes it (a log line is JSON, so a password with a quote or a backslash looks different there).
 * Longer forms go first, so a secret that contains another is replaced whole.
 */
export function scrubSecrets(text: string, secrets: readonly Secret[]): string {
  const forms: { form: string; label: string }[] = [];
  for (const { label, value } of secrets) {
    for (const form of new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), JSON.stringify(encodeURIComponent(value)).slice(1, -1)]))
      if (form !== '') forms.push({ form, label });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  let out = text;
  for (const { form, label } of forms) if (out.includes(form)) out = out.replaceAll(form, label);
  return out;
}

/** The Bot API method, error code and chat of a failed call, as grammY's GrammyError carries them. */
interface ApiErrorShape {
  readonly name?: string;
  readonly message: string;
  readonly method: string;
  readonly error_code: number;
  readonly description?: string;
  readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number };
  readonly payload?: Record<string, unknown>;
}

function isApiError(error: unknown): error is ApiErrorShape {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as ApiErrorShape).method === 'string' &&
    typeof (error as ApiErrorShape).error_code === 'number'
  );
}

/**
 * The chat a Bot API call was about, as a reference (its id, or the inline or callback query id),
 * never its content.
 */
export function chatReference(payload: Record<string, unknown> | undefined): string | number | undefined {
  if (payload === undefined) return undefined;
  const ref = payload.chat_id ?? payload.inline_query_id ?? payload.callback_query_id ?? payload.user_id;
  return typeof ref === 'string' || typeof ref === 'number' ? ref : undefined;
}

/**
 * The `err` serializer: a failed Bot API call is logged as its method, error code, description and
 * chat reference (its payload holds the user's question or our answer, which are not the log's
 * business); any other error keeps its type, message, stack and own fields, less the known carriers
 * of secrets (a failed Redis command's arguments).
 */
export function serializeError(error: unknown): unknown {
  if (isApiError(error)) {
    return {
      type: error.name ?? 'GrammyError',
      message: error.message,
      method: error.method,
      error_code: error.error_code,
      ...(error.description === undefined ? {} : { description: error.description }),
      ...(error.parameters?.retry_after === undefined ? {} : { retry_after: error.parameters.retry_after }),
      chat: chatReference(error.payload),
    };
  }
  if (!(error instanceof Error)) return error;
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  for (const [key, value] of Object.entries(error)) {
    if (key === 'payload') continue;
    if (key === 'command' && typeof value === 'object' && value !== null) out.command = { name: (value as { name?: unknown }).name };
    else if (key === 'error' || key === 'cause') out[key] = serializeError(value);
    else out[key] = value;
  }
  if (error.cause !== undefined && out.cause === undefined) out.cause = serializeError(error.cause);
  return out;
}

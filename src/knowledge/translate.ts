/**
 * A client for a LibreTranslate-compatible server, used once per story by `add-story` to fetch an
 * English rendering of an Arabic story when the operator sets TRANSLATE_URL. Nothing here runs, and
 * nothing is sent anywhere, without that setting: `translateSettings` returns undefined and
 * `add-story` never calls the rest.
 *
 * The API: POST `<TRANSLATE_URL>/translate` with JSON `{q, source, target, format: "text", api_key?}`;
 * the answer is `{translatedText}`. `q` may be a list of texts, answered by a list in the same order,
 * which is how sentences are sent in batches; a server that refuses lists gets one sentence a request.
 */

import { RENDERING_LANGUAGE } from '../text/languages.js';
import type { Lang } from '../types.js';
import type { LoadedStory } from './story.js';
import { machineRenderingHeader } from './story.js';

/** Where the translation server is, from the environment. */
export interface TranslateSettings {
  /** The server's base address, e.g. http://127.0.0.1:5000 (the API is at `<url>/translate`). */
  readonly url: string;
  /** Sent as `api_key` when the server requires one (never logged or written to a file). */
  readonly apiKey?: string;
}

/** How the client talks to the server. */
export interface TranslateOptions {
  /** Most sentences in one request. */
  readonly batchSize: number;
  /** Most characters in one request: a long story is sent in several, so no single request is huge. */
  readonly batchChars: number;
  /** How long one request may take, ms. A CPU-only server needs a few seconds for a batch. */
  readonly timeoutMs: number;
  /** Tries per request, the first included, for a time-out, a dropped connection, a 5xx or a 429. */
  readonly attempts: number;
  /** Wait before the second try, ms; it doubles for each try after. */
  readonly retryDelayMs: number;
  /** The fetch to use (tests pass a spy). */
  readonly fetch: typeof fetch;
}

/**
 * The defaults: 16 sentences or 4,000 characters a request (a 40-sentence story in 3 requests),
 * 60 s a request, 3 tries 1 s and 2 s apart, so a dead server costs at most about 3 minutes a batch
 * and a refused connection a few seconds.
 */
export const TRANSLATE_DEFAULTS: Readonly<Omit<TranslateOptions, 'fetch'>> = Object.freeze({
  batchSize: 16,
  batchChars: 4000,
  timeoutMs: 60_000,
  attempts: 3,
  retryDelayMs: 1000,
});

/** A rendering that could not be fetched; `problem` says what happened and what to check. */
export class TranslateError extends Error {
  override readonly name = 'TranslateError';
  constructor(readonly problem: string) {
    super(problem);
  }
}

/**
 * The translation settings from the environment: undefined when TRANSLATE_URL is unset or blank (then
 * nothing is ever sent).
 * @throws TranslateError when TRANSLATE_URL is not an http(s) address
 */
export function translateSettings(env: Readonly<Record<string, string | undefined>>): TranslateSettings | undefined {
  const url = env.TRANSLATE_URL?.trim();
  if (url === undefined || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TranslateError(`TRANSLATE_URL is not an address: set it to the translation server's base address, e.g. http://127.0.0.1:5000.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TranslateError(`TRANSLATE_URL must start with http:// or https://, e.g. http://127.0.0.1:5000.`);
  }
  // fetch refuses such an address, and its error would print the password.
  if (parsed.username !== '' || parsed.password !== '') {
    throw new TranslateError("TRANSLATE_URL must not hold a user name or password: put the server's key in TRANSLATE_API_KEY instead.");
  }
  const apiKey = env.TRANSLATE_API_KEY?.trim();
  return apiKey ? { url: url.replace(/\/+$/, ''), apiKey } : { url: url.replace(/\/+$/, '') };
}

/** The server as messages and story.en.tsv name it: its host only (a URL may hold a path or credentials). */
export function serverName(settings: TranslateSettings): string {
  return new URL(settings.url).host;
}

/**
 * Translates texts, in order, in batches.
 * @returns one translation per text, whitespace collapsed to single spaces (a rendering is one line a sentence)
 * @throws TranslateError when a batch fails after its tries, or the server's answer is not what the API promises
 */
export async function translateTexts(
  texts: readonly string[],
  from: Lang,
  to: Lang,
  settings: TranslateSettings,
  options: Partial<TranslateOptions> = {},
): Promise<string[]> {
  const o: TranslateOptions = { ...TRANSLATE_DEFAULTS, fetch: globalThis.fetch, ...options };
  const out: string[] = [];
  // Set after the first list a server refuses: every batch after it goes one text a request.
  let single = false;
  for (const batch of batches(texts, o)) {
    if (!single && batch.length > 1) {
      try {
        out.push(...(await request(batch, from, to, settings, o)));
        continue;
      } catch (e) {
        // A 400 or a single string for a list: a server without batch support. Anything else is real.
        if (!(e instanceof ListRefused)) throw e;
        single = true;
      }
    }
    for (const text of batch) out.push(...(await request([text], from, to, settings, o)));
  }
  return out.map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * Fetches an English rendering of an Arabic story, sentence by sentence, as story.en.tsv's content:
 * the machine header naming the server, then one `label<TAB>sentence` a line. A sentence the server
 * returns empty is left out (the reader then sees only the original).
 * @throws TranslateError (see translateTexts)
 */
export async function fetchRendering(story: LoadedStory, settings: TranslateSettings, today: string, options: Partial<TranslateOptions> = {}): Promise<string> {
  const english = await translateTexts(
    story.sentences.map((s) => s.text),
    story.info.language,
    RENDERING_LANGUAGE,
    settings,
    options,
  );
  const lines = [machineRenderingHeader(serverName(settings), today)];
  story.sentences.forEach((s, i) => {
    const text = english[i] ?? '';
    if (text !== '') lines.push(`${s.ref}\t${text}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Consecutive texts, at most `batchSize` and about `batchChars` characters each (a longer text goes alone). */
function batches(texts: readonly string[], o: TranslateOptions): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (current.length > 0 && (current.length >= o.batchSize || chars + text.length > o.batchChars)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A server that does not take a list of texts (so the caller sends them one at a time). */
class ListRefused extends Error {}

/** What may be tried again: a time-out, a dropped connection, a 5xx or a 429; `hint` says what to check. */
class Transient extends Error {
  constructor(
    message: string,
    readonly hint = '',
  ) {
    super(message);
  }
}

async function request(texts: readonly string[], from: Lang, to: Lang, settings: TranslateSettings, o: TranslateOptions): Promise<string[]> {
  const name = serverName(settings);
  const body = JSON.stringify({
    q: texts.length === 1 ? texts[0] : texts,
    source: from,
    target: to,
    format: 'text',
    ...(settings.apiKey === undefined ? {} : { api_key: settings.apiKey }),
  });
  let last = new Transient('did not answer');
  for (let attempt = 1; attempt <= o.attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, o.retryDelayMs * 2 ** (attempt - 2)));
    try {
      return await once(texts, body, name, settings, o);
    } catch (e) {
      if (!(e instanceof Transient)) throw e;
      last = e;
    }
  }
  throw new TranslateError(`the translation server at ${name} ${last.message} (${o.attempts} tries).${last.hint}`);
}

async function once(texts: readonly string[], body: string, name: string, settings: TranslateSettings, o: TranslateOptions): Promise<string[]> {
  let response: Response;
  let raw: string;
  try {
    response = await o.fetch(`${settings.url}/translate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    raw = await response.text();
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new Transient(`did not answer within ${Number((o.timeoutMs / 1000).toFixed(1))} s`);
    throw new Transient(
      `could not be reached: ${err.cause?.code ?? err.cause?.message ?? err.message}`,
      ' Check that TRANSLATE_URL is right and the server is running.',
    );
  }
  if (response.status === 429 || response.status >= 500) throw new Transient(`answered ${response.status}${serverError(raw)}`);
  if (response.status === 400 && texts.length > 1) throw new ListRefused();
  if (response.status === 401 || response.status === 403) {
    throw new TranslateError(`the translation server at ${name} refused the request (${response.status}${serverError(raw)}); check TRANSLATE_API_KEY.`);
  }
  if (!response.ok) throw new TranslateError(`the translation server at ${name} answered ${response.status}${serverError(raw)}.`);
  let answer: unknown;
  try {
    answer = JSON.parse(raw);
  } catch {
    throw new TranslateError(`the translation server at ${name} did not answer with JSON; is TRANSLATE_URL the address of a LibreTranslate-compatible server?`);
  }
  const translated = (answer as { translatedText?: unknown } | null)?.translatedText;
  if (texts.length === 1 && typeof translated === 'string') return [translated];
  if (Array.isArray(translated) && translated.length === texts.length && translated.every((t) => typeof t === 'string')) return translated;
  if (texts.length > 1 && typeof translated === 'string') throw new ListRefused();
  throw new TranslateError(`the translation server at ${name} answered without a "translatedText" for each sentence; is it LibreTranslate-compatible?`);
}

/** The server's own error text, if its answer carries one ({"error": "..."}), for the message. */
function serverError(raw: string): string {
  try {
    const error = (JSON.parse(raw) as { error?: unknown } | null)?.error;
    return typeof error === 'string' && error.trim() !== '' ? `: ${error.trim().slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

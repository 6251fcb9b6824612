/**
 * `npm run add-story -- article.txt [--title "…"] [--language ar|en] [--source …] [--url …]
 * [--published 2025-02-13] [--id …] [--machine-translated] [--knowledge DIR]`: adds an article as a
 * story folder, analysed and ready, and prints what was found (sentences, names, numbers, dates, words
 * not bridged). The text is read from the file, or from stdin when the file is "-".
 *
 * When TRANSLATE_URL is set (in the environment or .env), an Arabic story also gets an English
 * rendering from that LibreTranslate-compatible server, stored as story.en.tsv marked "machine
 * translation". Without it nothing is sent anywhere. `add-story --translate ID` fetches one for a story
 * already added (after the server failed, say).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../engine.js';
import { ARTICLE_TEXT_PROBLEMS } from '../knowledge/article-text.js';
import { decodeArticle, StoryDraftError, storyFromDraft } from '../knowledge/draft.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { loadStory, storyFromFiles } from '../knowledge/story.js';
import { fetchRendering, serverName, TranslateError, type TranslateOptions, type TranslateSettings, translateSettings } from '../knowledge/translate.js';
import { isLanguage, LANGUAGE_CODES, LANGUAGES, RENDERING_LANGUAGE } from '../text/languages.js';
import type { Lang, StoryDraft, StoryReport } from '../types.js';
import { exitQuietlyOnClosedPipe } from './pipe.js';

const USAGE = `usage: npm run add-story -- FILE [--title "…"] [--language ar|en] [--source "…"] [--url https://…] [--published YYYY-MM-DD] [--id ID] [--machine-translated] [--knowledge DIR]
  FILE is a plain-text article, one paragraph a line ("-" reads stdin).
  --machine-translated: the article is itself a machine translation (quotes will say so).
  With TRANSLATE_URL set, an Arabic story also gets an English machine translation from that server.
       npm run add-story -- --translate ID [--knowledge DIR]
  fetches that rendering for a story already added.`;

/** The names of the languages other than `code`, in English ("Arabic"; "English or Arabic"). */
function otherLanguageNames(code: Lang): string {
  return LANGUAGE_CODES.filter((c) => c !== code)
    .map((c) => LANGUAGES[c].name)
    .join(' or ');
}

/** The report as the terminal shows it. */
export function formatReport(r: StoryReport, dir: string): string {
  const list = (xs: readonly string[]) => (xs.length === 0 ? '(none)' : xs.join(', '));
  return [
    `added "${r.info.title.en}" as ${r.info.id} (${r.info.language}) in ${dir}`,
    `  ${r.info.paragraphs} paragraphs, ${r.info.sentences} sentences, indexed in ${r.ms} ms`,
    `  names: ${list(r.names)}`,
    `  numbers: ${list(r.numbers)}`,
    `  dates: ${list(r.dates)}`,
    `  words not bridged to ${otherLanguageNames(r.info.language)}: ${list(r.unbridged)}`,
  ].join('\n');
}

/** Where the command writes, and what it may be given instead of the real clock and server settings. */
export interface AddStoryIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Overrides of the translation client's defaults (tests shorten the time-outs). */
  readonly translate?: Partial<TranslateOptions>;
}

const PROCESS_IO: AddStoryIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/**
 * Runs `add-story` with these arguments and environment.
 * @param env read for TRANSLATE_URL and TRANSLATE_API_KEY only
 * @returns the exit code: 0 added (with or without a rendering), 1 refused, 2 bad usage
 */
export async function addStoryCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: AddStoryIO = PROCESS_IO,
): Promise<number> {
  try {
    return await run(argv, env, io);
  } catch (e) {
    if (e instanceof StoryDraftError || e instanceof KnowledgeError || e instanceof TranslateError) {
      io.stderr(`add-story: ${e instanceof KnowledgeError ? e.message : e.problem}\n`);
      return 1;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.stderr(`add-story: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

async function run(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: AddStoryIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      language: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      id: { type: 'string' },
      'machine-translated': { type: 'boolean' },
      translate: { type: 'string' },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const file = positionals[0];
  // The folder the bot reads (KNOWLEDGE_DIR, as `npm start` takes it), unless --knowledge names another.
  const dir = values.knowledge ?? (env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR);
  if (values.translate !== undefined && !values.help && positionals.length === 0) return translateStory(values.translate, dir, env, io);
  if (values.help || file === undefined || positionals.length > 1) {
    io.stderr(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (values.language !== undefined && !isLanguage(values.language)) {
    io.stderr(`--language must be ${LANGUAGE_CODES.join(' or ')}\n`);
    return 2;
  }
  // A bad TRANSLATE_URL is reported before anything is written.
  const translation = translateSettings(env);
  // A folder (a tab-completed path that stops one level short) would fail inside readFileSync as EISDIR.
  if (file !== '-' && existsSync(file) && statSync(file).isDirectory()) {
    io.stderr(`add-story: ${file} is a folder; give the article's text file (one paragraph a line)\n${USAGE}\n`);
    return 2;
  }
  const decoded = decodeArticle(readFileSync(file === '-' ? 0 : file));
  if (!('text' in decoded)) {
    const what = file === '-' ? 'the input' : file;
    io.stderr(`add-story: ${what} is ${ARTICLE_TEXT_PROBLEMS[decoded.problem]}\n`);
    return 1;
  }
  const text = decoded.text;
  // The first story of a folder with none yet (a newsroom's own, the shipped story removed) is welcome.
  const engine = loadEngine({ knowledgeDir: dir, load: { allowNoStories: true } });
  const draft: StoryDraft = {
    text,
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.language === undefined ? {} : { language: values.language as Lang }),
    ...(values.source === undefined ? {} : { source: values.source }),
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values['machine-translated'] === true ? { machineTranslated: true } : {}),
  };
  const taken = new Set(engine.stories.map((s) => s.id));
  const today = new Date().toISOString().slice(0, 10);
  const { id, files, story } = storyFromDraft(values.id === undefined ? draft : { ...draft, id: values.id }, taken, today);
  const report = engine.addStory({ ...draft, id });
  const written: Record<string, string> = { ...files };
  let rendering = '';
  if (translation !== undefined && story.info.language !== RENDERING_LANGUAGE) {
    io.stderr(`add-story: translating ${story.sentences.length} sentences into English with ${serverName(translation)}…\n`);
    try {
      const tsv = await fetchRendering(story, translation, today, io.translate);
      // Loaded as start-up will load it, so a rendering that would not load is never written.
      const count = storyFromFiles(id, { ...files, 'story.en.tsv': tsv }, `(story ${id})`).translations.size;
      written['story.en.tsv'] = tsv;
      rendering = `  English rendering: machine translation by ${serverName(translation)}, ${count} of ${story.sentences.length} sentences`;
    } catch (e) {
      if (!(e instanceof TranslateError || e instanceof KnowledgeError)) throw e;
      io.stderr(
        `add-story: no English rendering: ${e instanceof TranslateError ? e.problem : e.message} The story is added without one; \`npm run add-story -- --translate ${id}\` tries again.\n`,
      );
    }
  }
  // Written to a hidden folder first and renamed, so a half-written story is never loaded.
  const tmp = join(dir, `.${id}.tmp-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  const vocabulary = engine.vocabularyFile(id);
  for (const [name, content] of Object.entries({ ...written, ...(vocabulary === undefined ? {} : { 'vocabulary.jsonl': vocabulary }) }))
    writeFileSync(join(tmp, name), content);
  renameSync(tmp, join(dir, id));
  io.stdout(`${formatReport(report, join(dir, id))}\n${rendering === '' ? '' : `${rendering}\n`}`);
  return 0;
}

/** `--translate ID`: fetches the machine rendering of a story already in the folder, replacing an older machine one. */
async function translateStory(id: string, dir: string, env: Readonly<Record<string, string | undefined>>, io: AddStoryIO): Promise<number> {
  const settings: TranslateSettings | undefined = translateSettings(env);
  if (settings === undefined) {
    io.stderr('add-story: --translate needs TRANSLATE_URL, the address of a LibreTranslate-compatible server (see .env.example).\n');
    return 2;
  }
  const folder = join(dir, id);
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(id) || !existsSync(join(folder, 'story.txt'))) {
    io.stderr(`add-story: there is no story "${id}" in ${dir}.\n`);
    return 1;
  }
  const story = loadStory(folder, id);
  if (story.info.language === RENDERING_LANGUAGE) {
    io.stderr(`add-story: "${id}" is written in English; only Arabic stories get an English rendering.\n`);
    return 1;
  }
  if (story.info.translation === 'project') {
    io.stderr(`add-story: "${id}" already has the project's own English rendering (story.en.tsv); it is left as it is.\n`);
    return 1;
  }
  io.stderr(`add-story: translating ${story.sentences.length} sentences into English with ${serverName(settings)}…\n`);
  const tsv = await fetchRendering(story, settings, new Date().toISOString().slice(0, 10), io.translate);
  const count = storyFromFiles(id, { 'story.txt': story.text, 'story.json': readFileSync(join(folder, 'story.json'), 'utf8'), 'story.en.tsv': tsv }, folder)
    .translations.size;
  // Written beside it and renamed, so a running reader never sees half a file.
  const tmp = join(folder, `.story.en.tsv.tmp-${process.pid}`);
  writeFileSync(tmp, tsv);
  renameSync(tmp, join(folder, 'story.en.tsv'));
  io.stdout(`English rendering of ${id}: machine translation by ${serverName(settings)}, ${count} of ${story.sentences.length} sentences\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  exitQuietlyOnClosedPipe();
  loadDotenv({ quiet: true });
  process.exitCode = await addStoryCommand(process.argv.slice(2), process.env);
}

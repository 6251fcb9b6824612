/**
 * `npm run add-story -- article.txt [--title "…"] [--language ar|en] [--source …] [--url …]
 * [--published 2025-02-13] [--id …] [--knowledge DIR]`: adds an article as a story folder, analysed
 * and ready, and prints what was found (sentences, names, numbers, dates, words not bridged).
 * The text is read from the file, or from stdin when the file is "-".
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_KNOWLEDGE_DIR, loadEngine } from '../engine.js';
import { StoryDraftError, storyFromDraft } from '../knowledge/draft.js';
import { KnowledgeError } from '../knowledge/errors.js';
import type { Lang, StoryDraft, StoryReport } from '../types.js';
import { exitQuietlyOnClosedPipe } from './pipe.js';

exitQuietlyOnClosedPipe();

const USAGE = `usage: npm run add-story -- FILE [--title "…"] [--language ar|en] [--source "…"] [--url https://…] [--published YYYY-MM-DD] [--id ID] [--knowledge DIR]
  FILE is a plain-text article, one paragraph a line ("-" reads stdin).`;

/** The report as the terminal shows it. */
export function formatReport(r: StoryReport, dir: string): string {
  const list = (xs: readonly string[]) => (xs.length === 0 ? '(none)' : xs.join(', '));
  return [
    `added "${r.info.title.en}" as ${r.info.id} (${r.info.language}) in ${dir}`,
    `  ${r.info.paragraphs} paragraphs, ${r.info.sentences} sentences, indexed in ${r.ms} ms`,
    `  names: ${list(r.names)}`,
    `  numbers: ${list(r.numbers)}`,
    `  dates: ${list(r.dates)}`,
    `  words not bridged to ${r.info.language === 'ar' ? 'English' : 'Arabic'}: ${list(r.unbridged)}`,
  ].join('\n');
}

function main(): number {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      language: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      id: { type: 'string' },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const file = positionals[0];
  if (values.help || file === undefined || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (values.language !== undefined && values.language !== 'ar' && values.language !== 'en') {
    process.stderr.write('--language must be ar or en\n');
    return 2;
  }
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const dir = values.knowledge ?? DEFAULT_KNOWLEDGE_DIR;
  const engine = loadEngine({ knowledgeDir: dir });
  const draft: StoryDraft = {
    text,
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.language === undefined ? {} : { language: values.language as Lang }),
    ...(values.source === undefined ? {} : { source: values.source }),
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values.published === undefined ? {} : { published: values.published }),
  };
  const taken = new Set(engine.stories.map((s) => s.id));
  const today = new Date().toISOString().slice(0, 10);
  const { id, files } = storyFromDraft(values.id === undefined ? draft : { ...draft, id: values.id }, taken, today);
  const report = engine.addStory({ ...draft, id });
  // Written to a hidden folder first and renamed, so a half-written story is never loaded.
  const tmp = join(dir, `.${id}.tmp-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(tmp, name), content);
  renameSync(tmp, join(dir, id));
  process.stdout.write(`${formatReport(report, join(dir, id))}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof StoryDraftError || e instanceof KnowledgeError) {
    process.stderr.write(`add-story: ${e instanceof StoryDraftError ? e.problem : e.message}\n`);
    process.exitCode = 1;
  } else if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`add-story: ${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else throw e;
}

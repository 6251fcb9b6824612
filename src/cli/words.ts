/**
 * The terminal's words, from prompts/cli/<lang>.json (data, like the bot's words).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextWords } from '../answer/text.js';
import type { Engine, Lang } from '../types.js';

/** The raw prompt strings of one language. */
export type CliPrompts = Record<string, string>;

/** Reads prompts/cli/<lang>.json. */
export function loadCliPrompts(lang: Lang): CliPrompts {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../prompts/cli/${lang}.json`, import.meta.url)), 'utf8')) as CliPrompts;
}

/** Fills {placeholders}. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The words the text renderer needs, in one language. */
export function textWords(p: CliPrompts): TextWords {
  const s = (k: string) => p[k] ?? k;
  return {
    translation: s('translation'),
    notInStory: s('notInStory'),
    notInStoryNamed: (names) => fill(s('notInStoryNamed'), { names }),
    noContent: s('noContent'),
    empty: s('empty'),
    noMore: s('noMore'),
    present: s('present'),
    more: (n) => fill(s('more'), { n }),
    machineTranslation: s('machineTranslation'),
    gloss: s('gloss'),
    ambiguous: (names) => fill(s('ambiguous'), { names: names.join(s('or')) }),
    choice: (n, name) => fill(s('choice'), { n, name }),
    pick: (count) => fill(s('pick'), { numbers: Array.from({ length: count }, (_, i) => String(i + 1)).join(s('or')) }),
  };
}

/**
 * Whether the stories an engine holds answer the prompts' `example` (*what did Peskov say about
 * Kursk?*): the help and the hint for a question with no content give examples about the shipped story,
 * which a newsroom may have replaced.
 */
export function answersExample(engine: Pick<Engine, 'ask'>): boolean {
  const example = loadCliPrompts('en').example;
  return example === undefined || !engine.ask(example).abstained;
}

/** The prompts with the help and the no-content hint in their general forms (`helpAny`, `noContentAny`). */
export function withoutExamples(p: CliPrompts): CliPrompts {
  return { ...p, help: p.helpAny ?? p.help ?? '', noContent: p.noContentAny ?? p.noContent ?? '' };
}

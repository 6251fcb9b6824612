/**
 * The bot's words: loaded from prompts/<lang>.json, looked up by key, filled with values.
 * English is the reference; Arabic must have exactly the same keys and example ids.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { User } from 'grammy/types';
import type english from '../../prompts/en.json';
import { escapeHtml, type Phrases } from '../answer/telegram.js';
import type { Lang } from '../types.js';

/** A key of prompts/en.json "strings", e.g. "welcome" or "button.more". */
export type PromptKey = keyof (typeof english)['strings'];

/** An example question offered by /start, inline mode and deep links (t.me/<bot>?start=<id>). */
export interface Example {
  /** Deep-link payload and callback id: [a-z0-9_-], the same in every language. */
  readonly id: string;
  readonly text: string;
}

/** One language's prompts file. */
export interface Prompts {
  readonly strings: Readonly<Record<PromptKey, string>>;
  readonly examples: readonly Example[];
}

/** The languages the UI speaks, in the order /lang offers them. */
export const LANGS: readonly Lang[] = ['en', 'ar'];

/** The prompts/ folder of this checkout. */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

/**
 * Reads prompts/en.json and prompts/ar.json and checks they match.
 *
 * @throws Error naming the file and the missing, extra or empty keys
 */
export function loadPrompts(dir = PROMPTS_DIR): Readonly<Record<Lang, Prompts>> {
  const read = (lang: Lang): Prompts => {
    const file = `${dir.replace(/\/?$/, '/')}${lang}.json`;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Prompts;
    } catch (error) {
      throw new Error(`Cannot read the bot's words from ${file}: ${(error as Error).message}`);
    }
  };
  const prompts = { en: read('en'), ar: read('ar') };
  const problems = comparePrompts(prompts);
  if (problems.length > 0) throw new Error(`prompts/ in ${dir} are inconsistent:\n- ${problems.join('\n- ')}`);
  return prompts;
}

/** Lists every difference between the languages' keys and example ids, and every empty text. */
export function comparePrompts(prompts: Readonly<Record<Lang, Prompts>>): string[] {
  const problems: string[] = [];
  const reference = Object.keys(prompts.en.strings ?? {});
  const referenceIds = (prompts.en.examples ?? []).map((e) => e.id);
  for (const lang of LANGS) {
    const { strings = {} as Prompts['strings'], examples = [] } = prompts[lang];
    const keys = Object.keys(strings);
    for (const key of reference) if (!keys.includes(key)) problems.push(`${lang}.json lacks "${key}"`);
    for (const key of keys) if (!reference.includes(key)) problems.push(`${lang}.json has "${key}", which en.json lacks`);
    for (const [key, text] of Object.entries(strings)) if (typeof text !== 'string' || text.trim() === '') problems.push(`${lang}.json: "${key}" is empty`);
    const ids = examples.map((e) => e.id);
    if (ids.join() !== referenceIds.join()) problems.push(`${lang}.json examples have ids [${ids}], en.json has [${referenceIds}]`);
    for (const id of ids) if (!/^[a-z0-9_-]{1,32}$/.test(id)) problems.push(`${lang}.json: example id "${id}" must match [a-z0-9_-]{1,32}`);
  }
  return problems;
}

/** Looks up the bot's words. */
export interface I18n {
  /** Plain text with {placeholders} filled, for buttons and notices (no HTML). */
  t(lang: Lang, key: PromptKey, vars?: Readonly<Record<string, string | number>>): string;
  /** HTML: the template is escaped, `vars` are inserted as given (escape them yourself). */
  html(lang: Lang, key: PromptKey, vars?: Readonly<Record<string, string>>): string;
  /** The renderer's view of one language. */
  phrases(lang: Lang): Phrases;
  examples(lang: Lang): readonly Example[];
  example(lang: Lang, id: string): Example | undefined;
}

/**
 * Builds the lookup over loaded prompts.
 *
 * @example
 * const i18n = createI18n(loadPrompts());
 * i18n.t('ar', 'button.more'); // "المزيد ◂"
 */
export function createI18n(prompts: Readonly<Record<Lang, Prompts>>): I18n {
  // Templates are split into literals and placeholder names once, plain and escaped, so filling
  // one (several per answer) is a few concatenations.
  const compiled = (html: boolean) =>
    Object.fromEntries(
      LANGS.map((lang) => [lang, new Map(Object.entries(prompts[lang].strings).map(([key, text]) => [key, compile(html ? escapeHtml(text) : text)]))]),
    ) as Record<Lang, Map<string, Template>>;
  const plain = compiled(false);
  const escaped = compiled(true);
  const phrases = Object.fromEntries(
    LANGS.map((lang) => [lang, { html: (key: string, vars?: Readonly<Record<string, string>>) => i18n.html(lang, key as PromptKey, vars) }]),
  ) as Record<Lang, Phrases>;
  const i18n: I18n = {
    t: (lang, key, vars) => fill(plain[lang].get(key), vars),
    html: (lang, key, vars) => fill(escaped[lang].get(key), vars),
    phrases: (lang) => phrases[lang],
    examples: (lang) => prompts[lang].examples,
    example: (lang, id) => prompts[lang].examples.find((e) => e.id === id),
  };
  return i18n;
}

/** A template: literals at even positions, placeholder names at odd ones. */
type Template = readonly string[];

function compile(template: string): Template {
  // split with a capturing group alternates text and the captured names.
  return template.split(/\{(\w+)\}/);
}

/** Fills a template's placeholders; one with no value stays as written ("{name}"). */
function fill(template: Template | undefined, vars: Readonly<Record<string, string | number>> = {}): string {
  if (template === undefined) return '';
  let out = template[0] ?? '';
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i] as string;
    out += (name in vars ? String(vars[name]) : `{${name}}`) + (template[i + 1] ?? '');
  }
  return out;
}

/** Maps a Telegram language_code ("en", "en-GB", "ar-EG") to a UI language, if we speak it. */
export function langOfCode(code: string | undefined): Lang | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'ar' ? base : undefined;
}

/**
 * The UI language for a reply: the chat's /lang choice, else the user's Telegram language,
 * else the language the question was written in, else English.
 */
export function uiLang(chosen: Lang | undefined, from: User | undefined, questionLang?: Lang): Lang {
  return chosen ?? langOfCode(from?.language_code) ?? questionLang ?? 'en';
}

/**
 * The bot's words: loaded from prompts/<lang>.json, looked up by key, filled with values.
 * English is the reference; Arabic must have exactly the same keys and example ids.
 *
 * Texts with a count live under "plurals", one template per plural category of the language
 * (Intl.PluralRules: English one/other; Arabic zero/one/two/few/many/other), so no reply ever says
 * "1 stories". Not every form needs the {count}: Arabic says "قصتان", not "2 قصة". Numbers filled into a template are written with the language's digits: Western
 * digits by default, Arabic-Indic (٠١٢…) in Arabic replies about a story that uses them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { User } from 'grammy/types';
import type english from '../../prompts/en.json';
import { escapeHtml, type Phrases } from '../answer/telegram.js';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_CODES, LANGUAGES, perLanguage } from '../text/languages.js';
import type { Lang } from '../types.js';

/** A key of prompts/en.json "strings" or "plurals", e.g. "welcome", "button.more" or "stories.header". */
export type PromptKey = keyof (typeof english)['strings'] | PluralKey;

/** A key of prompts/en.json "plurals": a text with a {count}, one template per plural category. */
export type PluralKey = keyof (typeof english)['plurals'];

/** A plural category, as Intl.PluralRules names it. */
export type PluralCategory = Intl.LDMLPluralRule;

/** Digits to write numbers with: Western (0-9) or Arabic-Indic (٠-٩, only in Arabic replies). */
export type Numerals = 'latn' | 'arab';

/** Placeholders that hold numbers, and so are written with the reply's digits. */
const NUMBER_VARS = new Set(['count', 'page', 'pages', 'sentences', 'paragraphs', 'ms', 'hours', 'names', 'words']);

/** An example question offered by /start, inline mode and deep links (t.me/<bot>?start=<id>). */
export interface Example {
  /** Deep-link payload and callback id: [a-z0-9_-], the same in every language. */
  readonly id: string;
  readonly text: string;
}

/** One language's prompts file. */
export interface Prompts {
  readonly strings: Readonly<Record<Exclude<PromptKey, PluralKey>, string>>;
  /** Per key, a template for each of the language's plural categories (exactly those). */
  readonly plurals: Readonly<Record<PluralKey, Readonly<Partial<Record<PluralCategory, string>>>>>;
  readonly examples: readonly Example[];
}

/** The plural categories a language distinguishes, from the platform's CLDR data. */
export function pluralCategories(lang: Lang): readonly PluralCategory[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** The languages the UI speaks, in the order /lang offers them: the registry's (src/text/languages.ts). */
export const LANGS: readonly Lang[] = LANGUAGE_CODES;

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
  const prompts = perLanguage(read);
  const problems = comparePrompts(prompts);
  if (problems.length > 0) throw new Error(`prompts/ in ${dir} are inconsistent:\n- ${problems.join('\n- ')}`);
  return prompts;
}

/** Lists every difference between the languages' keys and example ids, and every empty text. */
export function comparePrompts(prompts: Readonly<Record<Lang, Prompts>>): string[] {
  const problems: string[] = [];
  const reference = Object.keys(prompts.en.strings ?? {});
  const referenceIds = (prompts.en.examples ?? []).map((e) => e.id);
  const referencePlurals = Object.keys(prompts.en.plurals ?? {});
  for (const lang of LANGS) {
    const { strings = {} as Prompts['strings'], examples = [] } = prompts[lang];
    const keys = Object.keys(strings);
    for (const key of reference) if (!keys.includes(key)) problems.push(`${lang}.json lacks "${key}"`);
    for (const key of keys) if (!reference.includes(key)) problems.push(`${lang}.json has "${key}", which en.json lacks`);
    for (const [key, text] of Object.entries(strings)) if (typeof text !== 'string' || text.trim() === '') problems.push(`${lang}.json: "${key}" is empty`);
    // Plurals: the same keys, and for each exactly the language's categories.
    const plurals: Record<string, Record<string, unknown>> = prompts[lang].plurals ?? {};
    const pluralKeys = Object.keys(plurals);
    for (const key of referencePlurals) if (!pluralKeys.includes(key)) problems.push(`${lang}.json lacks the plural "${key}"`);
    for (const key of pluralKeys) if (!referencePlurals.includes(key)) problems.push(`${lang}.json has the plural "${key}", which en.json lacks`);
    const categories = pluralCategories(lang);
    for (const [key, forms] of Object.entries(plurals)) {
      const given = Object.keys(forms ?? {});
      const missing = categories.filter((c) => !given.includes(c));
      const extra = given.filter((c) => !(categories as readonly string[]).includes(c));
      if (missing.length > 0) problems.push(`${lang}.json: the plural "${key}" lacks the form(s) ${missing.join(', ')}`);
      if (extra.length > 0) problems.push(`${lang}.json: the plural "${key}" has form(s) ${extra.join(', ')}, which ${lang} does not use`);
      for (const [category, text] of Object.entries(forms ?? {}))
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${lang}.json: "${key}" (${category}) is empty`);
    }
    const ids = examples.map((e) => e.id);
    if (ids.join() !== referenceIds.join()) problems.push(`${lang}.json examples have ids [${ids}], en.json has [${referenceIds}]`);
    for (const id of ids) if (!/^[a-z0-9_-]{1,32}$/.test(id)) problems.push(`${lang}.json: example id "${id}" must match [a-z0-9_-]{1,32}`);
  }
  return problems;
}

/** Looks up the bot's words. */
export interface I18n {
  /**
   * Plain text with {placeholders} filled, for buttons and notices (no HTML). A plural key picks
   * the form for `vars.count`; numeric placeholders are written with `numerals` (default Western).
   */
  t(lang: Lang, key: PromptKey, vars?: Readonly<Record<string, string | number>>, numerals?: Numerals): string;
  /** HTML: the template is escaped, `vars` are inserted as given (escape them yourself). */
  html(lang: Lang, key: PromptKey, vars?: Readonly<Record<string, string | number>>, numerals?: Numerals): string;
  /** Writes a number in the language, with the given digits. */
  number(lang: Lang, value: number, numerals?: Numerals): string;
  /** The renderer's view of one language (numbers written with `numerals`). */
  phrases(lang: Lang, numerals?: Numerals): Phrases;
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
      LANGS.map((lang) => {
        const templates = new Map<string, Template | Partial<Record<PluralCategory, Template>>>(
          Object.entries(prompts[lang].strings).map(([key, text]) => [key, compile(html ? escapeHtml(text) : text)]),
        );
        for (const [key, forms] of Object.entries(prompts[lang].plurals ?? {}))
          templates.set(key, Object.fromEntries(Object.entries(forms).map(([c, text]) => [c, compile(html ? escapeHtml(text) : text)])));
        return [lang, templates];
      }),
    ) as Record<Lang, Map<string, Template | Partial<Record<PluralCategory, Template>>>>;
  const plain = compiled(false);
  const escaped = compiled(true);
  const rules = Object.fromEntries(LANGS.map((lang) => [lang, new Intl.PluralRules(lang)])) as Record<Lang, Intl.PluralRules>;
  const formats = new Map<string, Intl.NumberFormat>();
  const number = (lang: Lang, value: number, numerals: Numerals = 'latn'): string => {
    // Arabic-Indic digits only in a language that writes them (Arabic); Arabic with Western digits is "ar-u-nu-latn".
    const locale = LANGUAGES[lang].numerals.length > 1 ? `${lang}-u-nu-${numerals}` : lang;
    const format = formats.get(locale) ?? new Intl.NumberFormat(locale);
    formats.set(locale, format);
    return format.format(value);
  };
  const lookup = (
    table: Record<Lang, Map<string, Template | Partial<Record<PluralCategory, Template>>>>,
    lang: Lang,
    key: string,
    vars: Readonly<Record<string, string | number>> | undefined,
    numerals: Numerals | undefined,
  ): string => {
    const template = table[lang].get(key);
    const count = vars?.count === undefined ? undefined : Number(vars.count);
    // A plural without a count (a bug) still says something: the "other" form.
    const chosen = Array.isArray(template)
      ? (template as Template)
      : (template as Partial<Record<PluralCategory, Template>> | undefined)?.[
          count !== undefined && Number.isFinite(count) ? rules[lang].select(count) : 'other'
        ];
    if (vars === undefined) return fill(chosen, vars);
    const written: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(vars)) written[name] = NUMBER_VARS.has(name) && isNumeric(value) ? number(lang, Number(value), numerals) : value;
    return fill(chosen, written);
  };
  const phrases = new Map<string, Phrases>();
  const i18n: I18n = {
    t: (lang, key, vars, numerals) => lookup(plain, lang, key, vars, numerals),
    html: (lang, key, vars, numerals) => lookup(escaped, lang, key, vars, numerals),
    number,
    phrases(lang, numerals = 'latn') {
      const id = `${lang}:${numerals}`;
      const known = phrases.get(id);
      if (known !== undefined) return known;
      const view: Phrases = { html: (key: string, vars?: Readonly<Record<string, string>>) => i18n.html(lang, key as PromptKey, vars, numerals) };
      phrases.set(id, view);
      return view;
    },
    examples: (lang) => prompts[lang].examples,
    example: (lang, id) => prompts[lang].examples.find((e) => e.id === id),
  };
  return i18n;
}

function isNumeric(value: string | number): boolean {
  return typeof value === 'number' ? Number.isFinite(value) : /^-?\d+(\.\d+)?$/.test(value);
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
  return isLanguage(base) ? base : undefined;
}

/**
 * The UI language for a reply: the chat's /lang choice, else the user's Telegram language,
 * else the language the question was written in, else English.
 */
export function uiLang(chosen: Lang | undefined, from: User | undefined, questionLang?: Lang): Lang {
  return chosen ?? langOfCode(from?.language_code) ?? questionLang ?? DEFAULT_LANGUAGE;
}

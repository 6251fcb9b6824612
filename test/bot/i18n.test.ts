import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePrompts, createI18n, langOfCode, loadPrompts, PROMPTS_DIR, pluralCategories, uiLang } from '../../src/bot/i18n.js';
import type { Loose } from './harness.js';

/**
 * Keys written twice in one object of a JSON text. JSON.parse keeps the last one silently, so two
 * branches that each add a key of the same name (with different meanings) would lose one unseen.
 */
function duplicateKeys(json: string): string[] {
  const dupes: string[] = [];
  // One set of keys per open object, null per open array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const keys = open.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (keys.has(key)) dupes.push(key);
        else keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === ',') expectKey = open.at(-1) instanceof Set;
  }
  return dupes;
}

describe('prompts/', () => {
  const prompts = loadPrompts();

  it('has the same keys and example ids in English and Arabic, none empty', () => {
    expect(Object.keys(prompts.ar.strings).sort()).toEqual(Object.keys(prompts.en.strings).sort());
    expect(prompts.ar.examples.map((e) => e.id)).toEqual(prompts.en.examples.map((e) => e.id));
    expect(comparePrompts(prompts)).toEqual([]);
  });

  it('writes every key once (the bot’s and the terminal’s words)', () => {
    expect(duplicateKeys('{"a": 1, "b": {"a": "x,\\"a\\":"}, "c": [{"a": 2}], "a": 3}')).toEqual(['a']);
    for (const dir of [PROMPTS_DIR, join(PROMPTS_DIR, 'cli')])
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')))
        expect(duplicateKeys(readFileSync(join(dir, name), 'utf8')), join(dir, name)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(prompts.en.strings) as (keyof typeof prompts.en.strings)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(prompts.ar.strings[key]), key).toEqual(names(prompts.en.strings[key]));
    }
  });

  it('reports a missing key, an extra key and an empty text by name', () => {
    const { welcome: _dropped, ...rest } = prompts.ar.strings;
    const broken = { en: prompts.en, ar: { ...prompts.ar, strings: { ...rest, extra: 'x', help: ' ' } as Loose } };
    expect(comparePrompts(broken)).toEqual(['ar.json lacks "welcome"', 'ar.json has "extra", which en.json lacks', 'ar.json: "help" is empty']);
  });

  it('escapes the template but not the values in html()', () => {
    const i18n = createI18n({ ...prompts, en: { ...prompts.en, strings: { ...prompts.en.strings, help: 'a < b & {x}' } } });
    expect(i18n.html('en', 'help', { x: '<i>y</i>' })).toBe('a &lt; b &amp; <i>y</i>');
    expect(i18n.t('en', 'help', { x: '<i>y</i>' })).toBe('a < b & <i>y</i>');
    expect(i18n.t('en', 'story.page', { page: 2, pages: 3 })).toBe('Page 2 of 3');
  });

  it('fills every placeholder literally, keeps one without a value, and allows one at either end', () => {
    const i18n = createI18n({ ...prompts, en: { ...prompts.en, strings: { ...prompts.en.strings, help: '{a}-{b}-{a} {missing}{c}' } } });
    expect(i18n.t('en', 'help', { a: '$&', b: '{c}', c: 'end' })).toBe('$&-{c}-$& {missing}end');
    expect(i18n.t('en', 'help')).toBe('{a}-{b}-{a} {missing}{c}');
  });
});

describe('UI language', () => {
  it('maps Telegram language codes', () => {
    expect(langOfCode('ar-EG')).toBe('ar');
    expect(langOfCode('en-GB')).toBe('en');
    expect(langOfCode('fr')).toBeUndefined();
    expect(langOfCode(undefined)).toBeUndefined();
  });

  it('prefers /lang, then the Telegram language, then the question script, then English', () => {
    const en = { id: 1, is_bot: false, first_name: 'a', language_code: 'en' };
    const fr = { ...en, language_code: 'fr' };
    expect(uiLang('ar', en, 'en')).toBe('ar');
    expect(uiLang(undefined, en, 'ar')).toBe('en');
    expect(uiLang(undefined, fr, 'ar')).toBe('ar');
    expect(uiLang(undefined, fr)).toBe('en');
  });
});

describe('plurals and numbers', () => {
  const prompts = loadPrompts();
  const i18n = createI18n(prompts);

  it('gives every plural exactly the forms Intl.PluralRules uses: English one/other, Arabic zero/one/two/few/many/other', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect([...pluralCategories('ar')].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    for (const lang of ['en', 'ar'] as const)
      for (const [key, forms] of Object.entries(prompts[lang].plurals))
        expect(Object.keys(forms).sort(), `${lang} ${key}`).toEqual([...pluralCategories(lang)].sort());
    expect(Object.keys(prompts.ar.plurals).sort()).toEqual(Object.keys(prompts.en.plurals).sort());
  });

  it('reports a missing plural, a missing form and a form the language does not use', () => {
    const { 'stories.header': _dropped, ...rest } = prompts.ar.plurals;
    const { two: _two, ...noDual } = prompts.ar.plurals['answer.remaining'];
    const broken = {
      en: { ...prompts.en, plurals: { ...prompts.en.plurals, 'report.sentences': { ...prompts.en.plurals['report.sentences'], few: '{count} x' } } },
      ar: { ...prompts.ar, plurals: { ...rest, 'answer.remaining': noDual } as Loose },
    };
    expect(comparePrompts(broken)).toEqual([
      'en.json: the plural "report.sentences" has form(s) few, which en does not use',
      'ar.json lacks the plural "stories.header"',
      'ar.json: the plural "answer.remaining" lacks the form(s) two',
    ]);
  });

  it('never says "1 stories": each count picks its form', () => {
    expect(i18n.t('en', 'stories.header', { count: 1, page: 1, pages: 1 })).toMatch(/^1 story \(/);
    expect(i18n.t('en', 'stories.header', { count: 2, page: 1, pages: 1 })).toMatch(/^2 stories \(/);
    expect(i18n.t('en', 'answer.remaining', { count: '1' })).toBe('1 more: tap More.');
    for (const key of Object.keys(prompts.en.plurals) as (keyof typeof prompts.en.plurals)[])
      expect(i18n.t('en', key, { count: 1 }), key).not.toMatch(/\b1 (stories|paragraphs|sentences|hours|days)\b/);
  });

  it('picks the Arabic form by the CLDR rules: 0, 1, 2, 3–10, 11–99, 100+', () => {
    const form = (count: number) => i18n.t('ar', 'report.sentences', { count });
    expect([0, 1, 2, 3, 10, 11, 99, 100, 103].map(form)).toEqual([
      'لا جمل',
      'جملة واحدة',
      'جملتان',
      '3 جمل',
      '10 جمل',
      '11 جملة',
      '99 جملة',
      '100 جملة',
      '103 جمل',
    ]);
  });

  it('writes numbers with Arabic-Indic digits in Arabic only when asked (the story uses them)', () => {
    expect(i18n.t('ar', 'story.page', { page: 3, pages: 12 }, 'arab')).toBe('صفحة ٣ من ١٢');
    expect(i18n.t('ar', 'story.page', { page: 3, pages: 12 })).toBe('صفحة 3 من 12');
    expect(i18n.t('en', 'story.page', { page: 3, pages: 12 }, 'arab')).toBe('Page 3 of 12');
    expect(i18n.phrases('ar', 'arab').html('answer.remaining', { count: '5' })).toBe('هناك ٥ إجابات أخرى: اضغط «المزيد».');
  });
});

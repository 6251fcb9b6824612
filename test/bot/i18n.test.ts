import { describe, expect, it } from 'vitest';
import { comparePrompts, createI18n, langOfCode, loadPrompts, uiLang } from '../../src/bot/i18n.js';
import type { Loose } from './harness.js';

describe('prompts/', () => {
  const prompts = loadPrompts();

  it('has the same keys and example ids in English and Arabic, none empty', () => {
    expect(Object.keys(prompts.ar.strings).sort()).toEqual(Object.keys(prompts.en.strings).sort());
    expect(prompts.ar.examples.map((e) => e.id)).toEqual(prompts.en.examples.map((e) => e.id));
    expect(comparePrompts(prompts)).toEqual([]);
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

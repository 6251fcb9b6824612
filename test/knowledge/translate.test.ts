import { afterEach, describe, expect, it } from 'vitest';
import { storyFromDraft } from '../../src/knowledge/draft.js';
import { storyFromFiles } from '../../src/knowledge/story.js';
import { fetchRendering, TranslateError, translateSettings, translateTexts } from '../../src/knowledge/translate.js';
import { ARABIC_ARTICLE, ARABIC_ENGLISH, startTranslateStub, type TranslateStub } from '../support/translate-stub.js';

const story = () => storyFromDraft({ text: ARABIC_ARTICLE, title: 'Denver homes' }, new Set(), '2026-01-01').story;
// A generous timeout: a loaded machine (load 20 while helpers ran) can let 300 ms expire, and a retried request changes what the stub saw.
// The test of a server that never answers sets its own short one.
const fast = { timeoutMs: 5000, retryDelayMs: 10 };
let stub: TranslateStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

/** The TranslateError a promise rejects with (fails the test if it resolves or throws anything else). */
async function failure(p: Promise<unknown>): Promise<TranslateError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(TranslateError);
  return e as TranslateError;
}

describe('translateSettings', () => {
  it('is off without TRANSLATE_URL, or with a blank one: then nothing is ever sent', () => {
    expect(translateSettings({})).toBeUndefined();
    expect(translateSettings({ TRANSLATE_URL: '  ', TRANSLATE_API_KEY: 'k' })).toBeUndefined();
  });

  it('takes the base address (a trailing slash dropped) and the optional key', () => {
    expect(translateSettings({ TRANSLATE_URL: 'http://127.0.0.1:5000/' })).toEqual({ url: 'http://127.0.0.1:5000' });
    expect(translateSettings({ TRANSLATE_URL: 'https://tr.example.org/lt', TRANSLATE_API_KEY: 'secret' })).toEqual({
      url: 'https://tr.example.org/lt',
      apiKey: 'secret',
    });
  });

  it('refuses an address that is not http(s), saying what to write', () => {
    expect(() => translateSettings({ TRANSLATE_URL: 'localhost:5000' })).toThrow(/http:\/\/ or https:\/\//);
    expect(() => translateSettings({ TRANSLATE_URL: 'not a url' })).toThrow(/not an address/);
    expect(() => translateSettings({ TRANSLATE_URL: 'http://me:pw@127.0.0.1:5000' })).toThrow(/put the server's key in TRANSLATE_API_KEY/);
  });
});

describe('Scenario: a LibreTranslate-compatible server renders an Arabic story', () => {
  it('sends the sentences in batches, Arabic to English as plain text, with the key, and writes a marked rendering', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH);
    const settings = { url: stub.url, apiKey: 'secret' };
    const tsv = await fetchRendering(story(), settings, '2026-11-29', { ...fast, batchSize: 2 });
    // Three sentences, two a request: one list of two, then one text alone.
    expect(stub.requests.map((r) => r.body.q)).toEqual([[expect.any(String), expect.any(String)], expect.any(String)]);
    for (const r of stub.requests) {
      expect(r.path).toBe('/translate');
      expect(r.body).toMatchObject({ source: 'ar', target: 'en', format: 'text', api_key: 'secret' });
    }
    const port = new URL(stub.url).port;
    expect(tsv.split('\n')[0]).toBe(`# machine translation: 127.0.0.1:${port}, 2026-11-29`);
    expect(tsv).toContain('1.2\tJohnston said the city council approved the plan after a long debate.\n');
    expect(tsv).toContain('2\tHe added that the homes will go to families who lost their houses in the floods.\n');
    expect(tsv).not.toContain('secret');
    // It loads as the story's rendering, marked as a machine translation.
    const loaded = storyFromFiles('denver', { 'story.txt': `${ARABIC_ARTICLE}\n`, 'story.json': META, 'story.en.tsv': tsv }, '(test)');
    expect(loaded.info.translation).toBe('machine');
    expect(loaded.translations.size).toBe(3);
  });

  it('falls back to one sentence a request when the server refuses lists', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH, 'single');
    const texts = story().sentences.map((s) => s.text);
    const english = await translateTexts(texts, 'ar', 'en', { url: stub.url }, fast);
    expect(english[1]).toBe('Johnston said the city council approved the plan after a long debate.');
    // One refused list, then each sentence alone; later batches do not try a list again.
    expect(stub.requests.map((r) => Array.isArray(r.body.q))).toEqual([true, false, false, false]);
  });
});

describe('Scenario: the server fails', () => {
  it('500: tries again a bounded number of times, then says what the server answered', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH, 'error500');
    const e = await failure(fetchRendering(story(), { url: stub.url }, '2026-11-29', { ...fast, attempts: 3 }));
    expect(e.problem).toMatch(/answered 500: Translation model crashed \(3 tries\)/);
    expect(stub.requests).toHaveLength(3);
  });

  it('a server that never answers: each try times out, and the whole call ends within its bound', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH, 'hang');
    const started = Date.now();
    const e = await failure(translateTexts(['نص'], 'ar', 'en', { url: stub.url }, { timeoutMs: 200, attempts: 2, retryDelayMs: 10 }));
    expect(e.problem).toMatch(/did not answer within 0.2 s \(2 tries\)/);
    expect(stub.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('an answer that is not JSON (an HTML error page): fails at once, pointing at TRANSLATE_URL', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH, 'malformed');
    const e = await failure(translateTexts(['نص'], 'ar', 'en', { url: stub.url }, fast));
    expect(e.problem).toMatch(/did not answer with JSON; is TRANSLATE_URL the address of a LibreTranslate-compatible server\?/);
    expect(stub.requests).toHaveLength(1);
  });

  it('a refused key (403): fails at once and names TRANSLATE_API_KEY', async () => {
    stub = await startTranslateStub(ARABIC_ENGLISH, 'forbidden');
    const e = await failure(translateTexts(['نص'], 'ar', 'en', { url: stub.url, apiKey: 'wrong' }, fast));
    expect(e.problem).toMatch(/refused the request \(403: Invalid API key\); check TRANSLATE_API_KEY/);
    expect(e.problem).not.toContain('wrong');
    expect(stub.requests).toHaveLength(1);
  });

  it('nothing listening: says it could not be reached and what to check', async () => {
    stub = await startTranslateStub();
    const url = stub.url;
    await stub.close();
    stub = undefined;
    const e = await failure(translateTexts(['نص'], 'ar', 'en', { url }, { ...fast, attempts: 2 }));
    expect(e.problem).toMatch(/could not be reached: ECONNREFUSED \(2 tries\)\. Check that TRANSLATE_URL is right/);
  });
});

const META = JSON.stringify({ title: { ar: 'دنفر', en: 'Denver' }, source: 'Test', language: 'ar', published: '2026-01-01', note: 'Test.' });

/**
 * The bot introduces itself: its profile descriptions (set only when they changed, best-effort),
 * /privacy (what is kept, where, for how long, from the configuration), and /reset, which deletes
 * the chat's stored data instead of emptying it.
 */
import { MemorySessionStorage } from 'grammy';
import { describe, expect, it } from 'vitest';
import type { SessionData } from '../../src/bot/context.js';
import { createI18n, loadPrompts } from '../../src/bot/i18n.js';
import { DESCRIPTION_LIMIT, registerProfile, SHORT_DESCRIPTION_LIMIT } from '../../src/bot/profile.js';
import { ALICE, createHarness, type Loose, message, SAMI, sentTexts, visible } from './harness.js';

describe('Scenario: /privacy', () => {
  it('says what is kept, where (from SESSION_STORE) and for how long (from SESSION_TTL_HOURS)', async () => {
    const h = createHarness({ env: { SESSION_STORE: 'memory', SESSION_TTL_HOURS: '168' } });
    await h.send(message('/privacy'));
    const text = visible(sentTexts(h)[0] ?? '');
    expect(text).toContain('your recent questions');
    expect(text).toContain("in the bot's memory only");
    expect(text).toContain('deleted after 7 days without use');
    expect(text).toContain('/reset deletes it at once');
  });

  it('counts hours that are not whole days as hours, with the right plural in both languages', async () => {
    for (const [hours, en, ar] of [
      ['1', '1 hour', 'ساعة واحدة'],
      ['36', '36 hours', '36 ساعة'],
      ['24', '1 day', 'يوم واحد'],
      ['48', '2 days', 'يومين'],
    ] as const) {
      const h = createHarness({ env: { SESSION_TTL_HOURS: hours } });
      await h.send(message('/privacy', { from: ALICE }));
      await h.send(message('/privacy', { from: SAMI }));
      expect(visible(sentTexts(h)[0] ?? '')).toContain(`after ${en} without use`);
      expect(visible(sentTexts(h)[1] ?? '')).toContain(`بعد ${ar} دون استخدام`);
    }
  });
});

describe('Scenario: /reset deletes the chat’s data', () => {
  it('deletes the stored session, /lang choice included, instead of writing an empty one', async () => {
    const inner = new MemorySessionStorage<SessionData>();
    const deleted: string[] = [];
    const storage = {
      read: (k: string) => inner.read(k),
      write: (k: string, v: SessionData) => inner.write(k, v),
      delete: (k: string) => {
        deleted.push(k);
        inner.delete(k);
      },
    };
    const h = createHarness({ storage });
    await h.send(message('/lang ar'));
    await h.send(message('What did Zelensky say?'));
    expect(inner.read(String(ALICE.id))?.lang).toBe('ar');
    h.clear();
    await h.send(message('/reset'));
    // Told in the language in use before the deletion.
    expect(visible(sentTexts(h)[0] ?? '')).toContain('حذفتُ كل ما أحفظه');
    expect(deleted).toEqual([String(ALICE.id)]);
    expect(inner.read(String(ALICE.id))).toBeUndefined();
    h.clear();
    await h.send(message('Will Ukraine join NATO?'));
    expect(sentTexts(h)[0]).toContain('Source:');
  });
});

describe('Scenario: the profile descriptions', () => {
  const i18n = createI18n(loadPrompts());

  function fakeApi(current: Record<string, { description: string; short: string }>, fail = false) {
    const set: string[] = [];
    const api = {
      getMyDescription: async (o: Loose) =>
        fail ? Promise.reject(new Error('500: method not found')) : { description: current[o.language_code ?? '']?.description },
      getMyShortDescription: async (o: Loose) => (fail ? Promise.reject(new Error('500')) : { short_description: current[o.language_code ?? '']?.short }),
      setMyDescription: async (text: string, o: Loose) => void set.push(`description:${o.language_code ?? ''}:${text.slice(0, 10)}`),
      setMyShortDescription: async (text: string, o: Loose) => void set.push(`short:${o.language_code ?? ''}:${text.slice(0, 10)}`),
    } as Loose;
    return { api, set };
  }

  it('sets English (the fallback) and Arabic texts that differ from Telegram’s, and leaves equal ones alone', async () => {
    const { api, set } = fakeApi({
      '': { description: 'old', short: i18n.t('en', 'profile.short') },
      ar: { description: i18n.t('ar', 'profile.description'), short: '' },
    });
    const h = createHarness();
    const outcomes = await registerProfile(api, i18n, h.logger);
    expect(outcomes).toEqual({ 'description:default': 'set', 'short:default': 'unchanged', 'description:ar': 'unchanged', 'short:ar': 'set' });
    expect(set).toEqual([`description::${i18n.t('en', 'profile.description').slice(0, 10)}`, `short:ar:${i18n.t('ar', 'profile.short').slice(0, 10)}`]);
  });

  it('is best-effort: a server without these methods is logged, not fatal', async () => {
    const { api } = fakeApi({}, true);
    const h = createHarness();
    const outcomes = await registerProfile(api, i18n, h.logger);
    expect(Object.values(outcomes)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(h.logs.join('')).toContain('could not set the bot description');
  });

  it('fits Telegram’s limits in both languages and points to /privacy', () => {
    for (const lang of ['en', 'ar'] as const) {
      expect(i18n.t(lang, 'profile.description').length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
      expect(i18n.t(lang, 'profile.short').length).toBeLessThanOrEqual(SHORT_DESCRIPTION_LIMIT);
      expect(i18n.t(lang, 'profile.description')).toContain('/privacy');
    }
  });
});

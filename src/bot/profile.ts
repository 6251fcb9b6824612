/**
 * The bot's profile texts: the description (shown in an empty chat, before Start) and the short
 * description (the profile page and shared links), in English (also the fallback) and Arabic.
 * Set at start-up only when they differ from what Telegram has, best-effort: a Bot API server that
 * lacks these methods (telegram-test-api) or a failure leaves the bot working without them.
 */
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '../text/languages.js';
import type { Lang } from '../types.js';
import type { I18n } from './i18n.js';

/** Telegram's limits for the two texts. */
export const DESCRIPTION_LIMIT = 512;
export const SHORT_DESCRIPTION_LIMIT = 120;

/** What start-up did with one text in one language. */
export type ProfileOutcome = 'set' | 'unchanged' | 'failed';

/**
 * Sets the descriptions that changed. Returns what happened per text and language (for the log and tests).
 */
export async function registerProfile(api: Api, i18n: I18n, logger: Logger): Promise<Record<string, ProfileOutcome>> {
  const outcomes: Record<string, ProfileOutcome> = {};
  // The fallback (no language_code) is English, like the command menu.
  const targets: { language_code?: Lang; lang: Lang }[] = [
    { lang: DEFAULT_LANGUAGE },
    ...LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE).map((code) => ({ language_code: code, lang: code })),
  ];
  for (const { language_code, lang } of targets) {
    const options = language_code === undefined ? {} : { language_code };
    const where = language_code ?? 'default';
    const description = i18n.t(lang, 'profile.description');
    const short = i18n.t(lang, 'profile.short');
    try {
      if ((await api.getMyDescription(options)).description === description) outcomes[`description:${where}`] = 'unchanged';
      else {
        await api.setMyDescription(description, options);
        outcomes[`description:${where}`] = 'set';
      }
    } catch (error) {
      outcomes[`description:${where}`] = 'failed';
      logger.warn({ err: error, language_code }, 'could not set the bot description (the bot works without it)');
    }
    try {
      if ((await api.getMyShortDescription(options)).short_description === short) outcomes[`short:${where}`] = 'unchanged';
      else {
        await api.setMyShortDescription(short, options);
        outcomes[`short:${where}`] = 'set';
      }
    } catch (error) {
      outcomes[`short:${where}`] = 'failed';
      logger.warn({ err: error, language_code }, 'could not set the bot short description (the bot works without it)');
    }
  }
  return outcomes;
}

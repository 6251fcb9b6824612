/**
 * The command menu Telegram shows users, in English (also the fallback) and Arabic.
 */
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { Lang } from '../types.js';
import type { I18n, PromptKey } from './i18n.js';

/** The commands in menu order; each has a "command.<name>" prompt. */
export const COMMANDS = ['ask', 'stories', 'story', 'source', 'lang', 'reset', 'help', 'start'] as const;

/** The command list for one language. */
export function commandList(i18n: I18n, lang: Lang): { command: string; description: string }[] {
  return COMMANDS.map((command) => ({ command, description: i18n.t(lang, `command.${command}` as PromptKey) }));
}

/**
 * Registers the menus with setMyCommands: the default (English), then English and Arabic users.
 * Best-effort: the bot works without a menu, so a failure is logged and start-up goes on.
 */
export async function registerCommands(api: Api, i18n: I18n, logger: Logger): Promise<void> {
  const menus: { language_code?: Lang; lang: Lang }[] = [{ lang: 'en' }, { language_code: 'en', lang: 'en' }, { language_code: 'ar', lang: 'ar' }];
  for (const { language_code, lang } of menus) {
    try {
      await api.setMyCommands(commandList(i18n, lang), language_code === undefined ? {} : { language_code });
    } catch (error) {
      logger.warn({ err: error, language_code }, 'could not register the command menu (the bot works without it)');
    }
  }
}

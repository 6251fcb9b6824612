/**
 * The command menu Telegram shows users, in English (also the fallback) and Arabic; operators get
 * their own menu, with the story commands, in their private chat only (a chat-scoped menu).
 */
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '../text/languages.js';
import type { Lang } from '../types.js';
import type { I18n, PromptKey } from './i18n.js';

/** The commands in menu order; each has a "command.<name>" prompt. */
export const COMMANDS = ['ask', 'stories', 'story', 'source', 'lang', 'reset', 'privacy', 'help', 'start'] as const;
/** What operators see on top of everyone's commands (the remove buttons come with /stories). */
export const OPERATOR_COMMANDS = ['addstory'] as const;

/** The command list for one language; with `operator`, the operators' commands first. */
export function commandList(i18n: I18n, lang: Lang, operator = false): { command: string; description: string }[] {
  const commands = operator ? [...OPERATOR_COMMANDS, ...COMMANDS] : COMMANDS;
  return commands.map((command) => ({ command, description: i18n.t(lang, `command.${command}` as PromptKey) }));
}

/**
 * Registers the menus with setMyCommands: the default (English), then English and Arabic users.
 * Best-effort: the bot works without a menu, so a failure is logged and start-up goes on.
 */
export async function registerCommands(api: Api, i18n: I18n, logger: Logger): Promise<void> {
  const menus: { language_code?: Lang; lang: Lang }[] = [{ lang: DEFAULT_LANGUAGE }, ...LANGUAGE_CODES.map((code) => ({ language_code: code, lang: code }))];
  for (const { language_code, lang } of menus) {
    try {
      await api.setMyCommands(commandList(i18n, lang), language_code === undefined ? {} : { language_code });
    } catch (error) {
      logger.warn({ err: error, language_code }, 'could not register the command menu (the bot works without it)');
    }
  }
}

/**
 * Gives each operator, in their private chat with the bot, the menu with the story commands.
 * Telegram shows a chat-scoped menu to that chat alone, so nobody else learns the commands exist.
 * Best-effort: an operator who has never opened the bot has no chat yet ("chat not found"); their
 * menu appears after the next start-up.
 */
export async function registerOperatorCommands(api: Api, i18n: I18n, operators: readonly number[], logger: Logger): Promise<void> {
  for (const chat_id of operators) {
    for (const language_code of [undefined, ...LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE)]) {
      try {
        const scope = { type: 'chat' as const, chat_id };
        await api.setMyCommands(commandList(i18n, language_code ?? DEFAULT_LANGUAGE, true), language_code === undefined ? { scope } : { scope, language_code });
      } catch (error) {
        logger.warn({ err: error, operator: chat_id, language_code }, "could not set an operator's command menu (they can still type /addstory)");
      }
    }
  }
}

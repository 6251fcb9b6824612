/**
 * Who may change a group's settings (its /lang and its pinned story): the group's administrators,
 * asked of Telegram with getChatMember and remembered briefly, so a burst of presses costs one call.
 * In private chats the user is the only member, so they always may.
 */
import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { BotContext } from './context.js';

/** How long an answer from getChatMember is trusted: a demoted admin loses the right within this. */
export const ADMIN_CACHE_MS = 60_000;
/** Most (chat, user) answers kept; the oldest go first. */
const ADMIN_CACHE_ENTRIES = 10_000;

/** Decides whether the sender of an update may change the chat's settings. */
export interface GroupAdmins {
  /** True in private chats, and in groups for the group's creator and administrators. */
  mayConfigure(ctx: BotContext): Promise<boolean>;
}

/**
 * Creates the check. When Telegram cannot be asked (an error, a time-out), the answer is no: a
 * setting left unchanged is better than one changed by someone who may not.
 */
export function createGroupAdmins(logger: Logger, now: () => number = Date.now): GroupAdmins {
  const cache = new Map<string, { admin: boolean; at: number }>();
  const ask = async (api: Api, chat: number, user: number): Promise<boolean> => {
    const key = `${chat}:${user}`;
    const hit = cache.get(key);
    if (hit !== undefined && now() - hit.at < ADMIN_CACHE_MS) return hit.admin;
    let admin = false;
    try {
      const member = await api.getChatMember(chat, user);
      admin = member.status === 'creator' || member.status === 'administrator';
    } catch (error) {
      logger.warn({ err: error, chat, user }, 'could not ask Telegram whether a user is a group admin; treating them as not');
      return false;
    }
    cache.delete(key);
    cache.set(key, { admin, at: now() });
    if (cache.size > ADMIN_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    return admin;
  };
  return {
    async mayConfigure(ctx) {
      const chat = ctx.chat;
      if (chat === undefined || chat.type === 'private') return true;
      // An anonymous admin posts as the group itself.
      const message = ctx.message ?? ctx.editedMessage;
      if (message?.sender_chat?.id === chat.id) return true;
      const user = ctx.from?.id;
      if (user === undefined) return false;
      return ask(ctx.api, chat.id, user);
    },
  };
}

/**
 * Callback data: what a button sends back when pressed.
 *
 * The client controls callback data, so it only ever holds small ids that point into server-side
 * state (the chat's session, the prompts, the story), never text or refs to trust. Every kind has
 * a strict pattern; anything else is treated as forged. All data is ASCII and at most 64 bytes.
 */
import { isLanguage, LANGUAGE_CODES } from '../text/languages.js';
import type { Lang } from '../types.js';

/** Telegram's limit for callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** A decoded button press. */
export type Press =
  | { readonly kind: 'more'; readonly turn: number }
  | { readonly kind: 'context'; readonly turn: number; readonly index: number }
  /** Pick one of the choices an ambiguous answer offered (its index in the turn's choices). */
  | { readonly kind: 'choice'; readonly turn: number; readonly index: number }
  /** A page of /story; `tag` (storyTag of the id) makes a button made before a story was added or removed stale, not wrong. */
  | { readonly kind: 'story'; readonly story: number; readonly page: number; readonly tag?: string }
  | { readonly kind: 'example'; readonly id: string }
  | { readonly kind: 'lang'; readonly lang: Lang }
  /** A page of the /stories list. */
  | { readonly kind: 'stories'; readonly page: number }
  /** Pin a story (its index in engine.stories) for this chat. */
  | { readonly kind: 'pin'; readonly story: number; readonly tag?: string }
  | { readonly kind: 'unpin' }
  /**
   * Story management (operators only): ask to remove a story, confirm, or keep it. The story is its
   * index in engine.stories plus a tag of its id, so a list made before another story was added or
   * removed can never remove the wrong one.
   */
  | { readonly kind: 'remove'; readonly story: number; readonly tag: string }
  | { readonly kind: 'removeYes'; readonly story: number; readonly tag: string }
  | { readonly kind: 'removeNo' }
  /** A step of /addstory (operators only); `flow` ties the button to the story in progress it was made for. */
  | { readonly kind: 'draft'; readonly flow: number; readonly action: DraftAction };

/** What a button of /addstory's confirmation does. */
export type DraftAction = 'title' | 'source' | `lang-${Lang}` | 'add' | 'cancel';
const DRAFT_ACTIONS: readonly DraftAction[] = ['title', 'source', ...LANGUAGE_CODES.map((code) => `lang-${code}` as const), 'add', 'cancel'];

/** The language codes as alternatives of a pattern ("en|ar"): codes are lowercase letters, nothing to escape. */
const CODES = LANGUAGE_CODES.join('|');

/**
 * A short tag of a story id (FNV-1a, 7 base-36 characters), carried with its index by story buttons:
 * stories come and go while the bot runs, so an index alone may point at another story by the time
 * the button is pressed.
 */
export function storyTag(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Whether a button's story (index and optional tag) is still the story at that index. */
export function sameStory(id: string | undefined, tag: string | undefined): boolean {
  return id !== undefined && (tag === undefined || storyTag(id) === tag);
}

const PATTERNS = {
  more: /^m:(\d{1,9})$/,
  context: /^c:(\d{1,9}):(\d{1,2})$/,
  choice: /^ch:(\d{1,9}):(\d)$/,
  // Story indexes go to five digits: knowledge/ may hold thousands of stories.
  story: /^s:(\d{1,5}):(\d{1,4})(?::([0-9a-z]{7}))?$/,
  example: /^q:([a-z0-9_-]{1,32})$/,
  lang: new RegExp(`^l:(${CODES})$`),
  stories: /^sl:(\d{1,4})$/,
  pin: /^sp:(\d{1,5})(?::([0-9a-z]{7}))?$/,
  unpin: /^su$/,
  remove: /^ra:(\d{1,5}):([0-9a-z]{7})$/,
  removeYes: /^ry:(\d{1,5}):([0-9a-z]{7})$/,
  removeNo: /^rn$/,
  draft: new RegExp(`^d:(\\d{1,9}):(${DRAFT_ACTIONS.join('|')})$`),
} as const;

/** The patterns grammY's `callbackQuery()` filters on, one per kind. */
export const PRESS_PATTERNS: Readonly<Record<Press['kind'], RegExp>> = PATTERNS;

/**
 * Encodes a press as callback data.
 *
 * @throws Error if the result would break Telegram's 64-byte limit (a programming error)
 */
export function encodePress(press: Press): string {
  const data =
    press.kind === 'more'
      ? `m:${press.turn}`
      : press.kind === 'context'
        ? `c:${press.turn}:${press.index}`
        : press.kind === 'choice'
          ? `ch:${press.turn}:${press.index}`
          : press.kind === 'story'
            ? `s:${press.story}:${press.page}${press.tag === undefined ? '' : `:${press.tag}`}`
            : press.kind === 'example'
              ? `q:${press.id}`
              : press.kind === 'lang'
                ? `l:${press.lang}`
                : press.kind === 'stories'
                  ? `sl:${press.page}`
                  : press.kind === 'pin'
                    ? `sp:${press.story}${press.tag === undefined ? '' : `:${press.tag}`}`
                    : press.kind === 'unpin'
                      ? 'su'
                      : press.kind === 'remove'
                        ? `ra:${press.story}:${press.tag}`
                        : press.kind === 'removeYes'
                          ? `ry:${press.story}:${press.tag}`
                          : press.kind === 'removeNo'
                            ? 'rn'
                            : `d:${press.flow}:${press.action}`;
  if (Buffer.byteLength(data) > CALLBACK_DATA_LIMIT || decodePress(data) === undefined)
    throw new Error(`Cannot encode ${JSON.stringify(press)} as callback data: "${data}" is invalid or over 64 bytes`);
  return data;
}

/** Decodes callback data; undefined when it matches no known kind (stale format or forged). */
export function decodePress(data: string | undefined): Press | undefined {
  if (data === undefined) return undefined;
  const more = PATTERNS.more.exec(data);
  if (more) return { kind: 'more', turn: Number(more[1]) };
  const context = PATTERNS.context.exec(data);
  if (context) return { kind: 'context', turn: Number(context[1]), index: Number(context[2]) };
  const choice = PATTERNS.choice.exec(data);
  if (choice) return { kind: 'choice', turn: Number(choice[1]), index: Number(choice[2]) };
  const story = PATTERNS.story.exec(data);
  if (story) return { kind: 'story', story: Number(story[1]), page: Number(story[2]), ...(story[3] === undefined ? {} : { tag: story[3] }) };
  const example = PATTERNS.example.exec(data);
  if (example) return { kind: 'example', id: example[1] ?? '' };
  const lang = PATTERNS.lang.exec(data);
  if (lang && isLanguage(lang[1])) return { kind: 'lang', lang: lang[1] };
  const stories = PATTERNS.stories.exec(data);
  if (stories) return { kind: 'stories', page: Number(stories[1]) };
  const pin = PATTERNS.pin.exec(data);
  if (pin) return { kind: 'pin', story: Number(pin[1]), ...(pin[2] === undefined ? {} : { tag: pin[2] }) };
  if (PATTERNS.unpin.test(data)) return { kind: 'unpin' };
  const remove = PATTERNS.remove.exec(data);
  if (remove) return { kind: 'remove', story: Number(remove[1]), tag: remove[2] ?? '' };
  const removeYes = PATTERNS.removeYes.exec(data);
  if (removeYes) return { kind: 'removeYes', story: Number(removeYes[1]), tag: removeYes[2] ?? '' };
  if (PATTERNS.removeNo.test(data)) return { kind: 'removeNo' };
  const draft = PATTERNS.draft.exec(data);
  const action = DRAFT_ACTIONS.find((a) => a === draft?.[2]);
  if (draft && action !== undefined) return { kind: 'draft', flow: Number(draft[1]), action };
  return undefined;
}

/**
 * Which digits an Arabic reply about a story uses: Arabic-Indic (٠١٢…) when the story itself writes
 * its numbers that way, Western otherwise, so the bot's counts read like the text they sit beside.
 */
import type { Engine, StoryInfo } from '../types.js';
import type { Numerals } from './i18n.js';

/** Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9, Persian and Urdu) digits. */
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const WESTERN_DIGIT = /[0-9]/g;

/**
 * Creates a lookup of each story's digits, worked out once per story (a story that is removed and
 * added again under the same id is looked at afresh).
 */
export function createNumerals(engine: Engine): (storyId: string | undefined) => Numerals {
  const known = new Map<string, { readonly info: StoryInfo; readonly numerals: Numerals }>();
  return (storyId) => {
    const info = storyId === undefined ? undefined : engine.story(storyId);
    if (info === undefined) return 'latn';
    const hit = known.get(info.id);
    if (hit !== undefined && hit.info === info) return hit.numerals;
    const text = engine
      .paragraphs(info.id)
      .flat()
      .map((s) => s.text)
      .join('\n');
    const numerals: Numerals = (text.match(ARABIC_DIGIT)?.length ?? 0) > (text.match(WESTERN_DIGIT)?.length ?? 0) ? 'arab' : 'latn';
    known.set(info.id, { info, numerals });
    return numerals;
  };
}

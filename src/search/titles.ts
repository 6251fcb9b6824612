/**
 * What each story's title names, by index: the keys of its words (a headline's) and of the concepts it
 * names. Ranking reads it (every sentence of a story is partly about its title), and so does the query
 * side (a name the title holds is one the story mentions, even where no sentence writes it). Worked out
 * on first use and kept per index until the index changes in place (forgetTitles).
 */
import type { SearchIndex } from './index.js';

const NO_KEYS: ReadonlySet<string> = new Set();
/** Most content words of a title whose words (not only its names) count as the story's subject: a headline's. */
export const TITLE_WORDS = 12;

/** The keys of each story's title, by index. */
const titleKeysByIndex = new WeakMap<SearchIndex, Array<ReadonlySet<string> | undefined>>();
/** The stories whose title names each key, by index. */
const titleIndex = new WeakMap<SearchIndex, Map<string, number[]>>();

/** Forgets what was worked out over an index: a story added in place may name what an older title does. */
export function forgetTitles(index: SearchIndex): void {
  titleKeysByIndex.delete(index);
  titleIndex.delete(index);
  thingsByIndex.delete(index);
}

/**
 * What a story's title names (its words' keys, when it is no longer than a headline, and its concepts'
 * `c:` keys): every sentence of the story is about it, whether it says so or not ("she" in a story
 * titled "Beyoncé").
 */
export function titleKeys(index: SearchIndex, story: number): ReadonlySet<string> {
  let byStory = titleKeysByIndex.get(index);
  if (byStory === undefined) {
    byStory = [];
    titleKeysByIndex.set(index, byStory);
  }
  let keys = byStory[story];
  if (keys === undefined) {
    const info = index.stories[story]?.info;
    if (info === undefined) keys = NO_KEYS;
    else {
      // Each distinct title once (a story added with one title has it in every language), each read apart.
      const titles = [...new Set(Object.values(info.title))].map((title) => index.analyzer.analyze(title).filter((t) => !t.stop && t.key !== ''));
      const tokens = titles.flat();
      // A title of a headline's length names what the story is about throughout; a longer one (the
      // first sentence standing in for a title when none was given) tells one event, and only the
      // people, places and things it names run through the story.
      const words = titles.every((t) => t.length <= TITLE_WORDS) ? tokens.map((t) => t.key) : [];
      keys = new Set([...words, ...titles.flatMap((t) => index.concepts.find(t, undefined, info.id).map((h) => `c:${h.id}`))]);
    }
    byStory[story] = keys;
  }
  return keys;
}

/** How many things each story's title names, by index (titleThings). */
const thingsByIndex = new WeakMap<SearchIndex, number[]>();

/**
 * How many things a story's title names: its concepts, those whose words overlap counted as one (the
 * parts of one name, each a concept of its own: جمال عبد الناصر, عبد الناصر; *Twilight Princess* of *The
 * Legend of Zelda: Twilight Princess*). The most any one of its titles names.
 */
export function titleThings(index: SearchIndex, story: number): number {
  let byStory = thingsByIndex.get(index);
  if (byStory === undefined) {
    byStory = [];
    thingsByIndex.set(index, byStory);
  }
  let things = byStory[story];
  if (things === undefined) {
    things = 0;
    const info = index.stories[story]?.info;
    for (const title of info === undefined ? [] : new Set(Object.values(info.title))) {
      const tokens = index.analyzer.analyze(title).filter((t) => !t.stop && t.key !== '');
      const spans = index.concepts
        .find(tokens, undefined, info?.id)
        .map((h) => [h.first, h.last] as const)
        .sort((a, b) => a[0] - b[0]);
      let count = 0;
      let end = -1;
      for (const [first, last] of spans) {
        if (first > end) count++;
        end = Math.max(end, last);
      }
      things = Math.max(things, count);
    }
    byStory[story] = things;
  }
  return things;
}

/** The stories whose title names each key (titleKeys). */
export function storiesByTitleKey(index: SearchIndex): ReadonlyMap<string, readonly number[]> {
  let byKey = titleIndex.get(index);
  if (byKey === undefined) {
    byKey = new Map();
    for (let story = 0; story < index.stories.length; story++)
      for (const key of titleKeys(index, story)) {
        const list = byKey.get(key);
        if (list === undefined) byKey.set(key, [story]);
        else list.push(story);
      }
    titleIndex.set(index, byKey);
  }
  return byKey;
}

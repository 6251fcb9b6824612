/**
 * A checker for Telegram's HTML parse mode (core.telegram.org/bots/api#html-style): only the tags
 * Telegram knows, properly nested and closed, no nested blockquotes, `<` and `>` only as tags, `&`
 * only as an entity Telegram accepts, and the text within Telegram's length limit. Returns the
 * problems found (none = Telegram would accept the markup).
 */

/** Tags Telegram's HTML mode accepts. */
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji', 'span']);
const ENTITY = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

/** Lists what is wrong with `html` as a Telegram message of at most `limit` characters. */
export function telegramHtmlProblems(html: string, limit = 4096): string[] {
  const problems: string[] = [];
  if (html.length > limit) problems.push(`too long: ${html.length} > ${limit}`);
  if (html.length === 0) problems.push('empty message');
  const stack: string[] = [];
  let visible = 0;
  for (let i = 0; i < html.length; ) {
    const c = html[i];
    if (c === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) {
        problems.push(`unclosed "<" at ${i}`);
        break;
      }
      const tag = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>$/.exec(html.slice(i, end + 1));
      if (tag === null) problems.push(`malformed tag at ${i}: ${html.slice(i, Math.min(end + 1, i + 40))}`);
      else {
        const [, closing, name = ''] = tag;
        if (!TAGS.has(name)) problems.push(`unknown tag <${name}> at ${i}`);
        if (closing === '/') {
          if (stack.at(-1) !== name) problems.push(`</${name}> at ${i} closes <${stack.at(-1) ?? 'nothing'}>`);
          else stack.pop();
        } else {
          if (name === 'blockquote' && stack.includes('blockquote')) problems.push(`nested blockquote at ${i}`);
          stack.push(name);
        }
      }
      i = end + 1;
      continue;
    }
    if (c === '>') problems.push(`raw ">" at ${i}`);
    if (c === '&') {
      const entity = ENTITY.exec(html.slice(i, i + 12));
      if (entity === null) problems.push(`raw "&" at ${i}`);
      else {
        i += entity[0].length;
        visible++;
        continue;
      }
    }
    visible++;
    i++;
  }
  if (stack.length > 0) problems.push(`unclosed tags: ${stack.join(', ')}`);
  if (visible > limit) problems.push(`visible text too long: ${visible}`);
  return problems;
}

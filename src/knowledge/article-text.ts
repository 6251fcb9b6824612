/**
 * How an article's file is read: its bytes as text, in the encodings an editor's tools save plain text
 * in, and a clear refusal otherwise. Shared by `add-story`, the bot's /addstory and start-up, so an
 * article reads the same whichever way it came in.
 */

/**
 * An article file's bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 with its mark
 * (what Windows Notepad saves as "Unicode"). Otherwise why not: `encoding` for bytes that are neither
 * (an article saved in a legacy code page, Windows-1256 or Latin-1, which read as UTF-8 would become
 * replacement characters, quoted as the story), `binary` for control characters besides tabs and line
 * breaks (a word processor's or PDF file renamed .txt).
 */
export function decodeArticle(bytes: Uint8Array): { readonly text: string } | { readonly problem: 'encoding' | 'binary' } {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // A binary file is rarely valid UTF-8 either: its NUL bytes tell it from a code page's text.
    return { problem: bytes.includes(0) ? 'binary' : 'encoding' };
  }
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return { problem: 'binary' };
  return { text: text.replace(/^\uFEFF/, '') };
}

/** What a reader is told when an article's file is not text, per problem (after the file's name and "is", or a colon). */
export const ARTICLE_TEXT_PROBLEMS = {
  encoding:
    'not UTF-8 text (nor UTF-16 with its mark); save it as UTF-8, or convert it: iconv -f WINDOWS-1256 -t UTF-8 for an Arabic code page, WINDOWS-1252 for a Western one',
  binary: "not plain text (it holds control characters: a word processor's or PDF file?); save the article as plain text, one paragraph a line",
} as const;

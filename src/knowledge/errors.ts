/**
 * The one error type for bad knowledge files. Its message names the file, the line and the problem,
 * so whoever edits the data can fix it without reading code.
 */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
  }
}

/** The 1-based line of a character offset in a text (for JSON parse errors that give a position). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The JSON Lines contract our tools use (`npm run --silent ask -- --json`): one request a line in,
 * exactly one response a line out, in order.
 *
 * In:  {"id": string, "text": string, "chat"?: string, "story"?: string}
 *      (`story`: the id of a loaded story to ask about alone, as a user who picked it; without it the
 *      whole archive is asked)
 * Out: {"id", "abstained", "answers": [{"story", "ref", "label", "text", "score", "context", "parts"?}], "choices"?, "ms"}
 *      or {"id": <id or null>, "error": "..."} for a line that is not a valid request.
 * `label` is the citation as shown ("23", or "23–24.1" when a quotation runs over two sentences);
 * `parts` ([{"ref", "text"}], in story order) is present only then, and `ref`/`text` are the sentence
 * that ranked. `choices` ([{"person", "name", "answer"}]) is present when the question could mean
 * different people's statements; a request whose text is a choice's number picks it.
 */
import type { ChatState, Engine } from '../types.js';

/** Longest request line read; longer lines get an error response. */
export const MAX_LINE = 100_000;

/**
 * Conversations kept at once; past this the least recently used is forgotten (its next line is read
 * as a new conversation). Measured over 50,000 chats of one question each: keeping every chat took
 * +47 MB of heap, this bound +7 MB (a state is about 0.7 KB).
 */
export const MAX_CHATS = 10_000;

/** The conversations of one run, by "chat". */
export interface ChatStates {
  get(chat: string): ChatState | undefined;
  set(chat: string, state: ChatState): void;
  readonly size: number;
}

/**
 * Conversation states with a bound: the least recently used chat is dropped past `max`.
 *
 * @example
 * const chats = createChatStates();
 * for await (const line of lines) out.write(`${answerLine(engine, line, chats, 3)}\n`);
 */
export function createChatStates(max = MAX_CHATS): ChatStates {
  // Map order is recency: a chat read or written moves to the end; the front is the oldest.
  const states = new Map<string, ChatState>();
  return {
    get(chat) {
      const state = states.get(chat);
      if (state !== undefined) {
        states.delete(chat);
        states.set(chat, state);
      }
      return state;
    },
    set(chat, state) {
      states.delete(chat);
      states.set(chat, state);
      if (states.size > max) states.delete(states.keys().next().value as string);
    },
    get size() {
      return states.size;
    },
  };
}

/** Answers one request line; never throws. `chats` holds the conversations of this run. */
export function answerLine(engine: Engine, line: string, chats: ChatStates, top: number): string {
  const t0 = performance.now();
  if (line.length > MAX_LINE) return JSON.stringify({ id: null, error: `line too long (${line.length} characters; at most ${MAX_LINE})` });
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'not valid JSON; expected {"id": "...", "text": "..."}' });
  }
  if (typeof req !== 'object' || req === null || Array.isArray(req)) {
    return JSON.stringify({ id: null, error: 'expected a JSON object {"id": "...", "text": "..."}' });
  }
  const o = req as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : null;
  if (id === null) return JSON.stringify({ id: null, error: '"id" must be a string' });
  if (typeof o.text !== 'string') return JSON.stringify({ id, error: '"text" must be a string' });
  if (o.chat !== undefined && typeof o.chat !== 'string') return JSON.stringify({ id, error: '"chat" must be a string when given' });
  if (o.story !== undefined && typeof o.story !== 'string') return JSON.stringify({ id, error: '"story" must be a string when given' });
  const story = o.story as string | undefined;
  // An id no loaded story has would silently ask the whole archive: say so instead.
  if (story !== undefined && !engine.stories.some((s) => s.id === story)) {
    const known = engine.stories.map((s) => s.id);
    const listed = known.slice(0, 5).join(', ') + (known.length > 5 ? `, … (${known.length} in all)` : '');
    return JSON.stringify({ id, error: `no story "${story}" is loaded; loaded: ${listed}` });
  }
  const chat = o.chat as string | undefined;
  let r: ReturnType<Engine['ask']>;
  try {
    r = engine.ask(o.text, chat === undefined ? undefined : chats.get(chat), { top, ...(story === undefined ? {} : { story }) });
  } catch (error) {
    // The engine promises never to throw; if it does, this line fails and the stream goes on.
    return JSON.stringify({ id, error: `internal error: ${(error as Error)?.message ?? String(error)}` });
  }
  if (r.error !== undefined) process.stderr.write(`engine failure on ${JSON.stringify(id)}: ${r.error.stack ?? r.error.message}\n`);
  if (chat !== undefined) chats.set(chat, r.state);
  const answers = r.answers.map((a) => ({
    story: a.story,
    ref: a.ref,
    label: a.label,
    text: a.text,
    score: a.score,
    ...(a.parts.length > 1 ? { parts: a.parts.map((p) => ({ ref: p.ref, text: p.text })) } : {}),
    context: {
      ...(a.context.before ? { before: { ref: a.context.before.ref, text: a.context.before.text } } : {}),
      ...(a.context.after ? { after: { ref: a.context.after.ref, text: a.context.after.text } } : {}),
    },
  }));
  const ms = Math.round((performance.now() - t0) * 1000) / 1000;
  const choices = r.choices?.map((c) => ({ person: c.person, name: c.name, answer: c.answer }));
  return JSON.stringify({ id, abstained: r.abstained, answers, ...(choices === undefined ? {} : { choices }), ms });
}

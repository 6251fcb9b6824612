import { describe, expect, it } from 'vitest';
import { loadEngine } from '../src/engine.js';

const engine = loadEngine();

describe('engine: bad input gets a clear answer, never an exception', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['emoji', '😀🔥👍🏽'],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['control and bidi characters', '\u0000\u0007\u202E\u2066\u200F\uFEFF'],
    ['stop words only', 'what is the of and'],
    ['Arabic stop words only', 'ماذا عن هذا في'],
    ['HTML', '<b>hello</b><script>alert(1)</script>'],
    ['prototype keys', '__proto__ constructor toString'],
    ['lone surrogate', '\uD800 peskov \uDC00'],
    ['a word repeated thousands of times', 'Kursk '.repeat(3000)],
    ['punctuation', '?!؟،؛...'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: answers or abstains within 50 ms`, () => {
      let t0 = performance.now();
      const r = engine.ask(text);
      let ms = performance.now() - t0;
      // Timed again when over: one slow call on a shared machine is the scheduler; a slow input is slow twice.
      if (ms >= 50) {
        t0 = performance.now();
        engine.ask(text);
        ms = Math.min(ms, performance.now() - t0);
      }
      expect(ms).toBeLessThan(50);
      expect(typeof r.abstained).toBe('boolean');
      if (r.abstained) expect(r.answers).toEqual([]);
      expect(r.state.v).toBe(1);
    });
  }

  it('says why: empty input is "empty", stop words only is "no-content"', () => {
    expect(engine.ask('').reason).toBe('empty');
    expect(engine.ask('😀').reason).toBe('empty');
    expect(engine.ask('what is the').reason).toBe('no-content');
    expect(engine.ask('hello how are you').reason).toBe('no-content');
    // Questions to the bot itself, in chat spellings, get the invitation to ask, not "the story does not mention r, u".
    for (const q of ['who r u', 'what can you do?', 'من أنت؟', 'thx']) expect(engine.ask(q).reason, q).toBe('no-content');
  });

  it('still answers a real question wrapped in invisible characters', () => {
    expect(engine.ask('\u200Fwhat did \u202EPeskov say about Kursk?\u2069').answers[0]?.ref).toBe('23');
  });

  it('asked of a story that is not loaded, says the story does not say, not what other stories say', () => {
    const seed = engine.stories[0]?.id as string;
    expect(engine.ask('what did Peskov say about Kursk?', undefined, { story: seed }).answers[0]?.ref).toBe('23');
    const r = engine.ask('what did Peskov say about Kursk?', undefined, { story: 'no-such-story' });
    expect(r.abstained).toBe(true);
    expect(r.reason).toBe('not-in-story');
  });

  it('treats a corrupt state as a fresh conversation', () => {
    const r = engine.ask('what else did he say?', { v: 9, focus: 'x' } as never);
    expect(r.followUp).toBe(false);
  });
});

describe('engine: answers', () => {
  it('quotes sentences verbatim with labels, offsets, context and highlights', () => {
    const r = engine.ask('what did Peskov say about Kursk?');
    const a = r.answers[0];
    expect(a?.ref).toBe('23');
    expect(a?.text).toBe('وقال المتحدث باسم بوتين بيسكوف إن هذا “مستحيل”.');
    // Peskov's "impossible" runs on into the quotation of ¶24: both are quoted, under one label.
    expect(a?.label).toBe('23–24.1');
    expect(a?.parts.map((p) => p.ref)).toEqual(['23', '24.1']);
    expect(a?.parts[1]?.text).toBe('“لم تناقش روسيا أبدًا ولن تناقش تبادل أراضيها.');
    // The context is around the whole quotation.
    expect(a?.context.before?.ref).toBe('22');
    expect(a?.context.after?.ref).toBe('24.2');
    const marked = a?.highlights.map((h) => a.text.slice(h.start, h.end)) ?? [];
    expect(marked).toContain('بيسكوف');
    const en = a?.translationHighlights.map((h) => a.translation?.slice(h.start, h.end)) ?? [];
    expect(en).toContain('Peskov');
  });

  it('names what the story does not mention', () => {
    const r = engine.ask('What did Macron say?');
    expect(r.abstained).toBe(true);
    expect(r.reason).toBe('not-in-story');
    expect(r.unknown).toContain('Macron');
    expect(engine.ask('capital of Japan?').unknown.map((u) => u.toLowerCase())).toContain('japan');
  });

  it('pages through further answers with "more" and "المزيد"', () => {
    const first = engine.ask('Zelensky', undefined, { top: 2 });
    expect(first.answers).toHaveLength(2);
    expect(first.remaining).toBeGreaterThan(0);
    const next = engine.ask('more', first.state, { top: 2 });
    expect(next.more).toBe(true);
    expect(next.answers[0]?.ref).not.toBe(first.answers[0]?.ref);
    const again = engine.ask('المزيد', next.state, { top: 2 });
    const seen = [...first.answers, ...next.answers, ...again.answers].map((a) => a.ref);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('says when there is nothing more', () => {
    const r = engine.ask('more');
    expect(r.abstained).toBe(true);
    expect(r.reason).toBe('no-more');
  });

  it('keeps the state small and JSON-serializable', () => {
    let state = engine.newState();
    for (const q of ['What did Peskov say about Kursk?', 'what else did he say?', 'and Trump?', 'more', 'وماذا عن الضمانات الأمنية؟']) {
      state = engine.ask(q, state).state;
    }
    const json = JSON.stringify(state);
    expect(JSON.parse(json)).toEqual(state);
    expect(json.length).toBeLessThan(4000);
  });

  it('exposes sentences, neighbours and paragraphs by label', () => {
    const id = engine.stories[0]?.id as string;
    expect(engine.sentence(id, '24.2')?.text).toBe('سيتم طرد الوحدات الأوكرانية من هذه المنطقة.');
    expect(engine.around(id, '23').map((s) => s.ref)).toEqual(['22', '23', '24.1']);
    expect(engine.paragraphs(id)[23]?.map((s) => s.ref)).toEqual(['24.1', '24.2', '24.3']);
    expect(engine.sentence(id, '99')).toBeUndefined();
    expect(engine.sentence('nope', '1')).toBeUndefined();
  });
});

describe('engine: a question that could mean two people', () => {
  it("shows each person's answer it offers, one shown before in the conversation too", () => {
    const id = engine.stories[0]?.id as string;
    const fresh = engine.ask('what did he say about elections?');
    expect(fresh.choices?.map((c) => c.person)).toEqual(['trump', 'zelensky']);
    expect(fresh.answers.map((a) => a.ref)).toEqual(['27', '28']);
    // Zelensky's sentence was shown earlier (a conversation whose people have aged out of its focus):
    // it was left out, and the second choice offered had no answer to go with its number.
    const later = engine.ask('what did he say about elections?', { ...engine.newState(), seen: [`${id}#28`] });
    expect(later.choices?.map((c) => c.answer)).toEqual([0, 1]);
    expect(later.answers.map((a) => a.ref)).toEqual(['27', '28']);
  });
});

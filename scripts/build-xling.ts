/**
 * Builds the cross-language benchmark in test/eval/xling/ from two public SQuAD-format files:
 *
 *   node --import tsx scripts/build-xling.ts <arcd.json> <squad-train-v1.1.json> [--worksheet <dir>]
 *   node --import tsx scripts/build-xling.ts <arcd.json> --fresh
 *   node --import tsx scripts/build-xling.ts --fresh-en <squad-train.json>
 *   node --import tsx scripts/build-xling.ts <arcd.json> --fresh2
 *   node --import tsx scripts/build-xling.ts --fresh-en-later <squad-train.json>
 *
 * - ARCD (data/arcd.json of the SOQAL repository): Arabic Wikipedia articles and crowd questions.
 * - SQuAD v1.1 train (train-v1.1.json, or a byte prefix of it: articles cut off at the end are skipped).
 * - For --fresh-en: a SQuAD v1.1 or v2.0 train file (or part of one) holding articles the main benchmark
 *   does not use (SQUAD_MAIN_TITLES).
 *
 * It writes stories/{ar,en}/<id>/story.{txt,json} exactly as a user would add them, the dataset's own
 * questions (ar-ar.jsonl, en-en.jsonl), and joins the hand-written questions in authored/ (our own text:
 * cross-language questions keyed by the dataset question they rephrase, and out-of-scope questions keyed
 * by story) into en-ar.jsonl, ar-en.jsonl and the out-of-scope lines of every direction. Every choice is
 * a fixed seeded shuffle, so the same inputs give the same files. Only this build reads the inputs: the
 * benchmark itself needs nothing but the files it writes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from '../bench/archive.js';
import { segmentParagraph, segmentStory } from '../src/knowledge/segment.js';

const OUT = join(import.meta.dirname, '..', 'test', 'eval', 'xling');
const SEED = 20261129;
/** ARCD articles kept (each has three paragraphs and nine questions). */
const ARCD_ARTICLES = 45;
/** ARCD articles of the fresh development set (test/eval/xling-fresh): the next ones of the same shuffle. */
const ARCD_FRESH = 40;
const FRESH_OUT = join(import.meta.dirname, '..', 'test', 'eval', 'xling-fresh');
/** ARCD articles of the second fresh development set (test/eval/xling-fresh2): every place after the first fresh set's. */
const ARCD_FRESH2 = 70;
const FRESH2_OUT = join(import.meta.dirname, '..', 'test', 'eval', 'xling-fresh2');
/** SQuAD articles are long: each is cut into parts of this many paragraphs, at most SQUAD_PARTS of them. */
const SQUAD_PART_PARAGRAPHS = 10;
const SQUAD_PARTS = 4;
/** SQuAD questions kept per story part (the dataset has about five a paragraph). */
const SQUAD_PER_STORY = 15;
/**
 * The SQuAD train articles of the main benchmark (the ones complete in its 1,280,000-byte prefix of
 * train-v1.1.json): the fresh English set (--fresh-en) takes any other article of a train file.
 */
const SQUAD_MAIN_TITLES = new Set([
  'University_of_Notre_Dame',
  'Beyoncé',
  'Montana',
  'Genocide',
  'Antibiotics',
  'Frédéric_Chopin',
  'Sino-Tibetan_relations_during_the_Ming_dynasty',
  'IPod',
  'The_Legend_of_Zelda:_Twilight_Princess',
  'Spectre_(2015_film)',
  '2008_Sichuan_earthquake',
]);
/**
 * The later-paragraphs English set (test/eval/xling-fresh3, --fresh-en-later): part 5 (paragraphs 41–50),
 * which no earlier set takes, of these development articles (the benchmark's development articles and the
 * fresh English set's); the held-out articles (Frédéric Chopin, Zelda, Spectre) are never taken.
 */
const SQUAD_LATER_TITLES = new Set([
  'Beyoncé',
  'Sino-Tibetan_relations_during_the_Ming_dynasty',
  'IPod',
  '2008_Sichuan_earthquake',
  'New_York_City',
  'To_Kill_a_Mockingbird',
]);
const FRESH3_OUT = join(import.meta.dirname, '..', 'test', 'eval', 'xling-fresh3');
/** Share of story groups held out. */
const HOLDOUT = 0.3;
/** ARCD questions left out: the question text is garbled beyond use. */
const ARCD_EXCLUDE = new Set(['570270067558', '62262456042']);
/** SQuAD questions left out of en-en: most lean on a context the question does not give ("this hiatus", "these women"). */
const SQUAD_EXCLUDE = new Set([
  '56bf9c70a10cfb14005511bc',
  '56bf9dbda10cfb14005511c6',
  '56bfb10da10cfb1400551249',
  '56bfb1fca10cfb1400551253',
  '5733f18ad058e614000b6644',
  '5731bbe8e17f3d1400422344',
  '57302106a23a5019007fcdfa',
  '57302106a23a5019007fcdfb',
  '56cee5f0aab44d1400b88c2e',
  '56cdca7862d2951400fa6828',
  '56cdd10962d2951400fa68a2',
  '56d5324d2593cc1400307ac5',
  // the gold sentence does not answer it and no other sentence holds the answer's words
  '56ccde7862d2951400fa64d9',
  '56cf597faab44d1400b890c8',
  '56cdd83862d2951400fa68e1',
]);
/**
 * Answers the dataset marked on the wrong occurrence of their words (the right words appear in another
 * sentence of the paragraph, the one that answers the question): question id → [a phrase unique in the
 * paragraph, the answer inside it]. Found by listing answers whose words also stand in a sentence sharing
 * more of the question's words, then read one by one.
 */
const FIX: Record<string, [string, string]> = {
  // ARCD
  '853401446435': ['والإنفلونزا الأسبانية عام 1918', 'عام 1918'],
  '890104053823': ['قناة السويس سنة 1956', 'سنة 1956'],
  '199638825716': ['المتحدة مع سوريا (1958 - 1961)', '1958 - 1961'],
  '572835612010': ['واحتضنت العاصمة موسكو', 'العاصمة موسكو'],
  '349321644783': ['وتكون الاتحاد السوفيتي', 'الاتحاد السوفيتي'],
  // SQuAD
  '56d318f359d6e41400146238': ['never felt fully comfortable speaking French', 'French'],
  '56d4bf242ccc5a1400d831c0': ['alter ego Sasha Fierce', 'Sasha Fierce'],
  '56d4baf92ccc5a1400d8317f': ['recording Destiny Fulfilled, the final', 'Destiny Fulfilled'],
  '56bf8fc1a10cfb1400551175': ['"Crazy in Love", featuring Jay Z', 'Jay Z'],
  '56cc36926d243a140015eed1': ["Until the Tibetan Empire's collapse", 'Tibet'],
  '56cd5ccc62d2951400fa6532': ['Changchub Gyaltsen divided', 'Changchub Gyaltsen'],
  '56cd62e262d2951400fa6562': ['Tsongkhapa wrote a letter', 'Tsongkhapa'],
  '56cfb353234ae51400d9be9a': ['added audio input jacks as standard', 'audio input jacks'],
  '56cfb7f9234ae51400d9bed8': ['The 3rd-generation iPod Shuffle does not have', 'Shuffle'],
  '56cfb97c234ae51400d9bf03': ['that do not use DRM', 'DRM'],
  '56d12adf17492d1400aabb2a': ['Midna is revealed to be the true ruler', 'Midna'],
  '56cf58c1aab44d1400b890ab': ['released worldwide in March 2015', 'March 2015'],
  '56cebae8aab44d1400b88941': ['Another 700 students', '700'],
  '56d521ee2593cc1400307aa0': ['Five security guards', 'Five'],
};

interface Qa {
  id: string;
  question: string;
  answers: { text: string; answer_start: number }[];
  /** SQuAD v2.0: the paragraph does not answer the question (its `answers` is empty). */
  is_impossible?: boolean;
}
interface Article {
  title: string;
  paragraphs: { context: string; qas: Qa[] }[];
}
interface StoryOut {
  id: string;
  group: string;
  lang: 'ar' | 'en';
  text: string;
  meta: Record<string, unknown>;
}
interface Question {
  id: string;
  story: string;
  text: string;
  answer: string | null;
  offset?: number;
  split?: string;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  // mulberry32 (bench/archive.ts): the same shuffle on every machine.
  const r = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Collapses whitespace runs to one space and trims; `map[i]` is where original index i lands. */
function normalize(src: string): { text: string; map: number[] } {
  const map: number[] = [];
  let text = '';
  let pendingSpace = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (/\s/u.test(ch)) {
      map.push(text.length + (pendingSpace || text === '' ? 0 : 1));
      if (text !== '') pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      pendingSpace = false;
    }
    map.push(text.length);
    text += ch;
  }
  map.push(text.length);
  return { text, map };
}

/** Reads the complete article objects of a SQuAD file, also from a file cut off part-way. */
function readArticles(src: string): Article[] {
  try {
    return (JSON.parse(src) as { data: Article[] }).data;
  } catch {
    const out: Article[] = [];
    let i = src.indexOf('[');
    for (;;) {
      while (i < src.length && src[i] !== '{') i++;
      if (i >= src.length) break;
      let depth = 0;
      let inString = false;
      let j = i;
      for (; j < src.length; j++) {
        const c = src[j];
        if (inString) {
          if (c === '\\') j++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) break;
      }
      if (j >= src.length) break; // the cut-off article
      out.push(JSON.parse(src.slice(i, j + 1)) as Article);
      i = j + 1;
    }
    return out;
  }
}

const AR_LATIN: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ' ': '-',
};

function slug(title: string): string {
  const latin = [...title.normalize('NFKD').replace(/\p{M}/gu, '')].map((c) => AR_LATIN[c] ?? c).join('');
  return latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * Builds a story from paragraphs and places every question's answer in it. A sentence that repeats an
 * earlier one word for word (ARCD's excerpts often restate the article's opening) is left out, and its
 * questions point at the first occurrence, so every answer has one gold sentence. Answers that cannot be
 * found or do not lie inside one sentence are dropped.
 */
function place(
  paragraphs: { context: string; qas: Qa[] }[],
  cleanQuestion: (q: string) => string,
): { text: string; questions: { qid: string; text: string; answer: string; offset: number }[]; dropped: number } {
  const lines: string[] = [];
  const questions: { qid: string; text: string; answer: string; offset: number }[] = [];
  const seen = new Map<string, number>();
  let dropped = 0;
  let base = 0;
  for (const p of paragraphs) {
    const { text, map } = normalize(p.context);
    const sentences = segmentParagraph(text, 1, 0, 0).sentences;
    // Where each sentence of the paragraph sits in the story: its own place, or its first occurrence.
    const at: number[] = [];
    const kept: string[] = [];
    let cursor = base;
    for (const s of sentences) {
      const first = seen.get(s.text);
      if (first !== undefined) {
        at.push(first);
        continue;
      }
      if (kept.length > 0) cursor++;
      at.push(cursor);
      seen.set(s.text, cursor);
      kept.push(s.text);
      cursor += s.text.length;
    }
    for (const qa of p.qas) {
      if (ARCD_EXCLUDE.has(qa.id)) {
        dropped++;
        continue;
      }
      const fix = FIX[qa.id];
      const at0 = fix ? p.context.indexOf(fix[0]) : -1;
      if (fix && at0 < 0) throw new Error(`FIX ${qa.id}: "${fix[0]}" is not in its paragraph`);
      const a = fix ? { text: fix[1], answer_start: at0 + fix[0].indexOf(fix[1]) } : qa.answers[0];
      const raw = a?.text.trim() ?? '';
      const question = cleanQuestion(qa.question);
      if (!a || raw === '' || question === '') {
        dropped++;
        continue;
      }
      let start = a.answer_start + (a.text.length - a.text.trimStart().length);
      if (p.context.slice(start, start + raw.length) !== raw) {
        // A few offsets are off by some characters: take the nearest occurrence of the answer text.
        let best = -1;
        for (let k = p.context.indexOf(raw); k >= 0; k = p.context.indexOf(raw, k + 1)) {
          if (best < 0 || Math.abs(k - start) < Math.abs(best - start)) best = k;
        }
        if (best < 0) {
          dropped++;
          continue;
        }
        start = best;
      }
      const from = map[start] as number;
      const to = map[start + raw.length] as number;
      const i = sentences.findIndex((s) => from >= s.start && from < s.end);
      const s = sentences[i];
      // The answer must lie in one sentence; punctuation running past the sentence's end is cut off.
      if (!s || (to > s.end && !/^[\s.,،؛;:)"”»]*$/u.test(text.slice(s.end, to)))) {
        dropped++;
        continue;
      }
      const answer = text.slice(from, Math.min(to, s.end)).trim();
      questions.push({ qid: qa.id, text: question, answer, offset: (at[i] as number) + (from - s.start) });
    }
    if (kept.length > 0) {
      const line = kept.join(' ');
      lines.push(line);
      base += line.length + 1;
    }
  }
  return { text: `${lines.join('\n')}\n`, questions, dropped };
}

function cleanArabicQuestion(q: string): string {
  let t = q.replace(/\s+/gu, ' ').trim();
  t = t.replace(/^[-–—\s]+/u, '');
  // Some ARCD questions carry stray letters after the question mark ("… ؟ ال").
  const qm = t.lastIndexOf('؟');
  if (qm >= 0 && t.length - qm <= 4) t = t.slice(0, qm + 1);
  return t.replace(/\s+؟$/u, '؟').trim();
}

/**
 * The ARCD articles of the seeded shuffle from place `from` (0-based) to `to` (exclusive), each one story
 * numbered from `from + 1` in the order of the source file, with its own questions (ar-ar).
 */
function arcdStories(
  arcd: readonly Article[],
  from: number,
  to: number,
): { stories: StoryOut[]; questions: Question[]; qinfo: Map<string, { story: string; answer: string; offset: number; text: string }>; dropped: number } {
  const stories: StoryOut[] = [];
  const questions: Question[] = [];
  const qinfo = new Map<string, { story: string; answer: string; offset: number; text: string }>();
  let dropped = 0;
  const arcdPick = shuffle(
    arcd.map((_, i) => i),
    SEED,
  )
    .slice(from, to)
    .sort((a, b) => a - b);
  arcdPick.forEach((i, n) => {
    const art = arcd[i] as Article;
    const id = `arcd-${String(from + n + 1).padStart(3, '0')}-${slug(art.title)}`;
    const placed = place(art.paragraphs.slice(0, 20), cleanArabicQuestion);
    dropped += placed.dropped;
    stories.push({
      id,
      group: id,
      lang: 'ar',
      text: placed.text,
      meta: {
        title: { ar: art.title, en: art.title },
        source: 'Wikipedia (via ARCD)',
        language: 'ar',
        published: '2019-08-01',
        note: 'Arabic Wikipedia text as given in the ARCD question-answering dataset (Mozannar et al., 2019); Wikipedia text is CC BY-SA. Quoted as given, typos included.',
        url: `https://ar.wikipedia.org/wiki/${encodeURIComponent(art.title.replace(/ /g, '_'))}`,
      },
    });
    for (const q of placed.questions) {
      questions.push({ id: `ar-ar-${q.qid}`, story: id, text: q.text, answer: q.answer, offset: q.offset });
      qinfo.set(q.qid, { story: id, answer: q.answer, offset: q.offset, text: q.text });
    }
  });
  return { stories, questions, qinfo, dropped };
}

/**
 * Writes a fresh development set under `out`: its stories in place of the language's old ones (a folder
 * may hold both languages: xling-fresh has the fresh Arabic and English sets), and its questions, all
 * "dev", after checking that each answer stands at its offset.
 * @returns the questions written
 */
function writeFreshSet(
  out: string,
  lang: 'ar' | 'en',
  direction: 'ar-ar' | 'en-en',
  stories: readonly StoryOut[],
  questions: readonly Question[],
): readonly Question[] {
  rmSync(join(out, 'stories', lang), { recursive: true, force: true });
  for (const s of stories) {
    const dir = join(out, 'stories', s.lang, s.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'story.txt'), s.text);
    writeFileSync(join(dir, 'story.json'), `${JSON.stringify(s.meta, null, 2)}\n`);
  }
  const text = new Map(stories.map((s) => [s.id, s.text]));
  for (const q of questions) {
    if (q.answer !== null && text.get(q.story)?.slice(q.offset, (q.offset ?? 0) + (q.answer ?? '').length) !== q.answer) {
      throw new Error(`${direction} ${q.id}: the answer is not at its offset`);
    }
  }
  const all = questions.map((q) => ({ ...q, split: 'dev' }));
  writeFileSync(join(out, `${direction}.jsonl`), all.map((q) => JSON.stringify(q)).join('\n') + (all.length ? '\n' : ''));
  return all;
}

/**
 * A fresh development set: the ARCD articles of places `from`..`to` of the same shuffle, after those of the
 * main benchmark, built the same way; Arabic → Arabic only, all "dev". `xling-fresh/` (places 46–85) was
 * written after the main benchmark's dev stories had been tuned on, `xling-fresh2/` (places 86–155) after
 * the first fresh set had been: each estimates a new Arabic story. Out-of-scope questions written for the
 * set (our own text) are read from `<out>/authored/oos-ar-ar.tsv` ("<story id><TAB><question>").
 */
function buildFresh(arcdFile: string, from: number, to: number, out: string, earlier: readonly string[] = []): void {
  const arcd = readArticles(readFileSync(arcdFile, 'utf8'));
  const built = arcdStories(arcd, from, to);
  // ARCD holds some Wikipedia articles twice, as different excerpts: a story sharing a paragraph with an
  // earlier set (or an earlier story of this one) would not be new, so it is left out with its questions.
  const seen = new Set<string>();
  for (const dir of earlier) {
    const root = join(dir, 'stories', 'ar');
    // Not a dot folder (the name cache, .cache/).
    for (const id of readdirSync(root).filter((f) => !f.startsWith('.'))) {
      for (const p of readFileSync(join(root, id, 'story.txt'), 'utf8').split('\n')) if (p.trim() !== '') seen.add(p);
    }
  }
  const repeats = new Set<string>();
  for (const s of built.stories) {
    const paragraphs = s.text.split('\n').filter((p) => p.trim() !== '');
    if (paragraphs.some((p) => seen.has(p))) repeats.add(s.id);
    for (const p of paragraphs) seen.add(p);
  }
  if (repeats.size > 0) console.log(`left out (a paragraph already in an earlier story): ${[...repeats].join(' ')}`);
  const stories = built.stories.filter((s) => !repeats.has(s.id));
  const questions = built.questions.filter((q) => !repeats.has(q.story));
  const ids = new Set(stories.map((s) => s.id));
  let authored = '';
  try {
    authored = readFileSync(join(out, 'authored', 'oos-ar-ar.tsv'), 'utf8');
  } catch {
    // no out-of-scope questions written for this set
  }
  const oos: Question[] = authored
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l, i) => {
      const tab = l.indexOf('\t');
      const story = l.slice(0, tab).trim();
      if (tab < 0) throw new Error(`authored/oos-ar-ar.tsv:${i + 1}: expected "<story id><TAB><question>"`);
      if (!ids.has(story)) throw new Error(`authored/oos-ar-ar.tsv:${i + 1}: ${story} is not a story of this set`);
      return { id: `ar-ar-oos-${String(i + 1).padStart(3, '0')}`, story, text: l.slice(tab + 1).trim(), answer: null };
    });
  writeFreshSet(out, 'ar', 'ar-ar', stories, [...questions, ...oos]);
  console.log(`fresh: ${stories.length} Arabic stories, ar-ar: dev ${questions.length} answerable + ${oos.length} out of scope`);
  console.log(`dataset questions dropped (answer not found, or not inside one sentence): ${built.dropped}`);
}

/**
 * SQuAD articles as stories: each cut into parts of SQUAD_PART_PARAGRAPHS consecutive paragraphs (at most
 * SQUAD_PARTS, from the start), numbered in file order as `<prefix>-NNN-<title>-<part>`, with a seeded
 * sample of SQUAD_PER_STORY of each part's questions (en-en); all parts of one article share a group.
 * SQuAD v2.0's unanswerable questions are not sampled: their paragraph does not answer them.
 */
function squadStories(
  articles: readonly Article[],
  prefix: string,
  version: string,
  firstPart = 0,
  lastPart = SQUAD_PARTS,
): { stories: StoryOut[]; questions: Question[]; qinfo: Map<string, { story: string; answer: string; offset: number; text: string }>; dropped: number } {
  const stories: StoryOut[] = [];
  const questions: Question[] = [];
  const qinfo = new Map<string, { story: string; answer: string; offset: number; text: string }>();
  let dropped = 0;
  let n = 0;
  articles.forEach((art, ai) => {
    const parts = Math.min(lastPart, Math.floor(art.paragraphs.length / SQUAD_PART_PARAGRAPHS));
    const name = decodeURIComponent(art.title).replace(/_/g, ' ');
    for (let k = firstPart; k < parts; k++) {
      n++;
      const id = `${prefix}-${String(n).padStart(3, '0')}-${slug(name)}-${k + 1}`;
      const from = k * SQUAD_PART_PARAGRAPHS;
      const paragraphs = art.paragraphs.slice(from, from + SQUAD_PART_PARAGRAPHS).map((p) => ({ ...p, qas: p.qas.filter((q) => q.is_impossible !== true) }));
      const placed = place(paragraphs, (q) => q.replace(/\s+/gu, ' ').trim());
      dropped += placed.dropped;
      stories.push({
        id,
        group: `${prefix}-${ai}`,
        lang: 'en',
        text: placed.text,
        meta: {
          title: { ar: `${name} (${k + 1})`, en: `${name} (${k + 1})` },
          source: `Wikipedia (via SQuAD ${version})`,
          language: 'en',
          published: version === 'v1.1' ? '2016-06-16' : '2018-06-11',
          note: `English Wikipedia text as given in the SQuAD ${version} training set (Rajpurkar et al., ${version === 'v1.1' ? '2016' : '2018'}), paragraphs ${from + 1}–${from + SQUAD_PART_PARAGRAPHS} of the article; CC BY-SA 4.0.`,
          url: `https://en.wikipedia.org/wiki/${encodeURIComponent(decodeURIComponent(art.title)).replace(/%2C/g, ',')}`,
        },
      });
      const keep = shuffle(placed.questions, SEED + n).slice(0, SQUAD_PER_STORY);
      const order = new Map(placed.questions.map((q, i) => [q.qid, i]));
      keep.sort((a, b) => (order.get(a.qid) ?? 0) - (order.get(b.qid) ?? 0));
      for (const q of placed.questions) qinfo.set(q.qid, { story: id, answer: q.answer, offset: q.offset, text: q.text });
      for (const q of keep) {
        if (SQUAD_EXCLUDE.has(q.qid)) continue;
        questions.push({ id: `en-en-${q.qid}`, story: id, text: q.text, answer: q.answer, offset: q.offset });
      }
    }
  });
  return { stories, questions, qinfo, dropped };
}

/**
 * The fresh English development set (test/eval/xling-fresh/stories/en, en-en.jsonl): the articles of a
 * SQuAD train file that the main benchmark does not use, cut and sampled as the main benchmark's English
 * stories are; English → English only, all "dev". Written after the main benchmark's dev stories had been
 * tuned on, to estimate a new English story.
 */
function buildFreshEnglish(squadFile: string): void {
  const src = JSON.parse(readFileSync(squadFile, 'utf8')) as { version?: string };
  const version = src.version === 'v2.0' ? 'v2.0' : 'v1.1';
  const articles = readArticles(readFileSync(squadFile, 'utf8')).filter((a) => !SQUAD_MAIN_TITLES.has(a.title));
  const { stories, questions, dropped } = squadStories(articles, 'squadf', version);
  const all = writeFreshSet(FRESH_OUT, 'en', 'en-en', stories, questions);
  console.log(`fresh English: ${stories.length} stories from ${articles.length} articles, en-en: dev ${all.length} answerable`);
  console.log(`dataset questions dropped (answer not found, or not inside one sentence): ${dropped}`);
}

/**
 * The later-paragraphs English set (test/eval/xling-fresh3): paragraphs 41–50 of six development articles
 * (SQUAD_LATER_TITLES), text no earlier set holds, with SQuAD's own questions sampled as for every English
 * story; English → English only, all "dev". Written in the fourteenth session, after every earlier English
 * set had been tuned on, to estimate a new English story's paraphrases.
 */
function buildLaterEnglish(squadFile: string): void {
  const src = JSON.parse(readFileSync(squadFile, 'utf8')) as { version?: string };
  const version = src.version === 'v2.0' ? 'v2.0' : 'v1.1';
  const articles = readArticles(readFileSync(squadFile, 'utf8')).filter((a) => SQUAD_LATER_TITLES.has(a.title));
  const { stories, questions, dropped } = squadStories(articles, 'squadl', version, SQUAD_PARTS, SQUAD_PARTS + 1);
  const all = writeFreshSet(FRESH3_OUT, 'en', 'en-en', stories, questions);
  console.log(`later English: ${stories.length} stories from ${articles.length} articles, en-en: dev ${all.length} answerable`);
  console.log(`dataset questions dropped (answer not found, or not inside one sentence): ${dropped}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const [arcdFile, squadFile] = args;
  const wsAt = args.indexOf('--worksheet');
  const worksheet = wsAt >= 0 ? args[wsAt + 1] : undefined;
  const laterAt = args.indexOf('--fresh-en-later');
  if (laterAt >= 0 && args[laterAt + 1]) {
    buildLaterEnglish(args[laterAt + 1] as string);
    return;
  }
  const enAt = args.indexOf('--fresh-en');
  if (enAt >= 0 && args[enAt + 1]) {
    buildFreshEnglish(args[enAt + 1] as string);
    return;
  }
  if (arcdFile && args.includes('--fresh')) {
    buildFresh(arcdFile, ARCD_ARTICLES, ARCD_ARTICLES + ARCD_FRESH, FRESH_OUT);
    return;
  }
  if (arcdFile && args.includes('--fresh2')) {
    const from = ARCD_ARTICLES + ARCD_FRESH;
    buildFresh(arcdFile, from, from + ARCD_FRESH2, FRESH2_OUT, [OUT, FRESH_OUT]);
    return;
  }
  if (!arcdFile || !squadFile) {
    console.error(
      'usage: node --import tsx scripts/build-xling.ts <arcd.json> <squad-train-v1.1.json> [--worksheet <dir>]\n' +
        '       node --import tsx scripts/build-xling.ts <arcd.json> --fresh   (the fresh Arabic set, test/eval/xling-fresh)\n' +
        '       node --import tsx scripts/build-xling.ts --fresh-en <squad-train.json>   (the fresh English set, test/eval/xling-fresh)\n' +
        '       node --import tsx scripts/build-xling.ts <arcd.json> --fresh2  (the second fresh Arabic set, test/eval/xling-fresh2)\n' +
        '       node --import tsx scripts/build-xling.ts --fresh-en-later <squad-train.json>   (later English paragraphs, test/eval/xling-fresh3)',
    );
    process.exit(2);
  }
  const native: Record<'ar' | 'en', Question[]> = { ar: [], en: [] };
  // ARCD: a seeded choice of articles, all three paragraphs and all questions each.
  const arcd = readArticles(readFileSync(arcdFile, 'utf8'));
  const built = arcdStories(arcd, 0, ARCD_ARTICLES);
  const stories: StoryOut[] = built.stories;
  native.ar.push(...built.questions);
  const qinfo = built.qinfo;
  let dropped = built.dropped;

  // SQuAD: every complete article, cut into parts of consecutive paragraphs; a seeded sample of questions each.
  const squad = squadStories(readArticles(readFileSync(squadFile, 'utf8')), 'squad', 'v1.1');
  stories.push(...squad.stories);
  native.en.push(...squad.questions);
  for (const [k, v] of squad.qinfo) qinfo.set(k, v);
  dropped += squad.dropped;

  // Split by story group (an ARCD article; all parts of one SQuAD article together), seeded.
  const split = new Map<string, string>();
  for (const lang of ['ar', 'en'] as const) {
    const groups = [...new Set(stories.filter((s) => s.lang === lang).map((s) => s.group))];
    const order = shuffle(groups, SEED + (lang === 'ar' ? 1 : 2));
    const held = new Set(order.slice(0, Math.round(groups.length * HOLDOUT)));
    for (const s of stories) if (s.lang === lang) split.set(s.id, held.has(s.group) ? 'holdout' : 'dev');
  }

  rmSync(join(OUT, 'stories'), { recursive: true, force: true });
  for (const s of stories) {
    const dir = join(OUT, 'stories', s.lang, s.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'story.txt'), s.text);
    writeFileSync(join(dir, 'story.json'), `${JSON.stringify(s.meta, null, 2)}\n`);
  }
  const storyIds = new Set(stories.map((s) => s.id));
  const storyLang = new Map(stories.map((s) => [s.id, s.lang]));

  const readTsv = (name: string): [string, string][] => {
    let src = '';
    try {
      src = readFileSync(join(OUT, 'authored', name), 'utf8');
    } catch {
      return [];
    }
    return src
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l, i) => {
        const tab = l.indexOf('\t');
        if (tab < 0) throw new Error(`authored/${name}:${i + 1}: expected "<key><TAB><question>"`);
        return [l.slice(0, tab).trim(), l.slice(tab + 1).trim()];
      });
  };
  const written = (name: string, dir: string): Question[] =>
    readTsv(name).map(([qid, text]) => {
      const q = qinfo.get(qid);
      if (!q) throw new Error(`authored/${name}: unknown dataset question ${qid}`);
      return { id: `${dir}-${qid}`, story: q.story, text, answer: q.answer, offset: q.offset };
    });
  const outOfScope = (dir: string, lang: 'ar' | 'en'): Question[] =>
    readTsv(`oos-${dir}.tsv`).map(([story, text], i) => {
      if (!storyIds.has(story) || storyLang.get(story) !== lang) throw new Error(`authored/oos-${dir}.tsv: ${story} is not an ${lang} story`);
      return { id: `${dir}-oos-${String(i + 1).padStart(3, '0')}`, story, text, answer: null };
    });

  const directions: [string, 'ar' | 'en', Question[]][] = [
    ['ar-ar', 'ar', native.ar],
    ['en-ar', 'ar', written('en-ar.tsv', 'en-ar')],
    ['en-en', 'en', native.en],
    ['ar-en', 'en', written('ar-en.tsv', 'ar-en')],
  ];
  const counts: string[] = [];
  for (const [dir, lang, answerable] of directions) {
    const all = [...answerable, ...outOfScope(dir, lang)].map((q) => ({ ...q, split: split.get(q.story) }));
    const text = new Map(stories.map((s) => [s.id, s.text]));
    for (const q of all) {
      if (q.answer !== null && text.get(q.story)?.slice(q.offset, (q.offset ?? 0) + q.answer.length) !== q.answer) {
        throw new Error(`${dir} ${q.id}: the answer is not at its offset`);
      }
    }
    writeFileSync(join(OUT, `${dir}.jsonl`), all.map((q) => JSON.stringify(q)).join('\n') + (all.length ? '\n' : ''));
    const c = (s: string, a: boolean) => all.filter((q) => q.split === s && (q.answer !== null) === a).length;
    counts.push(`${dir}: dev ${c('dev', true)} answerable + ${c('dev', false)} out of scope, holdout ${c('holdout', true)} + ${c('holdout', false)}`);
  }
  const nStories = (lang: string, s: string) => stories.filter((x) => x.lang === lang && split.get(x.id) === s).length;
  console.log(
    `stories: ar ${nStories('ar', 'dev')} dev + ${nStories('ar', 'holdout')} holdout, en ${nStories('en', 'dev')} dev + ${nStories('en', 'holdout')} holdout`,
  );
  console.log(counts.join('\n'));
  console.log(`dataset questions dropped (answer not found, or not inside one sentence): ${dropped}`);

  if (worksheet) {
    // For writing questions by hand: every kept dataset question with its gold sentence.
    mkdirSync(worksheet, { recursive: true });
    for (const [lang, qs] of Object.entries(native)) {
      const lines = qs.map((q) => {
        const st = stories.find((s) => s.id === q.story) as StoryOut;
        const sent = segmentStory(st.text)
          .flatMap((p) => p.sentences)
          .find((s) => (q.offset ?? 0) >= s.start && (q.offset ?? 0) < s.end);
        return `${q.id.slice(6)}\t${q.story}\t${split.get(q.story)}\t${q.text}\t${q.answer}\t${sent?.text}`;
      });
      writeFileSync(join(worksheet, `${lang}.tsv`), `${lines.join('\n')}\n`);
    }
  }
}

main();

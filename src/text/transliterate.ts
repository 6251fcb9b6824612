/**
 * Consonant skeletons for matching names across scripts when the lexicon does not list them.
 *
 * Arabic writes no short vowels and has no letters for p, v, e or o, so "Peskov" and بيسكوف share
 * only their consonants. Both sides are reduced to a Latin consonant skeleton: vowels (and the Arabic
 * long-vowel letters ا و ي inside a word) are dropped, letters that Arabic merges are merged
 * (p → b, v → f, q/c → k, soft c → s, z → s), and doubled letters collapse. "Peskov" and بيسكوف both give "bskf".
 */

// Arabic letters to Latin consonant classes. ع and ء carry no Latin consonant and are dropped;
// ث follows the way English spells it (th → t); خ is kh → k, غ is gh → g, ج is j/g → j. ز, ذ and ظ
// are s, as Latin z is: English writes the voiced s of names and plurals with s, which Arabic writes ز
// (Jenkins, جنكينز; iTunes, آيتونز), and z with z (Zelensky, زيلينسكي). On the cross-language
// benchmark, Arabic → English development 64.2 → 64.7%, held-out 52.3 → 53.4%, nothing else moved.
const AR: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 's',
  ر: 'r',
  ز: 's',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 's',
  غ: 'g',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ا: 'a',
  ء: '',
  ع: '',
};

/**
 * The skeleton of a folded Arabic word (see foldArabic), article removed by the caller.
 * و and ي count as consonants only at the start of the word; elsewhere they are long vowels.
 */
export function arabicSkeleton(word: string): string {
  let out = '';
  // تش writes the sound English spells ch (تشاينا, China): one consonant, as Latin ch is.
  const w = word.includes('تش') ? word.replace(/تش/g, 'ش') : word;
  [...w].forEach((ch, i) => {
    const c = AR[ch];
    if (c === undefined || c === '' || c === 'a') return;
    if ((c === 'w' || c === 'y') && i > 0) return;
    // A final ه is usually taa marbuta (folded), a vowel ending.
    if (c === 'h' && i === w.length - 1 && i > 0) return;
    out += c;
  });
  return collapse(out);
}

/**
 * A folded Latin word's letters with English spelling's digraphs read as the sound they write (ph → f,
 * sh / ch → s, th → t, ck → k, soft c → s, x → ks …), other characters dropped: what both the consonant
 * skeleton and the letters with vowels start from.
 */
function latinSounds(word: string): string {
  return word
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/(sh|sch|ch|tch)/g, 's')
    .replace(/kh/g, 'k')
    .replace(/^wr/, 'r')
    .replace(/gh(?=t)/g, '')
    .replace(/gh/g, 'g')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks');
}

/**
 * The other skeleton a name may have across scripts for its g: Arabic writes g with ج as often as with
 * غ (جوجل and غوغل, *Google*; جورج, *George*), and ج is j in a skeleton. For an Arabic word's skeleton,
 * its j's as g; for a Latin word's, its g's as j; undefined when there is none to turn.
 */
export function jimSkeleton(skeleton: string, script: 'ar' | 'latin'): string | undefined {
  return script === 'ar' ? turned(skeleton, /j/g, 'g') : turned(skeleton, /g/g, 'j');
}

/**
 * The other skeleton of a name with an n before a k (an Arabic word's: read as English ng) or before a g
 * (a Latin word's: read as نك): Arabic has no g and writes ng with نك as often as with نغ (جنكيز,
 * *Genghis*; إنكلترا, *England*). Undefined when it has none.
 */
export function ngSkeleton(skeleton: string, script: 'ar' | 'latin'): string | undefined {
  return script === 'ar' ? turned(skeleton, /nk/g, 'ng') : turned(skeleton, /ng/g, 'nk');
}

/** A skeleton with every match of `from` turned into `to`; undefined when nothing changed. */
function turned(skeleton: string, from: RegExp, to: string): string | undefined {
  const other = skeleton.replace(from, to);
  return other === skeleton ? undefined : other;
}

/** The skeleton of a folded Latin word (lowercase, no accents). */
export function latinSkeleton(word: string): string {
  const w = latinSounds(word);
  let out = '';
  [...w].forEach((ch, i) => {
    if ('aeiou'.includes(ch)) return;
    if ((ch === 'y' || ch === 'w') && i > 0) return;
    out += ({ p: 'b', v: 'f', c: 'k', q: 'k', g: 'g', j: 'j', z: 's' } as Record<string, string>)[ch] ?? ch;
  });
  return collapse(out);
}

function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** How Arabic writes the names of the Latin letters, as an acronym is read out (BBC → بي بي سي). */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'إيه',
  b: 'بي',
  c: 'سي',
  d: 'دي',
  e: 'إي',
  f: 'إف',
  g: 'جي',
  h: 'إتش',
  i: 'آي',
  j: 'جيه',
  k: 'كيه',
  l: 'إل',
  m: 'إم',
  n: 'إن',
  o: 'أو',
  p: 'بي',
  q: 'كيو',
  r: 'آر',
  s: 'إس',
  t: 'تي',
  u: 'يو',
  v: 'في',
  w: 'دبليو',
  x: 'إكس',
  y: 'واي',
  z: 'زد',
};

/**
 * An acronym read out letter by letter in Arabic (BBC → "بي بي سي", FBI → "إف بي آي"), or '' for a
 * word that is not two to five Latin letters.
 */
export function spelledAcronym(word: string): string {
  if (!/^[a-z]{2,5}$/i.test(word)) return '';
  return [...word.toLowerCase()].map((c) => LETTER_NAMES[c]).join(' ');
}

// How Arabic names are romanized, read backwards: each Latin letter group and the Arabic letters it
// may stand for (folded, as foldArabic leaves them), each with a cost: 0 for the usual reading, 1 for a
// less faithful one (a vowel left unwritten, an older convention). Spellings are tried cheapest first.
type Options = readonly (readonly [string, number])[];

const SPELL_CONSONANTS: Readonly<Record<string, Options>> = {
  b: [['ب', 0]],
  p: [
    ['ب', 0],
    ['پ', 0],
  ],
  t: [
    ['ت', 0],
    ['ط', 0],
  ],
  th: [
    ['ث', 0],
    ['ت', 0],
  ],
  d: [
    ['د', 0],
    ['ض', 0],
  ],
  dh: [
    ['ذ', 0],
    ['ض', 0],
  ],
  j: [['ج', 0]],
  g: [
    ['ج', 0],
    ['غ', 0],
    ['ق', 0],
  ],
  gh: [['غ', 0]],
  h: [
    ['ه', 0],
    ['ح', 0],
  ],
  kh: [['خ', 0]],
  k: [
    ['ك', 0],
    ['ق', 0],
  ],
  q: [['ق', 0]],
  c: [
    ['ك', 0],
    ['س', 0],
  ],
  ck: [['ك', 0]],
  ch: [
    ['ش', 0],
    ['تش', 0],
  ],
  ph: [['ف', 0]],
  l: [['ل', 0]],
  m: [['م', 0]],
  n: [['ن', 0]],
  r: [['ر', 0]],
  s: [
    ['س', 0],
    ['ص', 0],
    ['ث', 0],
  ],
  sh: [['ش', 0]],
  z: [
    ['ز', 0],
    ['ظ', 0],
    ['ذ', 0],
  ],
  f: [['ف', 0]],
  // The older loans write v as و (David, داود; Levi, لاوي).
  v: [
    ['ف', 0],
    ['و', 1],
  ],
  w: [['و', 0]],
  y: [['ي', 0]],
  // Alexander is الإسكندر: the cluster written the other way round.
  x: [
    ['كس', 0],
    ['سك', 1],
  ],
};

// Vowel groups inside a word: written long (ا و ي), not written at all, or an ع the Latin leaves out.
const SPELL_VOWELS: Readonly<Record<string, Options>> = {
  a: [
    ['ا', 0],
    ['', 1],
    ['ع', 1],
  ],
  e: [
    ['', 0],
    ['ي', 0],
    ['ا', 1],
  ],
  i: [
    ['ي', 0],
    ['', 1],
  ],
  o: [
    ['و', 0],
    ['', 1],
  ],
  u: [
    ['و', 0],
    ['', 1],
  ],
  ou: [['و', 0]],
  oo: [['و', 0]],
  ee: [['ي', 0]],
  ie: [['ي', 0]],
  ei: [
    ['ي', 0],
    ['اي', 0],
  ],
  ey: [
    ['ي', 0],
    ['اي', 0],
  ],
  ai: [
    ['ي', 0],
    ['اي', 0],
  ],
  ay: [
    ['ي', 0],
    ['اي', 0],
  ],
  aa: [
    ['ا', 0],
    ['اع', 1],
  ],
};

// A vowel group at the end of a word: the long vowel, or the ة (folded ه) or ى (folded ي) of a name.
const SPELL_FINAL_VOWELS: Readonly<Record<string, Options>> = {
  a: [
    ['ا', 0],
    ['ه', 0],
    ['ي', 1],
    ['اء', 1],
  ],
  e: [
    ['', 0],
    ['ه', 0],
    ['ي', 1],
  ],
  i: [['ي', 0]],
  y: [['ي', 0]],
  o: [['و', 0]],
  u: [['و', 0]],
  ou: [['و', 0]],
  oo: [['و', 0]],
  ee: [['ي', 0]],
  ie: [['ي', 0]],
  ei: [
    ['ي', 0],
    ['اي', 0],
  ],
  ey: [
    ['ي', 0],
    ['اي', 0],
  ],
  ai: [
    ['ي', 0],
    ['اي', 0],
  ],
  ay: [
    ['ي', 0],
    ['اي', 0],
  ],
  aa: [
    ['ا', 0],
    ['اء', 1],
  ],
};

// A vowel opening a word is carried by ا or ع (Omar, عمر; Ibrahim, ابراهيم), with its long vowel.
const SPELL_INITIAL_VOWELS: Readonly<Record<string, Options>> = {
  a: [
    ['ا', 0],
    ['ع', 0],
    ['عا', 0],
  ],
  aa: [
    ['ا', 0],
    ['عا', 0],
  ],
  o: [
    ['ا', 0],
    ['ع', 0],
    ['او', 0],
    ['عو', 0],
  ],
  u: [
    ['ا', 0],
    ['ع', 0],
    ['او', 0],
    ['عو', 0],
  ],
  ou: [
    ['او', 0],
    ['عو', 0],
  ],
};

const LETTER_GROUPS = ['kh', 'gh', 'sh', 'th', 'dh', 'ch', 'ph', 'ck', 'ou', 'oo', 'ee', 'ie', 'ei', 'ey', 'ai', 'ay', 'aa'];

/** Most spellings `arabicSpellings` makes of one word: a long name stops there rather than explode. */
const MAX_SPELLINGS = 4096;

/** One way of writing a romanized name in Arabic, and how far it strays from the usual reading. */
export interface ArabicSpelling {
  readonly text: string;
  readonly cost: number;
}

/**
 * The ways Arabic may write a name romanized from it (folded as foldArabic folds), cheapest first:
 * Nasser → ناصر, Gamal → جمال, Osman → عثمان, Husayn → حسين, David → داود. A vowel at the start is
 * carried by ا or ع (Omar, عمر); one inside is long, unwritten or an ع; a final one may be ة or ى.
 * Meant for looking spellings up in a story's words, not as a transliteration to show: most spellings
 * made are not words. A Latin word of fewer than three letters gives none.
 * @param word a folded Latin word (lowercase, no accents)
 */
export function arabicSpellings(word: string): ArabicSpelling[] {
  const w = word.replace(/[^a-z]/g, '').replace(/([b-df-hj-np-tv-z])\1+/g, '$1');
  if (w.length < 3) return [];
  const groups: string[] = [];
  for (let i = 0; i < w.length; ) {
    const two = w.slice(i, i + 2);
    const g = LETTER_GROUPS.includes(two) ? two : (w[i] as string);
    groups.push(g);
    i += g.length;
  }
  let out: ArabicSpelling[] = [{ text: '', cost: 0 }];
  groups.forEach((g, i) => {
    const last = i === groups.length - 1;
    const vowel = /^[aeiou]/.test(g) || (g === 'y' && last && i > 0);
    let options: Options;
    if (!vowel) options = SPELL_CONSONANTS[g] ?? [];
    else if (i === 0)
      options = SPELL_INITIAL_VOWELS[g] ?? [
        ['ا', 0],
        ['ع', 0],
      ];
    else if (last) options = SPELL_FINAL_VOWELS[g] ?? [['', 0]];
    else options = SPELL_VOWELS[g] ?? [['', 0]];
    // A final h after a vowel (Fatimah, Allah) is the ة or nothing.
    if (g === 'h' && last && i > 0)
      options = [
        ['ه', 0],
        ['ح', 0],
        ['', 0],
      ];
    const next: ArabicSpelling[] = [];
    for (const prefix of out)
      for (const [text, cost] of options) if (next.length < MAX_SPELLINGS) next.push({ text: prefix.text + text, cost: prefix.cost + cost });
    out = next;
  });
  const best = new Map<string, number>();
  for (const s of out) if (s.text.length >= 3 && (best.get(s.text) ?? Number.POSITIVE_INFINITY) > s.cost) best.set(s.text, s.cost);
  return [...best].map(([text, cost]) => ({ text, cost })).sort((a, b) => a.cost - b.cost);
}

// Letters with their vowels, for telling apart the names one consonant skeleton spells (see
// spellingDistance): consonants by the skeletons' classes, vowels by three classes (A: a; I: e, i, y;
// U: o, u), since Arabic writes a long vowel with ا, ي or و and leaves short ones unwritten.
const LATIN_CONSONANT: Readonly<Record<string, string>> = { p: 'b', v: 'f', c: 'k', q: 'k', z: 's' };
const LATIN_VOWEL: Readonly<Record<string, string>> = { a: 'A', e: 'I', i: 'I', o: 'U', u: 'U' };

/** A folded Latin word as consonant classes and vowel classes (A, I, U), doubled letters once. */
export function latinLetters(word: string): string {
  const w = latinSounds(word);
  let out = '';
  [...w].forEach((ch, i) => {
    if (ch === 'y' || ch === 'w') out += i === 0 ? ch : ch === 'y' ? 'I' : 'U';
    else out += LATIN_VOWEL[ch] ?? LATIN_CONSONANT[ch] ?? ch;
  });
  return collapse(out);
}

/** A folded Arabic word (article already off) as latinLetters writes a Latin one: ا A, و U, ي I inside. */
export function arabicLetters(word: string): string {
  // An alef opening a word before و or ي only carries that vowel (ايبود, iPod; اوروبا, Europe).
  const w = word.includes('تش') ? word.replace(/تش/g, 'ش') : word;
  const carried = /^ا[وي]/.test(w);
  let out = '';
  [...w].forEach((ch, i) => {
    if (carried && i === 0) return;
    if (ch === 'و' || ch === 'ي') out += i === 0 ? (ch === 'و' ? 'w' : 'y') : ch === 'و' ? 'U' : 'I';
    else if (ch === 'ه' && i === w.length - 1 && i > 0) out += 'A';
    else {
      const c = AR[ch];
      if (c === undefined || c === '') return;
      out += c === 'a' ? 'A' : c;
    }
  });
  return collapse(out);
}

const isVowel = (c: string) => c === 'A' || c === 'I' || c === 'U';

/**
 * How far an Arabic word is from spelling a Latin word, vowels included (both folded; the Arabic word
 * without its article): 0 when every letter agrees (سيتشوان, *Sichuan*). A Latin vowel Arabic leaves
 * unwritten costs little (0.3: لندن, *London*), a long vowel written for another (0.5) or for none
 * (0.7) more, a consonant added, dropped or changed 1. Many names share a short consonant skeleton
 * (سيتشوان and *Sichuan*, *Sony*, *Chen*, *Asian*: "sn"); their letters tell which one a word spells.
 */
export function spellingDistance(arabicWord: string, latinWord: string): number {
  const a = arabicLetters(arabicWord);
  const l = latinLetters(latinWord);
  const m = a.length;
  const n = l.length;
  // d[i][j]: the cost of spelling l's first j letters with a's first i.
  let prev = new Array<number>(n + 1).fill(0);
  for (let j = 1; j <= n; j++) prev[j] = (prev[j - 1] as number) + dropLatin(l[j - 1] as string, j === n);
  for (let i = 1; i <= m; i++) {
    const ca = a[i - 1] as string;
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = (prev[0] as number) + (isVowel(ca) ? 0.7 : 1);
    for (let j = 1; j <= n; j++) {
      const cl = l[j - 1] as string;
      // ج writes g as well as j (جوجل, *Google*; جورجيا, *Georgia*): it spells either.
      const sub = ca === cl || (ca === 'j' && cl === 'g') ? 0 : isVowel(ca) && isVowel(cl) ? 0.5 : 1;
      cur[j] = Math.min((prev[j - 1] as number) + sub, (prev[j] as number) + (isVowel(ca) ? 0.7 : 1), (cur[j - 1] as number) + dropLatin(cl, j === n));
    }
    prev = cur;
  }
  return prev[n] as number;
}

/**
 * The cost of a Latin letter Arabic does not write: a short vowel little, a silent h some, a consonant 1,
 * except a final s, the English plural of a name Arabic writes in the singular (*iPods*, آيبود).
 */
function dropLatin(c: string, last = false): number {
  return isVowel(c) || (last && c === 's') ? 0.3 : c === 'h' ? 0.5 : 1;
}

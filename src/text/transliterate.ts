/**
 * Consonant skeletons for matching names across scripts when the lexicon does not list them.
 *
 * Arabic writes no short vowels and has no letters for p, v, e or o, so "Peskov" and بيسكوف share
 * only their consonants. Both sides are reduced to a Latin consonant skeleton: vowels (and the Arabic
 * long-vowel letters ا و ي inside a word) are dropped, letters that Arabic merges are merged
 * (p → b, v → f, q/c → k, soft c → s), and doubled letters collapse. "Peskov" and بيسكوف both give "bskf".
 */

// Arabic letters to Latin consonant classes. ع and ء carry no Latin consonant and are dropped;
// ث, ذ, ظ follow the way English spells them (th → t, z); خ is kh → k, غ is gh → g, ج is j/g → j.
const AR: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
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

/** The skeleton of a folded Latin word (lowercase, no accents). */
export function latinSkeleton(word: string): string {
  const w = word
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
  let out = '';
  [...w].forEach((ch, i) => {
    if ('aeiou'.includes(ch)) return;
    if ((ch === 'y' || ch === 'w') && i > 0) return;
    out += ({ p: 'b', v: 'f', c: 'k', q: 'k', g: 'g', j: 'j' } as Record<string, string>)[ch] ?? ch;
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

/**
 * Arabic light stemming (after Larkey et al.'s light10, as in Lucene's ArabicStemmer), made safe for
 * names: forms listed in the lexicon as names are "protected" and only lose the clitics in front of them.
 *
 * Input tokens are already folded by `foldArabic` (so ة is ه, ى is ي, أ إ آ are ا).
 */
import type { LanguageData, WordAnalyser } from './analyzer.js';
import { arabicFallbackKeys } from './dictionary.js';
import { foldArabic, normalizeForAnalysis } from './normalize.js';

/** Options for the Arabic stemmer. */
export interface ArabicStemmerOptions {
  /** Folded words that must not be stemmed (names from the lexicon, without the article ال). */
  readonly protectedWords: ReadonlySet<string>;
}

// Proclitics tried, longest first, before checking whether the rest is a protected name:
// conjunctions و (and) and ف (so), prepositions ب (with/in), ل (to/for), ك (like), the article ال,
// and their combinations (وبال = "and with the"). "لل" is ل + ال with the alef dropped (للناتو).
const NAME_PROCLITICS = ['وبال', 'وكال', 'ولل', 'فبال', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

// light10 prefixes: the article with its attached conjunction or preposition, stripped when at least
// two letters remain (three after a conjunction or preposition with the article, whose letters may be
// the word's own: والدة, "mother", is not و + ال + ده). Bare ب ل ك are not stripped from unknown
// words: too many words start with them (بوتين, لندن, كورسك).
const ARTICLE_PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

// light10 suffixes, tried in this order, each stripped once when at least two letters remain:
// ها (her/its), ان (dual), ات (feminine plural), ون / ين (masculine plural), يه (nisba + taa marbuta,
// folded from ية), ه (taa marbuta folded, or "his"), ي (nisba or "my").
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Stems one folded Arabic word. Pure; the same function serves indexing and querying. */
export type ArabicStemmer = ((word: string) => string) & {
  /**
   * Stems of the word without a leading conjunction or preposition (و ف ب ل ك, alone or paired:
   * وب ول فب فل وك), which light10 leaves on unknown words: بلسان → لسان, لتنظيم → تنظيم. Indexing both
   * the stem and these lets "لسان" find "بلسان" without cutting ب from every word that starts with it.
   * Empty for protected names, whose clitics the stemmer already removes.
   */
  variants(word: string): string[];
};

const VERB_SUFFIXES = ['تم', 'نا', 'وا', 'ت'];

// Pronoun suffixes on a noun, longest first: هما (their, two), هم (their), ها (her/its), كم (your),
// نا (our), ه (his).
const POSSESSIVE_SUFFIXES = ['هما', 'هم', 'ها', 'كم', 'نا', 'ه'];

// Pronoun suffixes light10 leaves on a noun: هما (their, two), هم and هن (their), كم (your, plural).
const OWNER_SUFFIXES = ['هما', 'هم', 'هن', 'كم'];

const CLITIC_PAIRS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Creates a light stemmer that leaves the given names intact. */
export function createArabicStemmer(options: ArabicStemmerOptions): ArabicStemmer {
  const keep = options.protectedWords;
  const stem = (word: string): string => {
    if (word.length <= 2) return word;
    // A clitic in front of a name comes off first, even when the lexicon lists the joined form too
    // (للناتو is ناتو): every spelling of the name then meets on one key.
    for (const p of NAME_PROCLITICS) {
      if (word.length - p.length >= 3 && word.startsWith(p) && keep.has(word.slice(p.length))) {
        return word.slice(p.length);
      }
    }
    if (keep.has(word)) return word;
    let w = word;
    // The conjunction و is stripped from words of four letters or more (light10's rule), unless what
    // remains would be too short to be a word.
    let stripped = false;
    for (const p of ARTICLE_PREFIXES) {
      if (w.startsWith(p) && w.length - p.length >= (p.length > 2 ? 3 : 2)) {
        w = w.slice(p.length);
        stripped = true;
        break;
      }
    }
    if (!stripped && w.startsWith('و') && w.length >= 4) w = w.slice(1);
    if (keep.has(w)) return w;
    // One ending of number at most: after ون (يدينون → يدين) the ين left is the word's own, not a
    // second plural.
    let plural = false;
    for (const s of SUFFIXES) {
      if (plural && (s === 'ين' || s === 'ون' || s === 'ات')) continue;
      if (w.length - s.length >= 2 && w.endsWith(s)) {
        w = w.slice(0, -s.length);
        if (s === 'ون' || s === 'ين' || s === 'ات' || s === 'ان') plural = true;
      }
    }
    return w;
  };
  const variants = (word: string): string[] => {
    const full = stem(word);
    if (keep.has(full)) return [];
    const out = new Set<string>();
    // Verb endings light10 leaves on: ت (she / I did: استمرت), وا (they did: قتلوا), تم and نا (you
    // and we did). The stem without them meets the dictionary's and the question's form (استمر).
    for (const s of VERB_SUFFIXES) if (full.endsWith(s) && full.length - s.length >= 3) out.add(full.slice(0, -s.length));
    // A verb whose first root letter is و (ولد, وقع, وصل) loses it to the conjunction rule once an
    // ending makes it four letters (ولدت → لدت): the verb is its three letters without the ending.
    if (word.startsWith('و') && full === stem(word.slice(1)))
      for (const s of VERB_SUFFIXES) if (word.endsWith(s) && word.length - s.length === 3) out.add(word.slice(0, -s.length));
    // Taa marbuta (ة, folded to ه) is written ت before a pronoun suffix: شرعيته ("his legitimacy") is
    // شرعية + ه, حكومتهم is حكومة + هم. Without the suffix and with ه back, the word meets its bare form.
    const taaMarbuta = (w: string) => {
      for (const s of POSSESSIVE_SUFFIXES) {
        const at = w.length - s.length - 1;
        if (at >= 3 && w.endsWith(s) && w[at] === 'ت') {
          const v = stem(`${w.slice(0, at)}ه`);
          if (v !== full && v.length >= 2) out.add(v);
          break;
        }
      }
    };
    taaMarbuta(word);
    // The "five nouns" أب and أخ ("father", "brother") take a long vowel before a pronoun or a second
    // noun: أبوه / أباه ("his father"), أخوها, أبو بكر. Light stemming leaves it on (ابو); the noun is its
    // two letters, as أبيه already stems to (اب).
    if (FIVE_NOUNS.has(full)) out.add(full.slice(0, 2));
    // Light10 strips no pronoun of a plural owner (ابناءهم, "their sons"; كتبكم): the word without it.
    for (const s of OWNER_SUFFIXES) {
      if (full.endsWith(s) && full.length - s.length >= 3) {
        const v = stem(full.slice(0, -s.length));
        if (v !== full && v.length >= 2) out.add(v);
        break;
      }
    }
    // A conjunction before a word whose own letters open like the article, with a pronoun after it
    // (والدها, "her father": و + والد's الد + ها): light10 takes وال for و + the article, and then the
    // pronoun would leave one letter, so it stays (دها). Without the conjunction and the pronoun the
    // word is what it is alone (الد, as والد stems).
    if (/^[وف]ال/.test(word))
      for (const s of POSSESSIVE_SUFFIXES)
        if (word.endsWith(s) && word.length - 1 - s.length >= 3) {
          const v = stem(word.slice(1, -s.length));
          if (v !== full && v.length >= 2) out.add(v);
          break;
        }
    for (const p of CLITIC_PAIRS) {
      if (word.startsWith(p) && word.length - p.length >= 3) {
        const rest = word.slice(p.length);
        const v = stem(rest);
        if (v !== full && v.length >= 2) out.add(v);
        // Both at once: لعضويتها is ل + عضوية + ها.
        taaMarbuta(rest);
      }
    }
    return [...out];
  };
  return Object.assign(stem, { variants });
}

/** أب and أخ with the long vowel of a construct or a pronoun (ابو، ابا، اخو، اخا), folded; see `variants`. */
const FIVE_NOUNS = new Set(['ابو', 'ابا', 'اخو', 'اخا']);

// Letters a derived form adds in front of its root: م (participles and nouns of place: مكالمة, مؤيد),
// ت (تفاعل, تفعيل), ا (افتعل, افعال), and است (استفعل); ي ت ن ا of the imperfect (يقول, تبدأ).
const PATTERN_PREFIXES = ['است', 'مست', 'مت', 'م', 'ت', 'ي', 'ن', 'ا'];

/**
 * A light root of a stemmed Arabic word, for matching across derived forms that light stemming keeps
 * apart: مكالم and كلام (call, speech) → كلم; اجتماع and مجتمع → جمع; جرح and جريح → جرح. Pattern
 * prefixes come off (while more than three letters remain), then the long vowels inside the word
 * (ا و ي) and the ت of the افتعل pattern; a hollow root's middle letter is written ا (قيم, قوم → قام).
 * Not a morphological analysis: weak roots (وصف, قال) come out short or wrong, so roots match with less weight than stems (see SEARCH_DEFAULTS.root).
 * @returns the root, or '' when fewer than three letters are left
 */
export function arabicRoot(stem: string): string {
  // A hamza after ا inside the word is that ا's (قائد, طوائف: قاءد, طواءف): the فاعل of a hollow root and
  // the plural فواعل of one, whose hamza folding writes as ء (قاد, طاف). Not at the end (لقاء, وزراء), nor
  // after another letter (رئيس, whose root رأس also means "head").
  let w = stem.includes('ء') ? stem.replace(/(?<=.)اء(?=.)/g, 'ا') : stem;
  for (const p of PATTERN_PREFIXES) {
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  // افتعل: اجتمع → جتمع → the ت after the first radical (جتمع → جمع), unless a long vowel follows it
  // (مكتوب → كتوب keeps its ت).
  if (w.length >= 4 && w[1] === 'ت' && !'اوي'.includes(w[2] as string)) w = w[0] + w.slice(2);
  if (w.length > 3) {
    const inner = w.slice(1, -1).replace(/[اوي]/g, '');
    // Nothing but long vowels inside (قياد, زيار, بيوت): a hollow root, its middle letter written ا as
    // below (قيادة meets قائد and قاد, بيوت بيت).
    w = w[0] + (inner === '' ? 'ا' : inner) + w[w.length - 1];
  }
  // A hollow root's middle letter is written ا, و or ي by form (أقام, يقيم, مقام, قوم): one spelling, ا,
  // so أقيم ("was held") meets المقامة ("held"). Development Arabic → Arabic 84.4 → 85.1%, held-out
  // story conversations 71.4 → 75.0%, nothing lower.
  if (w.length === 3 && 'اوي'.includes(w[1] as string)) w = `${w[0]}ا${w[2]}`;
  // So is a defective root's last letter (غزا, غزو, غزي: "invaded", the invasion, "was invaded"; دعا,
  // دعوة): one spelling, ا, so الغزو meets غزت (whose fallback is غزا).
  if (w.length === 3 && 'وي'.includes(w[2] as string)) w = `${w.slice(0, 2)}ا`;
  return w.length >= 3 ? w : '';
}

/**
 * The verbal nouns (masdar) of a derived verb's light stem, which light stemming and the light root keep
 * apart from the verb: a question asks "متى استقلت تونس" (when did it become independent) where the story
 * writes "استقلالها" (its independence); "أعلنت" (declared) against "الإعلان" (the declaration).
 * The derived forms whose masdar follows from the verb's letters alone: استفعل → استفعال (استخدم →
 * استخدام; doubled roots استقل → استقلال), افتعل → افتعال (اجتمع → اجتماع, with the ت written ط or د
 * after some letters: اصطدم), انفعل → انفعال (انسحب → انسحاب), أفعل → إفعال (أعلن → إعلان). Hamza is
 * folded to ا. Form I has no predictable masdar; forms II, III and V are left out (their patterns cannot
 * be told from form I's by the letters alone), except form II's present (يفعّل → تفعيل), which
 * differs from form I's only by a shadda and whose masdar is the same event.
 * @returns the masdars as written (unstemmed, folded), none when the stem fits no pattern
 */
export function arabicMasdars(stem: string): string[] {
  const insertAlef = (w: string) => `${w.slice(0, -1)}ا${w.slice(-1)}`;
  if (stem.startsWith('است')) {
    if (stem.length === 6) return [insertAlef(stem)];
    // A doubled root written as two letters: استقل, استمر → استقلال, استمرار.
    if (stem.length === 5) return [`${stem}ا${stem.slice(-1)}`];
    return [];
  }
  if (stem.length === 5 && stem[0] === 'ا' && ('تطد'.includes(stem[2] as string) || stem[1] === 'ن')) return [insertAlef(stem)];
  if (stem.length === 4 && stem[0] === 'ا') return [insertAlef(stem)];
  // The present of form II (يفعّل, the shadda unwritten) → تفعيل: يشخص → تشخيص ("is diagnosed" →
  // "diagnosis"). Form I's present (يكتب) has the same letters; its تفعيل is another word of the root
  // that the stories rarely hold, and the form only counts where they do. Not for a long vowel inside
  // (يقول, يصير: hollow verbs, not form II).
  if (stem.length === 4 && 'يتن'.includes(stem[0] as string) && !'اوي'.includes(stem[1] as string) && !'اوي'.includes(stem[2] as string))
    return [`ت${stem.slice(1, 3)}ي${stem.slice(3)}`];
  return [];
}

/**
 * The singulars a word may be the broken plural of, by its pattern (folded, article off): مفاعل →
 * مفعل / مفعلة (مواضع → موضع), مفاعيل → مفعول / مفعال (مشاريع → مشروع), فواعل → فاعل / فاعلة (فوارق →
 * فارق; بواقي → باقي), تفاعيل → تفعيل (تعاليم → تعليم), فعائل → فعيلة / فعالة (حقائق → حقيقة, رسائل →
 * رسالة; its hamza folded as ء, or typed as ي), أفعال → فعل (أركان → ركن), فعلاء → فاعل (علماء →
 * عالم). Arabic forms these plurals inside the word, which light stemming cannot undo, and the
 * dictionary lists singulars. فعول (شعوب → شعب) is left out: names have its shape (سعود, داود).
 * @returns the singulars as written (unstemmed, folded: ة as ه), none when the word fits no pattern
 */
export function brokenPluralSingulars(word: string): string[] {
  const w = word.replace(/^(ال|وال|فال|بال|لل)(?=.{4})/, '');
  let m = /^م(.)ا(.)(.)$/.exec(w);
  if (m) return [`م${m[1]}${m[2]}${m[3]}`, `م${m[1]}${m[2]}${m[3]}ه`];
  m = /^م(.)ا(.)ي(.)$/.exec(w);
  if (m) return [`م${m[1]}${m[2]}و${m[3]}`, `م${m[1]}${m[2]}ا${m[3]}`];
  m = /^ت(.)ا(.)ي(.)$/.exec(w);
  if (m) return [`ت${m[1]}${m[2]}ي${m[3]}`];
  m = /^(.)وا(.)ي$/.exec(w);
  if (m) return [`${m[1]}ا${m[2]}ي`];
  m = /^(.)وا(.)(.)$/.exec(w);
  if (m) return [`${m[1]}ا${m[2]}${m[3]}`, `${m[1]}ا${m[2]}${m[3]}ه`];
  m = /^(.)(.)ا[ءي](.)$/.exec(w);
  if (m) return [`${m[1]}${m[2]}ي${m[3]}ه`, `${m[1]}${m[2]}ا${m[3]}ه`];
  m = /^ا(.)(.)ا(.)$/.exec(w);
  if (m) return [`${m[1]}${m[2]}${m[3]}`];
  m = /^(.)(.)(.)اء$/.exec(w);
  if (m) return [`${m[1]}ا${m[2]}${m[3]}`];
  return [];
}

// مائة ("hundred") and its dual, folded (ماءه, ماءتان, ماءتين, ماءتا, ماءتي), with a clitic or the article.
const HUNDRED_ALEF = /^(?:[وف]?(?:ال|بال|كال|لل|[بلك])?)ماء(?:ه|تا|تي|تان|تين)$/;

// A word ending in أت, harakat allowed between the letters.
const HAMZA_T = /أ[\u064B-\u065F]*ت[\u064B-\u065F]*$/;

/** Arabic's word analyser, with the stemmer it keys words by (search uses it for fallbacks and roots). */
export interface ArabicWords extends WordAnalyser {
  readonly stem: ArabicStemmer;
}

/**
 * Reads Arabic words: folded (`normalizeForAnalysis`), keyed by their light stem ("ar:<stem>") with
 * the stems without a leading preposition as variants; the lexicon's names (`data.names`, any
 * spelling, folded and without the article ال here) are left whole by the stemmer.
 */
export function createArabicWords(data: LanguageData): ArabicWords {
  const stop = new Set(data.stopwords.map((w) => foldArabic(w.normalize('NFKC'))).filter((w) => !w.includes(' ')));
  const keep = new Set<string>();
  for (const name of data.names) {
    for (const w of foldArabic(name.normalize('NFKC')).split(/\s+/)) {
      if (w.length < 3) continue;
      keep.add(w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);
    }
  }
  const stem = createArabicStemmer({ protectedWords: keep });
  // A stop word behind the conjunction و or ف ("وهو", "فقد") is still a stop word.
  // So is a letter standing alone: the era after a year (1295م, 656هـ) or an abbreviation's (ق.م).
  const isStop = (w: string) => w.length < 2 || stop.has(w) || ((w.startsWith('و') || w.startsWith('ف')) && w.length > 2 && stop.has(w.slice(1)));
  const inDictionary = data.inDictionary;
  return {
    stem,
    word(surface: string) {
      const norm = normalizeForAnalysis(surface);
      // مائة and its dual (مائتان, مائتي) are مئة written with a silent alef: folded, ماءه would be keyed
      // as ماء ("water"). Keyed as مئة is (مء).
      const spelled = HUNDRED_ALEF.test(norm) ? norm.replace('ماء', 'مء') : norm;
      let key = `ar:${stem(spelled)}`;
      let variants = stem.variants(spelled).map((v) => `ar:${v}`);
      // A noun whose letters open like the article behind the conjunction (والده, والدة: "his father",
      // "mother"): the stemmer keeps الد, a word the dictionary holds whole, but the clitic variant reads
      // و + the article + ده ("cream"), which brings a stranger's senses into a translation. When the
      // key is the dictionary's, the و was the conjunction and the ال the word's own.
      if (inDictionary !== undefined && /^[وف]ال/.test(norm) && key.startsWith('ar:ال') && variants.length > 0 && inDictionary(key)) {
        const article = `ar:${stem(norm.slice(1))}`;
        if (article !== key) variants = variants.filter((v) => v !== article);
      }
      // A noun in ة writes it ت before a pronoun (زوجته "his wife", عاصمتها, دولتهم), and a plural in ات
      // keeps its ending before one (علاقاته): light stemming keys the ت with the word (زوجت, علاقات), or
      // takes what looks like the article off and leaves a stub (والدته → دت), and the bare form's key
      // (زوج, علاق, الد) is only a variant. When the dictionary lacks the key as written but has the bare
      // form's, the bare form's is the key; so it is when both are there, the bare form keeps three
      // letters and has more senses (ابنته: ابنت is only "beatify", ابن "son, daughter, build …"). Not
      // for a ت of the word's own (بيته, وقته, اخته: بي, وق, اخ have two letters; ثابتة: ثابت has six
      // senses, ثاب one).
      if (inDictionary !== undefined) {
        const owned = ownerBareKey(norm, key, stem, data.senseCount ?? ((k) => (inDictionary(k) ? 1 : 0)));
        if (owned !== undefined) {
          variants = [key, ...variants.filter((v) => v !== owned && v !== key)];
          key = owned;
        }
      }
      // A verb in hamza with the ending ت (نشأت, بدأت, "she arose, began") folds to a plural's ات and
      // loses both letters (نش); written with its hamza it is the verb (نشأ, بدأ) and the ending.
      if (HAMZA_T.test(surface)) {
        const verb = `ar:${stem(norm.slice(0, -1))}`;
        if (verb !== key && !variants.includes(verb)) variants.push(verb);
      }
      // A form light stemming leaves an ending or prefix on (قمعيا, "repressive"; تصنف, "is classified";
      // ينتقل, "moves") is also indexed under the first form without it that the dictionary has (قمع,
      // صنف, انتقل): a translation into the story's language then finds it.
      if (inDictionary !== undefined && !isStop(norm) && !inDictionary(key) && !variants.some(inDictionary)) {
        const base = arabicFallbackKeys(key, stem).find(inDictionary);
        if (base !== undefined) return { norm, key, variants, base, stop: false };
      }
      // A number written as a word (ثلاثة, عشرون, "three", "twenty"; with the conjunction و too) is also that
      // number: it meets the digits a question or a story in either language writes.
      const n = ARABIC_NUMBER_WORDS.get(norm) ?? (norm.startsWith('و') ? ARABIC_NUMBER_WORDS.get(norm.slice(1)) : undefined);
      if (n !== undefined) variants.push(`n:${n}`);
      return { norm, key, variants, stop: isStop(norm) };
    },
  };
}

/**
 * The key of a word's bare form when the word is a noun in ة or a plural in ات with a pronoun after it
 * (see createArabicWords), or undefined: the key as stemmed stands.
 */
function ownerBareKey(norm: string, key: string, stem: ArabicStemmer, senses: (key: string) => number): string | undefined {
  for (const s of POSSESSIVE_SUFFIXES) {
    if (!norm.endsWith(s)) continue;
    const body = norm.slice(0, -s.length);
    if (body.length < 3 || !body.endsWith('ت')) return undefined;
    const single = `ar:${stem(`${body.slice(0, -1)}ه`)}`;
    const plural = body.endsWith('ات') ? `ar:${stem(body)}` : undefined;
    const own = senses(key);
    const bare = single !== key && single.length >= 5 ? senses(single) : 0;
    // A past verb of three letters with its ت and an object pronoun (خسرتها, "she lost it") reads like a
    // noun of three letters in ة with its owner (زوجته): keyed without the ت only when the dictionary
    // knows the ت form as something else (ابنت, "beatify"), or reading it so changes more than the ت.
    const verbLike = key.length === 7 && key[5] !== 'ا' && single === key.slice(0, -1);
    if (bare > 0 && (own === 0 ? !verbLike : single.length >= 6 && bare > own)) return single;
    if (own === 0 && plural !== undefined && plural !== key && plural.length >= 5 && senses(plural) > 0) return plural;
    return undefined;
  }
  return undefined;
}

/**
 * Arabic number words, folded (ة as ه), and their values: three to ten in the form with ة (ثلاث, خمس,
 * ست, سبع are also "third", "fifth", "lady", "lion"), and the tens in both cases (عشرون, عشرين). Not
 * عشر alone, which is also the teens' second word (ثمانية عشر, eighteen).
 */
const ARABIC_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...(['ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره'].map((w, i) => [w, i + 3]) as [string, number][]),
  ...(['عشر', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((w, i) => [
    [`${w}ون`, (i + 2) * 10],
    [`${w}ين`, (i + 2) * 10],
  ]) as [string, number][]),
]);

/** The scale words of Arabic counts, folded (ة as ه), singular and plural: ألف / آلاف, مليون / ملايين, مليار. */
const ARABIC_SCALES: ReadonlyMap<string, number> = new Map([
  ['الف', 1e3],
  ['الاف', 1e3],
  ['مليون', 1e6],
  ['ملايين', 1e6],
  ['مليار', 1e9],
  ['مليارات', 1e9],
]);

/**
 * Hundreds written as a word (folded here, as words are): مئة / مائة and the spoken مية, and the dual's
 * construct (مئتا, مئتي). Only before a scale word: alone, المئة is as often "percent" (في المئة) as 100.
 */
const ARABIC_HUNDREDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['مئة', 100],
      ['مائة', 100],
      ['مية', 100],
      ['مئتا', 200],
      ['مئتي', 200],
      ['مائتا', 200],
      ['مائتي', 200],
    ] as const
  ).map(([w, n]) => [foldArabic(w), n]),
);

/**
 * The number a count and the Arabic scale word after it make (مئة ألف, 100 ألف → 100000; 9.6 مليون →
 * 9600000), as a number key ("n:100000"), which meets a story or a question writing it in digits
 * ("100,000"). Read as two words, مئة ألف is "hundred" and ألف ("thousand", also "authored"), and
 * never meets the digits.
 * @param count the word before, as analysed (a digit token's key is `n:…`; a number word has an `n:` variant)
 * @param scaleNorm the folded word after it
 * @returns the key, or undefined when `scaleNorm` is no scale word or `count` no number
 */
export function scaledArabicNumber(
  count: { readonly norm: string; readonly key: string; readonly variants: readonly string[] },
  scaleNorm: string,
): string | undefined {
  const scale = ARABIC_SCALES.get(scaleNorm);
  if (scale === undefined) return undefined;
  let n: number | undefined;
  if (count.key.startsWith('n:')) n = Number(count.key.slice(2));
  else {
    const word = count.norm.startsWith('و') && !ARABIC_HUNDREDS.has(count.norm) ? count.norm.slice(1) : count.norm;
    n = ARABIC_HUNDREDS.get(word);
    if (n === undefined) {
      const v = count.variants.find((k) => k.startsWith('n:'));
      if (v !== undefined) n = Number(v.slice(2));
    }
  }
  if (n === undefined || !Number.isFinite(n) || n <= 0) return undefined;
  // Decimals (9.6 مليون) come out whole; a float's last digit is noise (9.6 × 1e6 = 9600000.000000002).
  return `n:${Math.round(n * scale)}`;
}

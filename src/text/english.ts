/**
 * English analysis: Porter stemming from natural, through its main module.
 *
 * That module loads all of natural, eagerly: measured, about 0.5 s and 34 MB of heap that stay (its
 * part-of-speech tagger's and sentiment analyzers' lexicons), where the stemmer's own file alone
 * costs 10 ms. Its storage drivers would add 1.2 s more and its dotenv would print to stdout (which
 * the CLI's JSON Lines contract forbids); package.json points those at vendor/natural-unused and at
 * a dotenv that does not print (see README, Deployment).
 */
import natural from 'natural';
import type { LanguageData, WordAnalyser } from './analyzer.js';
import { foldLatin, stripInvisible } from './normalize.js';

const porter = natural.PorterStemmer;

/**
 * Stems one lowercased English word ("elections" → "elect"); possessive 's is dropped first. A noun in
 * -s that is no plural keeps its s (`NOT_PLURALS`: *news* is not *new*). Porter's stem is then written
 * one way where Porter writes one word's forms two or three ways (`oneFinalI`).
 */
export function stemEnglish(word: string): string {
  const w = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (w.length <= 2) return w;
  notPlurals ??= new Set(NOT_PLURALS.split(' '));
  if (notPlurals.has(w)) return w;
  return keepFinalUs(w, oneFinalI(porter.stem(withFinalE(w))));
}

/**
 * WordNet 3.1's nouns in -s whose form without the s is an adjective or adverb and no noun or verb, so
 * that they are no plural nor third person of it, and which Porter stems as that adjective: *news* was
 * keyed `new`, and met every sentence saying *new* (and FreeDict's أحدث, *newer*, *newest*). Nouns in
 * -ics, which Porter stems further (*economics*, `econom`, with *economic* and *economy*), are not
 * among them (index.noun, index.adj, index.adv, index.verb; licence: knowledge/thesaurus/LICENSE-WordNet).
 */
const NOT_PLURALS =
  'afters backstairs billiards binoculars bionics civics evers lates news nuptials odds outdoors ' + 'phonics poetics silents tights upstairs vitals';

let notPlurals: ReadonlySet<string> | undefined;

/**
 * The word Porter is given for an inflection whose e it cannot restore. Porter takes the e off
 * *experience* after its -ence (`experi`) but finds no -ence in *experienced* once the -ed is off
 * (`experienc`); so with *influence*, *reference*, *sacrifice*, *prejudice*. A word in -ced or -cing
 * is stemmed as its word in -ce (no English verb ends in c but *panic* and its kin, which write -cked).
 */
function withFinalE(w: string): string {
  if (w.length > 5 && w.endsWith('ced')) return w.slice(0, -1);
  if (w.length > 6 && w.endsWith('cing')) return `${w.slice(0, -3)}e`;
  // Porter undoubles a consonant left before -ed or -ing (*planned* → `plan`), also where the verb
  // itself ends in two (*added* → `ad`, *add* → `add`; *boycotted*, *staffed*): those are stemmed as
  // the verb, told by WordNet's lemma table (`VERBS_IN_DOUBLE`).
  const inflection = /(?:ed|ing)$/.exec(w);
  if (inflection !== null) {
    verbsInDouble ??= new Set(VERBS_IN_DOUBLE.split(' '));
    const verb = w.slice(0, inflection.index);
    if (verbsInDouble.has(verb)) return verb;
  }
  return w;
}

/**
 * WordNet 3.1's verb lemmas of one word that end in a doubled consonant other than l, s or z, which
 * Porter keeps, and are not a verb with one consonant as well (*putt*, *put*; *nett*, *net*: *putting*
 * stays `put`) (index.verb; licence: knowledge/thesaurus/LICENSE-WordNet).
 */
const VERBS_IN_DOUBLE =
  'add babbitt biff birr bitt bluff boycott buff butt chaff chirr chuff churr crossruff cuff doff ebb ' +
  'eff egg enfeoff err fluff handcuff headbutt huff luff miff muff off overstuff puff purr quaff ' +
  'rebuff riff ruff schnorr sclaff scoff scuff shirr shnorr sniff snuff staff stuff tariff unstuff ' +
  'whiff';

let verbsInDouble: ReadonlySet<string> | undefined;

/**
 * Porter takes a singular's final s for a plural's: *focus* → `focu` but *focused*, *focuses* →
 * `focus`; *virus* → `viru`, *viruses* → `virus`; and *status* → `statu`, the key of *statue*. A word
 * in -us keeps its s, so it meets its own inflections and not the word in -ue; not an adjective in
 * -ous (*famous* → `famou` stays), nor the plural of a noun in -u (*Hindus*, *menus*, *bureaus*),
 * which WordNet's lemma table tells (`NOUNS_IN_U`).
 */
function keepFinalUs(word: string, stem: string): string {
  if (!word.endsWith('us') || word.endsWith('ous') || !stem.endsWith('u')) return stem;
  nounsInU ??= new Set(NOUNS_IN_U.split(' '));
  return nounsInU.has(word.slice(0, -1)) ? stem : `${stem}s`;
}

/** WordNet 3.1's noun lemmas of one word that end in u (index.noun; licence: knowledge/thesaurus/LICENSE-WordNet). */
const NOUNS_IN_U =
  'adieu aku amaterasu amatungulu anjou anpu anu apercu apsu aruru au babassu babu baku bandeau bantu ' +
  'barbu bayou beau belau bijou bissau bleu breslau btu bureau cachou carcajou caribou catechu cebu ' +
  'changtzu chanoyu chapeau chateau chisinau chou clemenceau cocteau congou cornu cotonou cousteau ' +
  'coypu cpu cu cymru dachau danau danu depardieu ecru emu enkidu esau esquimau eu fichu flambeau flu ' +
  'fondu frau fricandeau fugu gaboriau gansu gateau genu gikuyu girru gnu grugru gu guangzhou gulu ' +
  'guru haiku hangzhou hindu honolulu honshu hutu ianfu icu iglu iguassu iguazu illampu impromptu imu ' +
  'iou jabiru jambeau jiujitsu jujitsu juju jujutsu juneau jussieu kansu kanzu kathmandu katmandu ' +
  'khufu kinkajou kisumu kitakyushu kivu koudou krakatau krakau kuangchou kudu kudzu kuru kwangju ' +
  'kyushu lahu lanchou landau lanzhou leu lieu lisu lu luau lulu macau maidu makalu manchu marabou ' +
  'marceau maseru mbundu menu miaou milieu miniconju mirabeau mogadishu mokulu montagu montesquieu ' +
  'morceau morrigu mu musgu muumuu nabu nakuru nammu namtaru nandu napu nassau nauru nehru ngu nicu ' +
  'nihau ningirsu ninjitsu ninjutsu nintu nsu nu nusku nylghau oahu ombu ormolu ovimbundu palau ' +
  'parvenu pashtu peru pilau pku plateau poilu poitou portmanteau poyou pu puku purau purlieu quipu ' +
  'rahu raiu rameau reseau richelieu rimu rochambeau rondeau roseau rouleau rousseau ru sabicu saddhu ' +
  'sadhu sarpanitu seppuku shabu shallu shiatsu shikoku sissu snafu sodoku sou spandau submenu sudoku ' +
  'tableau tabu taegu tamandu tamarau tartu tatou tatu tau tayassu tegu teju telugu terengganu thoreau ' +
  'thou timbuktu timucu tinamou tipu tiramisu tiu tofu tolu trousseau tulu turacou tutu tuvalu umbundu ' +
  'unau urdu utu vanuatu vayu vdu veau vertu virtu vishnu watteau wausau wu yalu yamaltu zebu zhou zu ' +
  'zulu';

let nounsInU: ReadonlySet<string> | undefined;

/**
 * Porter writes a final y as i only when a vowel comes before it, and keeps the e of a word of one
 * syllable: *die* → `die`, *died*, *dies* → `di`, *dying* → `dy`; *cry* → `cry`, *cried* → `cri`;
 * *sue* → `sue`, *sued* → `su`; *employ* → `emploi`, *employment* → `employ`. Every final y is written
 * i, and the e after a final i or u is dropped, so each of these words has one key (`di`, `cri`, `su`,
 * `emploi`). Longer stems ending in a vowel and e lose the e in Porter already (*argue* → `argu`).
 * Porter's i stays as it is: keys of the i form (`happi`, `parti`) are Porter's.
 */
function oneFinalI(stem: string): string {
  const last = stem.length - 1;
  // Not a stem of two letters with a vowel before its y (aye → `ay`): it would be the acronym AI's key.
  if (stem[last] === 'y' && (last > 1 || !/[aeiou]/.test(stem[0] ?? ''))) return `${stem.slice(0, last)}i`;
  if (stem[last] === 'e' && (stem[last - 1] === 'i' || stem[last - 1] === 'u')) return stem.slice(0, last);
  return stem;
}

/**
 * Base forms an inflected English word may come from ("happened" → happen, "parties" → party), for
 * looking words up in lists of lemmas (WordNet, the common-word list). Over-generates on purpose.
 */
export function englishLemmas(word: string): string[] {
  const out = new Set([word]);
  if (word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.add(word.slice(0, -2));
  if (word.endsWith('s')) out.add(word.slice(0, -1));
  if (word.endsWith('ed')) {
    out.add(word.slice(0, -2));
    out.add(word.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    out.add(word.slice(0, -3));
    out.add(`${word.slice(0, -3)}e`);
  }
  return [...out];
}

/**
 * Irregular past forms of English verbs and their verb (WordNet's exception list, for the verbs news
 * text uses most): Porter stemming leaves "taken" and "took" apart from "take", so a dictionary keyed by
 * the verb does not find them.
 */
const IRREGULAR_PAST =
  'arose:arise awoke:awake awoken:awake beaten:beat became:become began:begin begun:begin bent:bend ' +
  'bit:bite bitten:bite bled:bleed blew:blow blown:blow bore:bear borne:bear bought:buy bound:bind ' +
  'bred:breed brought:bring broke:break broken:break built:build burnt:burn caught:catch ' +
  'chose:choose chosen:choose came:come dealt:deal did:do done:do drew:draw drawn:draw drank:drink ' +
  'drunk:drink drove:drive driven:drive dug:dig ate:eat eaten:eat fed:feed fell:fall fallen:fall ' +
  'felt:feel fled:flee flew:fly flown:fly forbade:forbid forbidden:forbid forgot:forget ' +
  'forgotten:forget forgave:forgive forgiven:forgive fought:fight found:find froze:freeze ' +
  'frozen:freeze gave:give given:give went:go gone:go got:get gotten:get grew:grow grown:grow ' +
  'hung:hang had:have heard:hear held:hold hid:hide hidden:hide kept:keep knelt:kneel knew:know ' +
  'known:know laid:lay led:lead left:leave lent:lend lain:lie lit:light lost:lose made:make ' +
  'meant:mean met:meet mistook:mistake mistaken:mistake paid:pay proven:prove rode:ride ridden:ride ' +
  'rang:ring rung:ring rose:rise risen:rise ran:run said:say saw:see seen:see sought:seek sold:sell ' +
  'sent:send shook:shake shaken:shake shone:shine shot:shoot shown:show shrank:shrink shrunk:shrink ' +
  'sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak ' +
  'sped:speed spent:spend spun:spin sprang:spring sprung:spring stood:stand stole:steal ' +
  'stolen:steal stuck:stick stung:sting struck:strike swore:swear sworn:swear swept:sweep swam:swim ' +
  'swum:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear told:tell ' +
  'thought:think threw:throw thrown:throw understood:understand undertook:undertake ' +
  'undertaken:undertake woke:wake woken:wake wore:wear worn:wear wept:weep won:win ' +
  'withdrew:withdraw withdrawn:withdraw wrote:write written:write';

let irregular: ReadonlyMap<string, string> | undefined;

/**
 * The irregular forms above that are verb lemmas of their own in WordNet 3.1 (index.verb; licence:
 * knowledge/thesaurus/LICENSE-WordNet): *found* is also *to found* (Porter keys *founded* so), *saw*
 * also *to saw*, *felt* also *to felt*. Not read as their other verb's forms by `irregularFormKeys`.
 */
const IRREGULAR_VERB_LEMMAS = new Set(['bore', 'bound', 'fell', 'felt', 'found', 'saw']);

let irregularForms: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The keys of an irregular verb's own forms (`en:send` → `en:sent`; `en:give` → `en:gave`, `en:given`),
 * for the key of the verb only (a form asked, *built*, reached the noun *buildings*); none for any other
 * key. A form that is a verb of its own (IRREGULAR_VERB_LEMMAS) is left out.
 */
export function irregularFormKeys(key: string): readonly string[] {
  if (irregularForms === undefined) {
    const m = new Map<string, string[]>();
    for (const pair of IRREGULAR_PAST.split(' ')) {
      const [form, verb] = pair.split(':') as [string, string];
      if (IRREGULAR_VERB_LEMMAS.has(form)) continue;
      const f = `en:${stemEnglish(form)}`;
      const v = `en:${stemEnglish(verb)}`;
      if (f === v) continue;
      const forms = m.get(v) ?? [v];
      if (!forms.includes(f)) forms.push(f);
      m.set(v, forms);
    }
    const all = new Map<string, readonly string[]>();
    for (const [v, forms] of m) all.set(v, forms.slice(1));
    irregularForms = all;
  }
  return irregularForms.get(key) ?? [];
}

/**
 * The key of the verb an irregular past form comes from (`en:taken` → `en:take`, `en:spoke` →
 * `en:speak`), or undefined for any other key.
 */
export function irregularVerbKey(key: string): string | undefined {
  if (irregular === undefined) {
    const m = new Map<string, string>();
    for (const pair of IRREGULAR_PAST.split(' ')) {
      const [form, verb] = pair.split(':') as [string, string];
      m.set(`en:${stemEnglish(form)}`, `en:${stemEnglish(verb)}`);
    }
    irregular = m;
  }
  return irregular.get(key);
}

/**
 * Prefixes that leave a word's sense close enough to count for a synonym: "atop" ~ top, "aboard" ~
 * board, "reconstruction" ~ construction, "reopened" ~ opened. Of others tried on the development
 * stories ("co", "pre", "sub", "over", "out", "up") none changed an answer; "un" and "dis" turn a
 * sense over.
 */
const CLOSE_PREFIXES = ['a', 're'];

/**
 * The keys of an English key with a close prefix (`en:top` → `en:atop`, `en:construct` →
 * `en:reconstruct`), for stems of three letters or more (`en:go` → `en:ago` is no relative).
 */
export function prefixedKeys(key: string): string[] {
  const stem = key.slice(3);
  if (!key.startsWith('en:') || stem.length < 3) return [];
  return CLOSE_PREFIXES.map((p) => `en:${p}${stem}`);
}

/**
 * Derivational endings Porter stemming leaves on, longest first: it keeps "invent" and "inventor",
 * "injur" (injured) and "injuri" (injuries), "defin" (defined) and "definit" (definition) apart.
 */
const DERIVED_ENDINGS = [
  'ation',
  'ition',
  'ement',
  'ment',
  'ship',
  'ness',
  'ism',
  'ist',
  'ian',
  'ion',
  'ive',
  'iti',
  'abl',
  'ibl',
  'anc',
  'enc',
  'ant',
  'ent',
  'al',
  'er',
  'or',
  'an',
  'ic',
  'li',
  'it',
  'ur',
];

/**
 * The word family of an English key (`en:inventor`, `en:invent` → `en:invent`; `en:invad`,
 * `en:invas` → `en:invas`; `en:injuri`, `en:injur` → `en:injur`; `en:recoveri`, `en:recov` →
 * `en:recov`; `en:commonli`, `en:common` → `en:common`): its Porter stem with the i Porter writes for a
 * final y read as y, without an adverb's -ly where four letters or more stay, without a final vowel,
 * one derivational ending and a final vowel again, with the d of a verb that makes its noun with s (invade,
 * invasion; decide, decision) written s. Two words of one family are the same idea in another part of
 * speech. Stems of three letters, and what an ending or vowel would cut below four, stay as they are
 * (send is not sense; gen is not gene). Irregular past forms are left out: "meant", "came" in
 * follow-ups ("no, I meant Geng") then matched sentences about meanings and arrivals.
 */
export function englishFamilyKey(key: string): string {
  let s = key.slice(3);
  if (s.length < 4) return key;
  // Porter writes a final y as i (play → plai, recovery → recoveri): back to y, then off with it.
  if (s.endsWith('i')) s = `${s.slice(0, -1)}y`;
  // An adverb in -ly Porter keeps whole (commonly → commonli, directly → directli): its adjective's.
  if (s.endsWith('ly') && s.length - 2 >= 4) s = s.slice(0, -2);
  if (/[aeiy]$/.test(s) && s.length > 4) s = s.slice(0, -1);
  for (const end of DERIVED_ENDINGS) {
    if (s.endsWith(end) && s.length - end.length >= 4) {
      s = s.slice(0, -end.length);
      break;
    }
  }
  if (/[aeiy]$/.test(s) && s.length > 4) s = s.slice(0, -1);
  if (s.endsWith('d') && s.length >= 5) s = `${s.slice(0, -1)}s`;
  return `en:${s}`;
}

const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/**
 * An ordinal written in digits as its word ("3rd" → "third", "20th" → "twentieth"), so that both
 * spellings share a key: stories and questions write either ("the 3rd gen iPods", "the third-generation
 * iPod"). Up to twentieth; larger ones and anything else come back undefined.
 */
export function ordinalWord(word: string): string | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  return m === null ? undefined : ORDINAL_WORDS[Number(m[1])] || undefined;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * English number words and their values, from three (one and two are too often no count: "one of",
 * "no one", "the two leaders") to ninety; a compound ("twenty-one") is its two words.
 */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ]
    .map((w, i) => [w, i + 3] as [string, number])
    .concat(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10])),
);

/** A decade written in digits: "1990s", "90s". */
const DECADE = /^(\d+0)s$/;

/** A number with a unit written onto it: "4.2bn", "300m", "5km". */
const WITH_UNIT = /^(\d+(?:\.\d+)?)([a-z]{1,3})$/;

/**
 * The units news writes onto a number, and the words they abbreviate: "$4.2bn" is the number 4.2 and a
 * billion, so it meets "4.2 billion" and "٤٫٢ مليار". Only these: a letter onto a number is as often a
 * name ("5G", "F1") as a unit.
 */
const UNITS: ReadonlyMap<string, string> = new Map([
  ['bn', 'billion'],
  ['b', 'billion'],
  ['m', 'million'],
  ['mn', 'million'],
  ['k', 'thousand'],
  ['tn', 'trillion'],
  ['km', 'kilometre'],
  ['kg', 'kilogram'],
  ['cm', 'centimetre'],
  ['mm', 'millimetre'],
  ['ft', 'feet'],
  ['lb', 'pound'],
  ['lbs', 'pound'],
  ['mw', 'megawatt'],
  ['gw', 'gigawatt'],
  ['kw', 'kilowatt'],
  ['ha', 'hectare'],
  ['bc', 'bc'],
]);

/** A dotted acronym as the tokenizer keeps it whole: "U.S.", "U.N", "U.S.A.". */
const DOTTED = /^(?:[A-Z]\.)+[A-Z]\.?$/;
/** Ends the key of an acronym that spells a stop word ("US" → en:us.), which no word's stem ends with. */
export const ACRONYM_MARK = '.';

/**
 * Reads English words: lowercased without accents, the possessive 's and apostrophes dropped, keyed by
 * their Porter stem ("en:<stem>"), an ordinal in digits by its word's ("3rd" as "third"). An acronym in capitals ("US", "UK", "U.S.") is a name even when its letters
 * spell a stop word ("us"), and is then keyed apart from the word the letters stem from ("use"). `data.names` is not needed: a name is stemmed alike in stories and questions.
 */
export function createEnglishWords(data: LanguageData): WordAnalyser {
  const stop = new Set(data.stopwords.map((w) => foldLatin(w)).filter((w) => !w.includes(' ')));
  return {
    word(surface: string) {
      // A dotted acronym ("U.S.") is the acronym ("US").
      const letters = surface.includes('.') && DOTTED.test(surface) ? surface.replace(/\./g, '') : surface;
      const norm = foldLatin(stripInvisible(letters)).replace(/['’]/g, "'");
      // A number with a word written onto it keeps no thousands separator ("10,000s" as "10000s",
      // "1,000,000th"): the tokenizer joins the separators into it, and "1,500" alone is keyed without them.
      const unseparated = norm.includes(',') || norm.includes('\u066C') ? norm.replace(/(?<=\d)[,\u066C](?=\d{3})/g, '') : norm;
      const bare = unseparated.replace(/'s$/, '').replace(/'/g, '');
      const acronym = /^[A-Z]{2,5}$/.test(letters);
      // A decade ("the 1990s", "the '90s") is its first year's number: it answers "when" as a year does,
      // and meets the year a question writes in digits in either language.
      const decade = DECADE.exec(bare);
      if (decade !== null) return { norm: bare, key: `n:${decade[1]}`, variants: NONE, stop: false };
      // A number with its unit written onto it ("$4.2bn", "5km") is the number, and also the unit's word.
      const unit = WITH_UNIT.exec(bare);
      const unitWord = unit === null ? undefined : UNITS.get(unit[2] as string);
      if (unit !== null && unitWord !== undefined) {
        // Not a letter alone ("$2b" is no "plan B"): a one-letter unit is only its word.
        const abbreviation = (unit[2] as string).length > 1 ? [`en:${stemEnglish(unit[2] as string)}`] : [];
        const words = new Set([...abbreviation, `en:${stemEnglish(unitWord)}`]);
        return { norm: bare, key: `n:${unit[1]}`, variants: [...words], stop: false };
      }
      // A number written as a word ("eighteen months") is also that number: it meets the digits a question
      // or a story in either language writes (18, ١٨).
      const n = NUMBER_WORDS.get(bare);
      // An acronym that spells a stop word ("US", "IT", "WHO") is keyed apart from every word: its
      // letters' stem is another word's ("use" stems to "us"), so "US" met "use" and its translations.
      if (acronym && stop.has(bare)) return { norm: bare, key: `en:${bare}${ACRONYM_MARK}`, variants: NONE, stop: false };
      return {
        norm: bare,
        key: `en:${stemEnglish(ordinalWord(bare) ?? bare)}`,
        variants: n === undefined ? NONE : [`n:${n}`],
        stop: bare.length === 0 || (!acronym && stop.has(bare)),
      };
    },
  };
}

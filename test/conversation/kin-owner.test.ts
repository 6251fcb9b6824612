/**
 * A noun of kinship with its owner's pronoun written on (زوجها, "her husband"; أمه, "his mother") asks
 * for that person's kin: the suffix is the person in focus, as "her" is in "her husband", not the answer
 * just shown. Read as a pointer at the answer ("counting them"), "ومن زوجها؟" after "ومن أختها؟" kept the
 * sister's sentence first, on the old topic carried through "it".
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { knowledgeWith, lastFirstText } from '../support/stories.js';

const knowledge = knowledgeWith({
  'ar-salim': {
    lines: [
      'كان الأمير سليم قائدا للجيش في الشمال.',
      'وفي تلك السنة ولد في القرية طفل لأحد الفلاحين.',
      'وُلد سليم سنة 1250م للأمير داود وحليمة خاتون في قرية على النهر.',
      'وفتح الأمير سليم مدينة كبيرة بعد حصار طويل.',
    ],
    language: 'ar',
  },
  'en-amara': {
    lines: [
      'Amara Lune is a singer from Lagos.',
      'Amara Lune gave her entire salary to a school in Lagos.',
      'Her marriage to the producer Kofi Dane in 2008 changed her music.',
      'She sold ten million records in the following years.',
      "Amara Lune's mother ran a hair salon in Lagos.",
      "Amara Lune's younger sister Nia is also a singer and a former member of the band.",
      'In 2009 she starred in the film Red Sand, playing the character of a desert pilot.',
      'The film character won her an award.',
    ],
    language: 'en',
  },
});
const engine = createEngine({ knowledge });
const chat = (...questions: string[]) => chatIn('en-amara', ...questions);
const chatIn = (story: string, ...questions: string[]) => lastFirstText(engine, story, questions);

describe('a noun of kinship with its owner written on', () => {
  it('asks for the kin of the person in focus, not about the answer shown', () => {
    expect(chat('من هي أخت أمارا لون؟', 'ومن زوجها؟')).toContain('marriage');
  });

  it('أمه is his mother: the person in focus goes with it (born to her), not any birth', () => {
    // The other birth (a farmer's child, that year) holds "born" as well; only Salim's is his.
    expect(chatIn('ar-salim', 'من هو سليم؟', 'ومن أمه؟')).toContain('حليمة');
  });

  it('ها on any word is her while the last question asked about her: "to whom did she give her salary?"', () => {
    // Read as a pointer at the answer shown (the film), the film's sentence came back first on the
    // topics "it" carried along.
    expect(chat('Which character did Amara Lune play in the film Red Sand?', 'ولمن أعطت أجرها؟')).toContain('salary');
  });

  it('still finds the kin itself when asked first', () => {
    expect(chat('من هي أخت أمارا لون؟')).toContain('sister');
  });
});

import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { compileFacets, facetUnheld } from '../../src/search/facets.js';
import { buildIndex } from '../../src/search/index.js';
import { firstLabelOf, knowledgeWith } from '../support/stories.js';

// A question about a story's subject may ask for something the story never speaks of: a wife, a height,
// a price. Its words match the story well (the subject's name is everywhere), yet no sentence answers
// it. A story that holds no word of that facet (knowledge/facets.jsonl) cannot; one that does may say
// it in other words, and is left to rank.
const knowledge = knowledgeWith({
  'en-ruler': {
    lines: [
      'Omar Farid was born in Cairo in 1928.',
      'Omar Farid became president of the republic in 1981.',
      'Omar Farid built a new airport in Cairo.',
      'Omar Farid resigned in 2011 after protests.',
      'The airport tower rises above the city.',
      'Farmers grow cotton along the river.',
    ],
    language: 'en',
  },
  'en-king': {
    lines: [
      'King Karim ruled the northern kingdom for forty years.',
      'King Karim married Leila, a princess of the south, in 1950.',
      'King Karim built a palace 40 meters tall in the capital.',
      'The palace cost two million dollars.',
      'Merchants crossed the kingdom with silk and spices.',
      'The kingdom traded cotton with its neighbours.',
      'Karimabad, the capital of the kingdom, had a population of 90,000.',
    ],
    language: 'en',
  },
  'en-drug': {
    lines: ['Paracetamol is a medicine that treats pain and fever.', 'Paracetamol was first made in 1877.', 'Doctors give paracetamol to children with fever.'],
    language: 'en',
  },
  'en-poet': {
    lines: ['Hafez Noor (1850 – 1921) was a poet of the old city.', 'Hafez Noor wrote poems about the river and the city.'],
    language: 'en',
  },
  'en-railway': {
    lines: ['The railway reached Cairoville in 1881.', 'Cairoville grew around its station.'],
    language: 'en',
  },
  'ar-ruler': {
    lines: [
      'ولد عمر فريد في القاهرة سنة 1928.',
      'أصبح عمر فريد رئيسا للجمهورية سنة 1981.',
      'وبنى عمر فريد مطارا جديدا في القاهرة.',
      'واستقال عمر فريد سنة 2011 بعد احتجاجات.',
      'ويزرع الفلاحون القطن على ضفة النهر.',
      'ووصلت شبكة الواي فاي إلى القاهرة سنة 2005.',
    ],
    language: 'ar',
  },
});
const engine = createEngine({ knowledge });
const ask = firstLabelOf(knowledge);

describe('a question asking for a facet the story never speaks of', () => {
  it('is refused: a spouse of a story that speaks of no marriage, in either language', () => {
    expect(ask("Who is Omar Farid's wife?", 'en-ruler')).toBe('refused');
    expect(ask('Who is Omar Farid married to?', 'en-ruler')).toBe('refused');
    expect(ask('من هي زوجة عمر فريد؟', 'ar-ruler')).toBe('refused');
    expect(ask("Who is Omar Farid's wife?", 'ar-ruler')).toBe('refused');
  });
  it('is refused: a height or a price of a story that writes no measure or money', () => {
    expect(ask('How tall is the airport tower?', 'en-ruler')).toBe('refused');
    expect(ask('What is the price of the new airport?', 'en-ruler')).toBe('refused');
  });
  it('is refused: a capital or a population of a story that names neither', () => {
    expect(ask('What is the capital of the republic of Omar Farid?', 'en-ruler')).toBe('refused');
    expect(ask('What is the population of Cairo?', 'en-ruler')).toBe('refused');
    expect(ask('كم عدد سكان القاهرة؟', 'ar-ruler')).toBe('refused');
    expect(ask('What is the capital of the kingdom?', 'en-king')).toBe('7');
  });
  // وفاة ("death") and فاي ("Wi-Fi", a stop word) share the light stem ar:فا: a stop word of the
  // question asks for no facet by its key.
  it('does not ask for a facet by the key of a stop word', () => {
    expect(ask('متى وصلت شبكة الواي فاي إلى القاهرة؟', 'ar-ruler')).toBe('6');
  });
  // سكة ("railway") and سكان ("population"), بنى ("built") and ابن ("son") share two-letter light stems:
  // a question asks for a facet through so short a key only when its word writes the facet's.
  it('does not ask for a facet by a two-letter key its word does not write', () => {
    expect(ask('متى وصلت سكة الحديد إلى مدينة كايروفيل؟', 'en-railway')).toBe('1');
    expect(ask('ماذا بنى عمر فريد في القاهرة؟', 'en-ruler')).toBe('3');
    expect(ask('كم عدد سكان القاهرة؟', 'en-ruler')).toBe('refused');
  });
  it('is refused: a dose of a story that gives none', () => {
    expect(ask('What is the maximum daily dose of paracetamol?', 'en-drug')).toBe('refused');
  });
  // An encyclopaedia gives a life as two years in brackets, without "born" or "died".
  it('reads a death in a life span in brackets', () => {
    expect(ask('When did Hafez Noor die?', 'en-poet')).toBe('1');
    expect(ask('How did Omar Farid die?', 'en-ruler')).toBe('refused');
  });
  it('was answered without the check (every word of it matches the story)', () => {
    const off = { facetCheck: 0, facetNear: 0 };
    expect(ask("Who is Omar Farid's wife?", 'en-ruler', off)).not.toBe('refused');
    expect(ask('من هي زوجة عمر فريد؟', 'ar-ruler', off)).not.toBe('refused');
    expect(ask('How tall is the airport tower?', 'en-ruler', off)).not.toBe('refused');
  });
  it('says what the story does not mention', () => {
    const r = engine.ask("Who is Omar Farid's wife?", undefined, { story: 'en-ruler' });
    expect(r.reason).toBe('not-in-story');
    expect(r.unknown).toEqual(['a wife, husband or marriage']);
    expect(engine.ask('من هي زوجة عمر فريد؟', undefined, { story: 'ar-ruler' }).unknown).toEqual(['زوج أو زوجة أو زواج']);
  });
  it('is answered by a story that speaks of it, in a form of its own (married ~ wife, meters ~ tall, dollars ~ price)', () => {
    // Which sentence comes first is for ranking to say; the story may answer, so it is not refused.
    expect(ask("Who is King Karim's wife?", 'en-king')).not.toBe('refused');
    expect(ask('How tall is the palace of King Karim?', 'en-king')).toBe('3');
    expect(ask('What was the price of the palace?', 'en-king')).toBe('4');
  });
  it('asks for an amount only with an amount asked for: "which … price rose?" asks for a thing', () => {
    expect(ask('Which crop did farmers grow when cotton prices rose?', 'en-ruler')).toBe('6');
    // Opening on ماذا ("what did …"), not كم / ما هو: what was said about a price, not the price.
    expect(ask('ماذا قال الفلاحون عن سعر القطن؟', 'ar-ruler')).not.toBe('refused');
  });
  // Asked of every story, the answers above the bar may come from several: any of them may speak of it.
  it('is held when one of the stories answering speaks of it', () => {
    const index = buildIndex(knowledge);
    const facets = compileFacets(index, knowledge.facets ?? []);
    const tokens = index.analyzer.analyze("Who is Omar Farid's wife?");
    const at = (id: string) => index.stories.findIndex((st) => st.info.id === id);
    expect(facetUnheld(index, facets, tokens, [at('en-ruler')], 'en')).toBe('a wife, husband or marriage');
    expect(facetUnheld(index, facets, tokens, [at('en-ruler'), at('en-king')], 'en')).toBeUndefined();
  });
  it('is not checked in a follow-up, which asks within the conversation', () => {
    const first = engine.ask('When did Omar Farid become president?', undefined, { story: 'en-ruler' });
    const r = engine.ask('and his wife?', first.state, { story: 'en-ruler' });
    expect(r.abstained && r.unknown.includes('a wife, husband or marriage')).toBe(false);
  });
});

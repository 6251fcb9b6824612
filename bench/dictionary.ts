/**
 * `node --import tsx --expose-gc bench/dictionary.ts`: what loading the bilingual dictionary costs,
 * in this (fresh) process: the file's size, the time to read and parse it, the memory it adds (after a
 * full collection; JS heap and external memory apart), and the time of the first and of repeated lookups. A benchmark, not a test: the
 * machine is shared, so run it a few times and read the median.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/engine.js';
import { DICTIONARY_FILE, loadDictionary } from '../src/text/dictionary.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('Run with node --expose-gc so the heap figure is after a full collection');
gc();
const before = process.memoryUsage();
const t0 = performance.now();
const dict = loadDictionary(DEFAULT_KNOWLEDGE_DIR);
const loadMs = performance.now() - t0;
gc();
const after = process.memoryUsage();

const probes = ['en:elect', 'en:summit', 'en:minist', 'en:war', 'en:peac', 'en:negoti', 'ar:حرب', 'ar:سلام', 'ar:مفاوض', 'ar:انتخاب', 'ar:وزير'];
const t1 = performance.now();
for (const k of probes) dict.translationsOf(k);
const firstUs = ((performance.now() - t1) * 1000) / probes.length;
const rounds = 10_000;
const t2 = performance.now();
for (let i = 0; i < rounds; i++) for (const k of probes) dict.translationsOf(k);
const repeatUs = ((performance.now() - t2) * 1000) / (rounds * probes.length);

const file = join(DEFAULT_KNOWLEDGE_DIR, DICTIONARY_FILE);
console.log(
  JSON.stringify({
    fileMB: +(statSync(file).size / 1e6).toFixed(2),
    loadMs: +loadMs.toFixed(1),
    heapMB: +((after.heapUsed - before.heapUsed) / 1e6).toFixed(2),
    // Buffers and typed arrays live outside the JS heap: the file's bytes and the line offsets.
    externalMB: +((after.external - before.external) / 1e6).toFixed(2),
    firstLookupUs: +firstUs.toFixed(1),
    repeatLookupUs: +repeatUs.toFixed(3),
    entries: dict.size,
  }),
);

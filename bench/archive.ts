/**
 * Deterministic synthetic archives for benchmarks and scale tests: N unrelated Arabic stories
 * (economy, sport, weather, health, technology, culture) beside the real one, written as ordinary
 * story folders, so they go through the same loader, validation and index as real stories.
 *
 * The same seed always gives the same archive, so figures compare across runs and machines.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Vocabulary per topic: subjects, verbs, objects and places, none about the real story's events.
const TOPICS: Record<string, { subjects: string[]; verbs: string[]; objects: string[]; places: string[] }> = {
  economy: {
    subjects: ['البنك المركزي', 'وزير المالية', 'الشركات الصغيرة', 'المستثمرون', 'صندوق النقد', 'هيئة الإحصاء', 'المصارف المحلية', 'التجار'],
    verbs: ['رفع', 'خفض', 'أعلن', 'توقع', 'ناقش', 'راجع', 'أقر', 'درس'],
    objects: ['أسعار الفائدة', 'معدل التضخم', 'الميزانية السنوية', 'الضرائب على الوقود', 'أسعار القمح', 'صادرات النفط', 'قيمة العملة', 'الديون الخارجية'],
    places: ['القاهرة', 'الرباط', 'عمّان', 'الدوحة', 'تونس', 'مسقط'],
  },
  sport: {
    subjects: ['المنتخب الوطني', 'المدرب الجديد', 'نادي الاتحاد', 'حارس المرمى', 'اللاعبون الشباب', 'الاتحاد الرياضي', 'الجماهير', 'الحكم'],
    verbs: ['فاز', 'خسر', 'تعادل', 'استعد', 'تأهل', 'احتفل', 'تدرب', 'انسحب'],
    objects: ['بطولة الكأس', 'المباراة النهائية', 'الدوري المحلي', 'الميدالية الذهبية', 'سباق الماراثون', 'كأس القارة', 'الموسم الجديد', 'نصف النهائي'],
    places: ['الملعب الكبير', 'الإسكندرية', 'جدة', 'بيروت', 'الخرطوم', 'وهران'],
  },
  weather: {
    subjects: ['هيئة الأرصاد', 'خبراء المناخ', 'الدفاع المدني', 'المزارعون', 'سكان الساحل', 'البلدية', 'المدارس', 'الصيادون'],
    verbs: ['حذر', 'رصد', 'توقع', 'سجل', 'أغلق', 'نبه', 'تابع', 'أعلن'],
    objects: ['موجة الحر', 'الأمطار الغزيرة', 'العاصفة الرملية', 'درجات الحرارة', 'منسوب الأنهار', 'الرياح القوية', 'الضباب الكثيف', 'موسم الجفاف'],
    places: ['الصحراء الغربية', 'السواحل الشمالية', 'الجبال', 'الوادي', 'المدن الساحلية', 'الريف'],
  },
  health: {
    subjects: ['وزارة الصحة', 'الأطباء', 'المستشفى الجامعي', 'الباحثون', 'منظمة الصحة', 'الممرضون', 'المرضى', 'الصيادلة'],
    verbs: ['أطلق', 'افتتح', 'نشر', 'حذر', 'وزع', 'طور', 'جرب', 'سجل'],
    objects: ['حملة التطعيم', 'العيادة المتنقلة', 'دراسة جديدة', 'لقاح الإنفلونزا', 'برنامج التغذية', 'الأدوية المدعومة', 'قسم الطوارئ', 'فحوص مجانية'],
    places: ['المحافظات الجنوبية', 'العاصمة الإدارية', 'القرى النائية', 'المخيمات', 'الجامعة', 'المدينة القديمة'],
  },
  technology: {
    subjects: ['الشركة الناشئة', 'المهندسون', 'هيئة الاتصالات', 'المبرمجون', 'الجامعة التقنية', 'المطورون', 'شركة الطيران', 'المشغلون'],
    verbs: ['أطلق', 'طور', 'اختبر', 'عرض', 'حدّث', 'صمم', 'باع', 'أصلح'],
    objects: ['تطبيقا جديدا', 'شبكة الجيل الخامس', 'قمرا صناعيا', 'سيارة كهربائية', 'منصة تعليمية', 'روبوتا زراعيا', 'محطة شمسية', 'خدمة الدفع'],
    places: ['المنطقة الحرة', 'الحاضنة التقنية', 'المعرض الدولي', 'المختبر الوطني', 'المطار', 'الميناء'],
  },
  culture: {
    subjects: ['دار الأوبرا', 'الكاتبة الشابة', 'المتحف الوطني', 'الفرقة الموسيقية', 'لجنة التحكيم', 'الرسامون', 'المخرج', 'الناشرون'],
    verbs: ['افتتح', 'نشر', 'عرض', 'كرم', 'استضاف', 'أعلن', 'قدم', 'رمم'],
    objects: ['معرض الكتاب', 'مهرجان السينما', 'رواية جديدة', 'حفلا موسيقيا', 'جائزة الشعر', 'مخطوطات نادرة', 'مسرحية تاريخية', 'ورشة الخط العربي'],
    places: ['القلعة', 'المسرح البلدي', 'الحي القديم', 'قصر الثقافة', 'المكتبة العامة', 'الساحة الكبرى'],
  },
};
const NAMES = ['سمير الحداد', 'ليلى منصور', 'كريم العلي', 'هدى سليمان', 'يوسف ناصر', 'رنا خليل', 'طارق عيسى', 'منى فاروق', 'عمر زكريا', 'سلمى رشيد'];
const LINKS = ['بعد أن', 'في حين', 'وذلك قبل أن', 'مؤكدا أن', 'وأشار إلى أن', 'بينما'];
const DAYS = ['يوم الأحد', 'يوم الاثنين', 'يوم الثلاثاء', 'يوم الخميس', 'يوم السبت', 'هذا الأسبوع', 'الشهر الماضي'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function sentence(r: () => number, t: (typeof TOPICS)[string]): string {
  const a = `${pick(r, t.subjects)} ${pick(r, t.verbs)} ${pick(r, t.objects)} في ${pick(r, t.places)} ${pick(r, DAYS)}`;
  if (r() < 0.5) return `${a}، ${pick(r, LINKS)} ${pick(r, NAMES)} ${pick(r, t.verbs)} ${pick(r, t.objects)} بنسبة ${1 + Math.floor(r() * 40)} في المئة.`;
  return `وقال ${pick(r, NAMES)} إن ${pick(r, t.subjects)} ${pick(r, t.verbs)} ${pick(r, t.objects)} ${pick(r, DAYS)}.`;
}

/** Writes one synthetic story folder. */
function writeStory(dir: string, i: number, r: () => number): void {
  const topicName = pick(r, Object.keys(TOPICS));
  const topic = TOPICS[topicName] as (typeof TOPICS)[string];
  const paragraphs: string[] = [];
  // About 35 sentences a story, like the real one.
  const n = 28 + Math.floor(r() * 14);
  for (let p = 0; p < n; p++) paragraphs.push(sentence(r, topic));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'story.txt'), paragraphs.join('\n'));
  writeFileSync(
    join(dir, 'story.json'),
    JSON.stringify({
      title: { ar: `خبر ${topicName} رقم ${i}`, en: `Synthetic ${topicName} story ${i}` },
      source: 'Synthetic',
      language: 'ar',
      published: '2025-01-01',
      note: 'Generated for benchmarks; not news.',
    }),
  );
}

/**
 * Builds a knowledge folder with the real knowledge (shared files and every real story) plus
 * `synthetic` generated stories. Generated stories are reused when the folder already holds them.
 * @returns the folder
 */
export function buildArchive(knowledgeDir: string, outDir: string, synthetic: number, seed = 42): string {
  const marker = join(outDir, `_archive-${synthetic}-${seed}`);
  let built = false;
  try {
    built = statSync(marker).isDirectory();
  } catch {
    // not built yet
  }
  if (!built) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const r = prng(seed);
    for (let i = 1; i <= synthetic; i++) writeStory(join(outDir, `synthetic-${String(i).padStart(4, '0')}`), i, r);
    mkdirSync(marker);
  }
  // The real knowledge is copied afresh every time, so the archive never runs on stale lexicons.
  for (const e of readdirSync(knowledgeDir, { withFileTypes: true })) {
    if (e.isDirectory()) cpSync(join(knowledgeDir, e.name), join(outDir, e.name), { recursive: true });
    else copyFileSync(join(knowledgeDir, e.name), join(outDir, e.name));
  }
  return outDir;
}

// The planted terms: made-up words, and which papers and fields each goes into, so recall can be checked exactly.
import type { IssuePlan } from './issue-plan.ts';
import type { SeededRandom } from './random.ts';

export interface PlantedTerm {
  term: string;
  language: 'zh' | 'en';
  /** Ids `<issue>-<order>` of the only papers whose text contains the term, in archive order. */
  paperIds: string[];
}

export type PlantField = 'titleZh' | 'titleEn' | 'summary' | 'abstract' | 'commentary';

/** One term to write into one paper, and where. */
export interface Plant {
  term: string;
  language: 'zh' | 'en';
  field: PlantField;
}

// Made-up words: the Han ones use characters the generator never writes otherwise (鲸 豹 鹮 麒 麟), the Latin
// ones contain a q, which invented words never do, so each appears exactly where it is planted.
export const PLANTED_TERMS: readonly { term: string; language: 'zh' | 'en'; papers: number }[] = [
  { term: '蓝鲸影像组学', language: 'zh', papers: 1 },
  { term: '雪豹注意力网络', language: 'zh', papers: 2 },
  { term: '朱鹮评分', language: 'zh', papers: 3 },
  { term: '麒麟征象', language: 'zh', papers: 5 },
  { term: 'quokkanet', language: 'en', papers: 1 },
  { term: 'quetzalformer', language: 'en', papers: 2 },
  { term: 'qiviutscore', language: 'en', papers: 4 },
  { term: 'quaggaseg', language: 'en', papers: 5 },
];
const PLANT_FIELDS: Record<'zh' | 'en', readonly PlantField[]> = {
  zh: ['titleZh', 'summary', 'commentary'],
  en: ['titleEn', 'abstract', 'commentary'],
};

export function plantTerms(issues: readonly IssuePlan[], rng: SeededRandom): { terms: PlantedTerm[]; byPaper: Map<string, Plant[]> } {
  const allIds = issues.flatMap((issue) => issue.paperIds);
  const position = new Map(allIds.map((id, index) => [id, index]));
  const byPaper = new Map<string, Plant[]>();
  const terms = PLANTED_TERMS.map(({ term, language, papers }, termIndex): PlantedTerm => {
    const paperIds = rng.sample(allIds, papers).sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    paperIds.forEach((id, i) => {
      // Rotating the field per term and paper puts every term in several kinds of field across the set.
      const fields = PLANT_FIELDS[language];
      const field = fields[(termIndex + i) % fields.length] ?? 'commentary';
      byPaper.set(id, [...(byPaper.get(id) ?? []), { term, language, field }]);
    });
    return { term, language, paperIds };
  });
  return { terms, byPaper };
}

// Tags a paper with modalities and diseases from its own text, and can say why.
import type { LabelledPart } from '../newsletter/types.ts';
import { insideAny } from './clause-patterns.ts';
import { differentialSpans } from './differential.ts';
import { referenceStandardSpans, reportKindMatches } from './modality-context.ts';
import type { FieldWeights, Taxonomy, Topic } from './taxonomy.ts';
import { foldWidth } from '../text/fold.ts';
import { compileTerms, type TermSpec } from './term-matcher.ts';

export interface TaggablePaper {
  titleZh: string;
  titleEn: string;
  summary: readonly LabelledPart[];
  abstract: readonly LabelledPart[];
  commentary: readonly string[];
}

export type TaggedField = keyof FieldWeights;

export interface TopicEvidence {
  field: TaggedField;
  /** The text that matched, as it stands in the paper. */
  text: string;
  /** The taxonomy term it matched. */
  term: string;
  /** Set when the match did not count, and why. */
  ignored?: IgnoredBecause;
}

/**
 * Why a match did not count: a disease named as a differential diagnosis or comparison; a modality named only
 * as the kind of report the study reads, or as the reference standard that confirmed its findings.
 */
export type IgnoredBecause = 'differential' | 'report-text' | 'reference-standard';

export interface TopicDecision {
  slug: string;
  kind: Topic['kind'];
  score: number;
  tagged: boolean;
  evidence: TopicEvidence[];
}

export interface Tagging {
  modalities: string[];
  diseases: string[];
  /** Every topic with at least one match, tagged or not. */
  decisions: TopicDecision[];
}

export type Tagger = (paper: TaggablePaper) => Tagging;

// Summary parts that state what the study is and concludes; results and background weigh less.
const KEY_SUMMARY_LABELS = new Set(['目的', '目标', '方法', '结论', '研究目的', '研究方法', '临床意义']);

function fieldsOf(paper: TaggablePaper): [TaggedField, string][] {
  const join = (parts: readonly LabelledPart[]) => parts.map((p) => p.text).join('\n');
  const isKey = (p: LabelledPart) => p.label !== null && KEY_SUMMARY_LABELS.has(p.label);
  return [
    ['titleZh', paper.titleZh],
    ['titleEn', paper.titleEn],
    ['summaryKey', join(paper.summary.filter(isKey))],
    ['summaryOther', join(paper.summary.filter((p) => !isKey(p)))],
    ['abstract', join(paper.abstract)],
    ['commentary', paper.commentary.join('\n')],
  ];
}

export function createTagger(taxonomy: Taxonomy): Tagger {
  const topics = [...taxonomy.modalities, ...taxonomy.diseases];
  const specs: TermSpec<Topic>[] = topics.flatMap((topic) => [
    ...topic.zh.map((term) => ({ term, mode: 'substring' as const, payload: [topic] })),
    ...topic.en.map((term) => ({ term, mode: 'word' as const, payload: [topic] })),
    ...topic.acronyms.map((term) => ({ term, mode: 'acronym' as const, payload: [topic] })),
    // Exclude phrases match like terms but stand for nothing, so they swallow the term inside them.
    ...topic.exclude.map((term) => ({ term, mode: /[\u4e00-\u9fff]/.test(term) ? ('substring' as const) : ('word' as const), payload: [] })),
  ]);
  const matcher = compileTerms(specs);

  return (paper) => {
    const evidence = new Map<Topic, TopicEvidence[]>();
    const scoredFields = new Map<Topic, Set<TaggedField>>();
    for (const [field, raw] of fieldsOf(paper)) {
      if (!raw) continue;
      const text = foldWidth(raw);
      const differential = differentialSpans(text);
      const reference = referenceStandardSpans(text);
      const matches = matcher.find(text, true);
      const modalityMatches = matches.flatMap((match, i) => (match.payload.some((t) => t.kind === 'modalities') ? [{ ...match, i }] : []));
      const reportKind = new Set([...reportKindMatches(text, modalityMatches)].map((k) => modalityMatches[k]?.i));
      const whyIgnored = (topic: Topic, match: (typeof matches)[number], i: number): IgnoredBecause | undefined => {
        if (topic.kind === 'diseases') return insideAny(differential, match.start) ? 'differential' : undefined;
        if (reportKind.has(i)) return 'report-text';
        return insideAny(reference, match.start) ? 'reference-standard' : undefined;
      };
      matches.forEach((match, i) => {
        for (const topic of match.payload) {
          const ignored = whyIgnored(topic, match, i);
          const list = evidence.get(topic) ?? [];
          list.push({ field, text: match.text, term: match.term, ...(ignored ? { ignored } : {}) });
          evidence.set(topic, list);
          if (!ignored) scoredFields.set(topic, (scoredFields.get(topic) ?? new Set()).add(field));
        }
      });
    }
    const decisions = topics
      .filter((topic) => evidence.has(topic))
      .map((topic): TopicDecision => {
        const score = [...(scoredFields.get(topic) ?? [])].reduce((sum, field) => sum + taxonomy.weights[field], 0);
        return { slug: topic.slug, kind: topic.kind, score, tagged: score >= taxonomy.threshold, evidence: evidence.get(topic) ?? [] };
      });
    const tagged = (kind: Topic['kind']) => decisions.filter((d) => d.kind === kind && d.tagged).map((d) => d.slug);
    return { modalities: tagged('modalities'), diseases: tagged('diseases'), decisions };
  };
}

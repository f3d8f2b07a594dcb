// Why a paper is listed as similar, in words: the topics both are tagged with, then the words they share most
// that do not just name one of those topics again (PET beside the topic PET says nothing new).
import type { Topic } from '../topics/taxonomy.ts';
import type { SimilarPaper } from './similar-papers.ts';

export interface SimilarReason {
  /** Topic labels, then shared words: what the CLI prints as `shared`. */
  shared: string[];
  /** 共同主题:肺癌、PET · 共同词语:放射组学、segmentation */
  text: string;
}

type TopicNames = Pick<Topic, 'label' | 'labelEn' | 'zh' | 'en' | 'acronyms'>;
const SHOWN_TERMS = 3;

export function similarReason(similar: Pick<SimilarPaper, 'topics' | 'terms'>, topicsBySlug: ReadonlyMap<string, TopicNames>): SimilarReason {
  const topics = similar.topics.map((slug) => topicsBySlug.get(slug));
  const labels = similar.topics.map((slug, i) => topics[i]?.label ?? slug);
  const named = new Set(topics.flatMap((t) => (t ? [t.label, t.labelEn, ...t.zh, ...t.en, ...t.acronyms] : [])).map((name) => name.toLowerCase()));
  const terms = similar.terms.filter((term) => !named.has(term.toLowerCase())).slice(0, SHOWN_TERMS);
  const parts = [labels.length > 0 ? `共同主题:${labels.join('、')}` : '', terms.length > 0 ? `共同词语:${terms.join('、')}` : ''];
  return { shared: [...labels, ...terms], text: parts.filter(Boolean).join(' · ') };
}

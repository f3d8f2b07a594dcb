// Sentence templates: a source sentence cut into literal text and slots for topics, names and numbers.
import type { TopicFacet } from '../../../src/lib/site/facet-names.ts';
import type { Topic } from '../../../src/lib/topics/taxonomy.ts';
import { escapeRegExp } from '../../../src/lib/text/regexp.ts';

export type Slot =
  | { kind: 'topic'; topic: TopicFacet; form: 'zh' | 'en' | 'acronym'; source: string }
  | { kind: 'model' }
  | { kind: 'code' }
  | { kind: 'number'; written: string }
  | { kind: 'word'; written: string }
  | { kind: 'anchor'; written: string };

/** A source sentence cut into literal text and slots that each generated paper fills in its own way. */
export type Template = readonly (string | Slot)[];

interface SlotPattern {
  pattern: RegExp;
  /** Lower wins where matches overlap; among equals the longer match wins. */
  priority: number;
  slot: (written: string) => Slot;
}

// CamelCase names such as FetalCLIP, DeepHHF, LesionAttn are the paper's own model; these are statistics, not models.
const NOT_MODEL_NAMES = new Set(['DeLong', 'McNemar', 'PubMed', 'GitHub']);

export function templateCompiler(modalities: readonly Topic[], diseases: readonly Topic[]): (sentence: string) => Template {
  const patterns: SlotPattern[] = [
    ...topicPatterns('modalities', modalities),
    ...topicPatterns('diseases', diseases),
    { pattern: /(?<![A-Za-z\d])[A-Z]{2,}\d{2,}(?![A-Za-z\d])/g, priority: 1, slot: () => ({ kind: 'code' }) },
    {
      pattern: /(?<![A-Za-z\d])[A-Z][a-z]+[A-Z][A-Za-z\d]*(?![A-Za-z\d])/g,
      priority: 2,
      slot: (written) => (NOT_MODEL_NAMES.has(written) ? { kind: 'word', written } : { kind: 'model' }),
    },
    // Percentages (95% CI) stay as written; counts, decimals and years vary per paper.
    { pattern: /(?<![A-Za-z\d.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![A-Za-z\d%月日]|\.\d)/g, priority: 3, slot: (written) => ({ kind: 'number', written }) },
    { pattern: /(?<![A-Za-z\d-])[a-z]{7,}(?![A-Za-z\d-])/g, priority: 4, slot: (written) => ({ kind: 'word', written }) },
    { pattern: /模型|网络|框架|特征|队列|策略|方法|指标/g, priority: 5, slot: (written) => ({ kind: 'anchor', written }) },
  ];
  return (sentence) => compileTemplate(sentence, patterns);
}

function topicPatterns(topic: TopicFacet, topics: readonly Topic[]): SlotPattern[] {
  const forms = ['zh', 'en', 'acronym'] as const;
  return forms.flatMap((form): SlotPattern[] => {
    // The first topic listing a term owns it (PET/CT is under pet and ct); English terms are looked up folded.
    const owner = new Map<string, string>();
    const key = (term: string) => (form === 'en' ? term.toLowerCase() : term);
    for (const t of topics) for (const term of termsOfForm(t, form)) if (!owner.has(key(term))) owner.set(key(term), t.slug);
    // An empty alternation would match the empty string everywhere.
    if (owner.size === 0) return [];
    const alternation = [...owner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    const pattern =
      form === 'zh'
        ? new RegExp(alternation, 'g')
        : new RegExp(`(?<![A-Za-z\\d])(?:${alternation})(?![A-Za-z\\d])`, form === 'en' ? 'gi' : 'g');
    return [{ pattern, priority: 0, slot: (written) => ({ kind: 'topic', topic, form, source: owner.get(key(written)) ?? '' }) }];
  });
}

function termsOfForm(topic: Topic, form: 'zh' | 'en' | 'acronym'): string[] {
  return form === 'zh' ? topic.zh : form === 'en' ? topic.en : topic.acronyms;
}

function compileTemplate(sentence: string, patterns: readonly SlotPattern[]): Template {
  const candidates = patterns.flatMap(({ pattern, priority, slot }) =>
    [...sentence.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, priority, slot: slot(m[0]) })),
  );
  candidates.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: typeof candidates = [];
  for (const c of candidates) if (accepted.every((a) => c.end <= a.start || c.start >= a.end)) accepted.push(c);
  accepted.sort((a, b) => a.start - b.start);
  const pieces: (string | Slot)[] = [];
  let cursor = 0;
  for (const { start, end, slot } of accepted) {
    const gap = sentence.slice(cursor, start);
    // FDG PET/CT, 霍奇金淋巴瘤, Hodgkin Lymphoma: two names of one topic side by side become one slot, not two copies.
    if (slot.kind === 'topic' && gap.trim() === '' && sameTopic(pieces[pieces.length - 1], slot)) {
      cursor = end;
      continue;
    }
    if (gap) pieces.push(gap);
    pieces.push(slot);
    cursor = end;
  }
  if (cursor < sentence.length) pieces.push(sentence.slice(cursor));
  return pieces;
}

function sameTopic(previous: string | Slot | undefined, slot: Slot & { kind: 'topic' }): boolean {
  return typeof previous === 'object' && previous.kind === 'topic' && previous.source === slot.source;
}

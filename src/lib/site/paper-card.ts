// One paper as a card in a list. Paper lists (PaperListItem.astro) build it from the collections, the search page
// (src/scripts/search/) from the index's result document; both draw the same model with the same class names.
import type { Paper } from '../newsletter/archive.ts';
import { formatDateZh } from './dates.ts';
import { paperProseOf, type PaperProse } from './paper-prose.ts';
import { facetPath, issuePath, paperPath } from './paths.ts';
import { tagChipOf, type TagChip, type TagName } from './tag-chip.ts';

export interface CardLink {
  text: string;
  href: string;
}

export interface PaperCard {
  /** `<issue>-<order>`, e.g. 56-1. */
  id: string;
  /** The paper's own page. */
  href: string;
  titleZh: string;
  titleEn: string;
  /** The journal's name, linking to its facet page. */
  journal: CardLink;
  /** 第56期, linking to the issue. */
  issue: CardLink;
  /** The issue's date: ISO for `<time datetime>`, and as the newsletter writes it. */
  date: { iso: string; text: string };
  /** Modalities, then diseases. */
  tags: readonly TagChip[];
  /** Summary, abstract and commentary, the non-empty ones in that order: the search card's snippet is cut from them. */
  snippetSources: readonly string[];
}

type CardFacts = Pick<PaperCard, 'id' | 'titleZh' | 'titleEn' | 'tags'> & {
  journal: { name: string; slug: string };
  issueNumber: number;
  issueDate: string;
  prose: PaperProse;
};

function cardOf(facts: CardFacts): PaperCard {
  return {
    id: facts.id,
    href: paperPath(facts.id),
    titleZh: facts.titleZh,
    titleEn: facts.titleEn,
    journal: { text: facts.journal.name, href: facetPath('journals', facts.journal.slug) },
    issue: { text: `第${facts.issueNumber}期`, href: issuePath(facts.issueNumber) },
    date: { iso: facts.issueDate, text: formatDateZh(facts.issueDate) },
    tags: facts.tags,
    snippetSources: [facts.prose.summary, facts.prose.abstract, facts.prose.commentary].filter((text) => text !== ''),
  };
}

/** A paper of the collections, with its tags as tagLinksOf gives them. */
export function paperCardOf(paper: Paper, tags: readonly TagName[]): PaperCard {
  return cardOf({ ...paper, tags: tags.map(tagChipOf), prose: paperProseOf(paper) });
}

/**
 * What a result document of the search index (docs/<n>.json, a SearchDoc) holds for a card: written out here so
 * site/ needs nothing from search/, which builds those documents from site/'s helpers.
 */
export type CardDoc = Pick<CardFacts, 'id' | 'titleZh' | 'titleEn' | 'issueNumber' | 'issueDate'> &
  PaperProse & { journal: string; journalSlug: string; tags: readonly TagName[] };

/** A result document of the search index, as the browser fetches it. */
export function paperCardOfDoc(doc: CardDoc): PaperCard {
  return cardOf({ ...doc, journal: { name: doc.journal, slug: doc.journalSlug }, tags: doc.tags.map(tagChipOf), prose: doc });
}

// A paper's modality or disease as a chip linking to its facet page, as paper cards and paper pages show it.
import type { TopicFacet } from './facet-names.ts';
import { facetPath } from './paths.ts';

/** A tag as the collections (topics/facets.ts's TagLink) and a result document both carry it. */
export interface TagName {
  kind: TopicFacet;
  slug: string;
  label: string;
  labelEn: string;
}

export interface TagChip {
  kind: TopicFacet;
  /** The Chinese name. */
  label: string;
  /** The English name, or null where it would only repeat the label (PET, ECG). */
  labelEn: string | null;
  /** The topic's facet page. */
  href: string;
}

export function tagChipOf(tag: TagName): TagChip {
  return { kind: tag.kind, label: tag.label, labelEn: tag.labelEn === tag.label ? null : tag.labelEn, href: facetPath(tag.kind, tag.slug) };
}

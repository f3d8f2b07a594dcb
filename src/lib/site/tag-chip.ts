// A paper's modality or disease as a chip linking to its facet page, as paper cards and paper pages show it.
import type { TagLink } from '../topics/facets.ts';
import { facetPath } from './paths.ts';

export interface TagChip {
  kind: TagLink['kind'];
  /** The Chinese name. */
  label: string;
  /** The English name, or null where it would only repeat the label (PET, ECG). */
  labelEn: string | null;
  /** The topic's facet page. */
  href: string;
}

/** From a tag as the collections (TagLink) or a result document has it: both carry kind, slug and both names. */
export function tagChipOf(tag: Pick<TagLink, 'kind' | 'slug' | 'label' | 'labelEn'>): TagChip {
  return { kind: tag.kind, label: tag.label, labelEn: tag.labelEn === tag.label ? null : tag.labelEn, href: facetPath(tag.kind, tag.slug) };
}

// The paper card's class names: one set for PaperListItem.astro, the search page's DOM and src/styles/global.css.
import type { TagChip } from './tag-chip.ts';

export const PAPER_CARD_CLASS = {
  card: 'paper-card',
  /** A search result's placeholder until its document arrives: a card's height, so nothing moves when it does. */
  loading: 'paper-card--loading',
  placeholder: 'paper-card__placeholder',
  error: 'paper-card__error',
  title: 'paper-card__title',
  titleEn: 'paper-card__title-en',
  meta: 'paper-card__meta',
  snippet: 'paper-card__snippet',
  tags: 'tags',
  tagEn: 'tag__en',
} as const;

/** A chip's classes: modalities and diseases look different. */
export const tagChipClass = (kind: TagChip['kind']): string => `tag tag--${kind}`;

// Draws a paper card (src/lib/site/paper-card.ts) into a search result, as PaperListItem.astro renders it on the
// paper lists, plus the snippet and the query's marks. Text nodes only: titles and abstracts must never parse as HTML.
import { highlightPieces, snippetOf, type TextPiece } from '../../lib/search/highlight.ts';
import { PAPER_CARD_CLASS, tagChipClass } from '../../lib/site/paper-card-classes.ts';
import type { CardLink, PaperCard } from '../../lib/site/paper-card.ts';
import type { TagChip } from '../../lib/site/tag-chip.ts';
import { textElement } from './dom.ts';

function marked<K extends keyof HTMLElementTagNameMap>(tag: K, pieces: readonly TextPiece[], className: string): HTMLElementTagNameMap[K] {
  const element = textElement(tag, '', className);
  for (const piece of pieces) element.append(piece.mark ? textElement('mark', piece.text) : piece.text);
  return element;
}

function link({ text, href }: CardLink): HTMLAnchorElement {
  const anchor = textElement('a', text);
  anchor.href = href;
  return anchor;
}

function chip(tag: TagChip): HTMLLIElement {
  const anchor = textElement('a', tag.label, tagChipClass(tag.kind));
  anchor.href = tag.href;
  if (tag.labelEn) {
    const english = textElement('span', tag.labelEn, PAPER_CARD_CLASS.tagEn);
    english.lang = 'en';
    anchor.append(english);
  }
  const item = document.createElement('li');
  item.append(anchor);
  return item;
}

/** Replaces the item's content with the card; `terms` are the query's words, marked in titles and snippet. */
export function drawPaperCard(item: HTMLLIElement, card: PaperCard, terms: readonly string[]): void {
  item.className = PAPER_CARD_CLASS.card;
  const title = marked('a', highlightPieces(card.titleZh, terms), PAPER_CARD_CLASS.title);
  title.href = card.href;
  const titleEn = marked('p', highlightPieces(card.titleEn, terms), PAPER_CARD_CLASS.titleEn);
  titleEn.lang = 'en';
  const journal = link(card.journal);
  journal.lang = 'en';
  const date = textElement('time', card.date.text);
  date.dateTime = card.date.iso;
  const meta = textElement('p', '', PAPER_CARD_CLASS.meta);
  meta.append(journal, ' · ', link(card.issue), ' · ', date);
  const parts: HTMLElement[] = [title, titleEn, meta];
  // No list for no tags, as on the paper lists (TagList.astro).
  if (card.tags.length > 0) {
    const tags = textElement('ul', '', PAPER_CARD_CLASS.tags);
    tags.append(...card.tags.map(chip));
    parts.push(tags);
  }
  parts.push(marked('p', snippetOf(card.snippetSources, terms), PAPER_CARD_CLASS.snippet));
  item.replaceChildren(...parts);
}

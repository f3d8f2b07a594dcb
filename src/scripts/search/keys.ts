// The search page's keys: `/` focuses the box, arrows walk the results, Escape goes back to the box.
// Enter needs nothing here: it follows the focused result link.

/** Where the key was pressed, as far as the shortcuts care. */
export interface KeyContext {
  /** Focus is in a text field (the box, the header's box…), where `/` is a character to type. */
  typing: boolean;
  /** Focus is in the search page's own box. */
  inBox: boolean;
  /** Index of the focused result link, or -1. */
  current: number;
  /** How many result links are drawn. */
  results: number;
}

/** What to focus ('box' or a result's index), whether to select the box's text, whether to stop the browser's own handling. */
export interface KeyAction {
  focus: 'box' | number;
  select: boolean;
  preventDefault: boolean;
}

export function keyAction(key: string, context: KeyContext): KeyAction | null {
  const { typing, inBox, current, results } = context;
  if (key === '/' && !typing) return { focus: 'box', select: true, preventDefault: true };
  if (results === 0) return null;
  if (key === 'ArrowDown' && (inBox || current >= 0)) return { focus: Math.min(results - 1, current + 1), select: false, preventDefault: true };
  if (key === 'ArrowUp' && current >= 0) return { focus: current === 0 ? 'box' : current - 1, select: false, preventDefault: true };
  if (key === 'Escape' && current >= 0) return { focus: 'box', select: false, preventDefault: false };
  return null;
}

/** Listens on the whole document, so `/` works from anywhere on the page. */
export function listenForKeys(box: HTMLInputElement, resultLinks: () => HTMLAnchorElement[]): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target?.isContentEditable ?? false);
    const links = resultLinks();
    const action = keyAction(event.key, {
      typing,
      inBox: target === box,
      current: links.findIndex((link) => link === document.activeElement),
      results: links.length,
    });
    if (!action) return;
    if (action.preventDefault) event.preventDefault();
    if (action.focus !== 'box') {
      links[action.focus]?.focus();
      return;
    }
    box.focus();
    if (action.select) box.select();
  });
}

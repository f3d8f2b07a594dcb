// Building the search page's elements from text: content from the archive is only ever set as text, never parsed.

/** An element holding `content` as text. */
export function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, content: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

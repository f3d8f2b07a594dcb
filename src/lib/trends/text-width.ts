// Chart text is laid out at build, without a browser to measure it: widths are estimated from the characters,
// generously, so labels do not collide and long names are cut with an ellipsis (the table beside keeps them whole).

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Estimated width of `text` at `fontSize`: CJK and full-width characters one em, others 0.62 em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.62;
  return ems * fontSize;
}

/** `text` cut with … so it fits `maxWidth`; unchanged when it already fits. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

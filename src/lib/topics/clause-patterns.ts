// The pieces the context patterns (differential.ts, modality-context.ts) are made of, and how they are run.

/** Where a pattern's capture group stands in the text. */
export interface Span {
  start: number;
  end: number;
}

/** A clause's characters: a comma or full stop ends it, a decimal point (0.81) does not. */
export const CLAUSE = String.raw`(?:[^，。；：,;:!?！？\n.]|\.(?=\d))`;
/** A sentence's characters: lists run over commas ("adjusted for age, sex, diabetes and hypertension"). */
export const SENTENCE = String.raw`(?:[^。；;!?！？\n.]|\.(?=\d))`;

/**
 * Flags of the case-blind English patterns: without `u`, which makes V8 fold case by Unicode's rules at every
 * position (7–10× slower over a paper). The text is NFKC-folded first, so the few letters those rules add (ſ, K)
 * are already plain s and K. Without `u` a character beyond the BMP counts twice towards a clause's length, which
 * these lengths (tens of characters of English) can spare.
 */
export const ENGLISH_FLAGS = 'gid';

/** Every match's first capture group that took part, overlapping matches included (each try starts one further). */
export function captureSpans(patterns: readonly RegExp[], text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const range = m.indices?.slice(1).find((r) => r !== undefined);
      if (range) spans.push({ start: range[0], end: range[1] });
      pattern.lastIndex = m.index + 1;
    }
  }
  return spans;
}

export function insideAny(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => position >= span.start && position < span.end);
}

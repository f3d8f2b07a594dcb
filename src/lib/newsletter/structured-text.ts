// Keeps the labelled structure of summaries (目的/方法/结果/结论) and abstracts (PURPOSE:/Methods:…).
import type { LabelledPart } from './types.ts';

const SUMMARY_LABEL =
  /^(目的|目标|背景|方法|结果|结论|意义|局限性?|研究目的|研究方法|主要结果|临床意义|研究背景)\s*[:：]\s*(.*)$/;

/** One part per line; a label alone on its line takes the next line as its text. */
export function toSummaryParts(lines: readonly string[]): LabelledPart[] {
  return toParts(lines, (line) => {
    const m = SUMMARY_LABEL.exec(line);
    return m?.[1] ? { label: m[1], text: (m[2] ?? '').trim() } : null;
  });
}

// Labels that structured abstracts use (radiology, nuclear medicine, Lancet, JAMA, Nature-style key points).
const ABSTRACT_LABELS = [
  'Background',
  'Purpose',
  'Objectives?',
  'Aims?',
  'Introduction',
  'Context',
  'Rationale and Objectives',
  'Materials and Methods',
  'Methods?',
  'Design',
  'Design, Setting, and Participants',
  'Setting',
  'Participants',
  'Exposures?',
  'Interventions?',
  'Main Outcomes? and Measures?',
  'Results',
  'Findings',
  'Observations',
  'Conclusions?',
  'Conclusions and Relevance',
  'Interpretation',
  'Significance',
  'Importance',
  'Relevance',
  'Clinical Relevance',
  'Clinical Relevance Statement',
  'Critical Relevance Statement',
  'Key Points',
  'Key Findings',
  'Question',
  'Meaning',
  'Summary',
  'Funding',
  'Trial Registration',
  'Evidence before this study',
  'Added value of this study',
  'Implications of all the available evidence',
];
const LABEL_ALTERNATION = ABSTRACT_LABELS.join('|');
// At the start of a line: a known label in any case, or any ALL-CAPS phrase, before a colon.
const LEADING_LABEL = new RegExp(`^((?:${LABEL_ALTERNATION})|[A-Z][A-Z ,&/'-]{1,48}[A-Z])\\s*:\\s*(.*)$`, 'i');
const CAPS_LABEL = /^[A-Z][A-Z ,&/'-]{1,48}[A-Z]$/;
const KNOWN_LABEL = new RegExp(`^(?:${LABEL_ALTERNATION})$`, 'i');
// Inside a paragraph, only after a sentence end and written Title-case or ALL CAPS: "…trial. Methods: This…".
const INLINE_LABEL = new RegExp(
  `(?<=[.!?)\\]])\\s+((?:${LABEL_ALTERNATION})|(?:${LABEL_ALTERNATION.toUpperCase()}))\\s*:\\s+`,
  'g',
);

function leadingAbstractLabel(line: string): { label: string; text: string } | null {
  const m = LEADING_LABEL.exec(line);
  if (!m?.[1]) return null;
  const label = m[1].trim();
  const isCapsOrKnown = (CAPS_LABEL.test(label) && label === label.toUpperCase()) || KNOWN_LABEL.test(label);
  if (!isCapsOrKnown) return null;
  return { label, text: (m[2] ?? '').trim() };
}

/** Abstract sections: labelled where the abstract labels them (also mid-paragraph), plain paragraphs otherwise. */
export function toAbstractParts(lines: readonly string[]): LabelledPart[] {
  const parts = toParts(lines, leadingAbstractLabel);
  return parts.flatMap(splitInlineLabels);
}

function splitInlineLabels(part: LabelledPart): LabelledPart[] {
  const pieces: LabelledPart[] = [];
  let label = part.label;
  let cursor = 0;
  for (const m of part.text.matchAll(INLINE_LABEL)) {
    const before = part.text.slice(cursor, m.index).trim();
    if (before) pieces.push({ label, text: before });
    label = m[1] ?? null;
    cursor = m.index + m[0].length;
  }
  const rest = part.text.slice(cursor).trim();
  if (rest || pieces.length === 0) pieces.push({ label, text: rest });
  return pieces;
}

function toParts(
  lines: readonly string[],
  readLabel: (line: string) => { label: string; text: string } | null,
): LabelledPart[] {
  const parts: LabelledPart[] = [];
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line) continue;
    const labelled = readLabel(line);
    const previous = parts[parts.length - 1];
    if (labelled) {
      parts.push({ label: labelled.label, text: labelled.text });
    } else if (previous && previous.label !== null && previous.text === '') {
      previous.text = line;
    } else {
      parts.push({ label: null, text: line });
    }
  }
  return parts;
}

// The newsletter's data model: what one issue file says, before any site concerns.

/** A problem found in an issue file, located by 1-based line number. */
export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

/** One labelled part of a structured text (目的/方法… or PURPOSE:/METHODS:…); label is null for a plain paragraph. */
export interface LabelledPart {
  label: string | null;
  text: string;
}

/** A paper exactly as the issue text gives it, before journal lookup and tagging. */
export interface ParsedPaper {
  /** 1-based position in the issue, as numbered by the editors. */
  order: number;
  titleZh: string;
  titleEn: string;
  /** Journal name as the editors wrote it after 期刊:. */
  journalAsWritten: string;
  /** 中文摘要, one part per line, with 目的/方法/结果/结论 labels kept. */
  summary: LabelledPart[];
  /** 本刊点评 paragraphs; empty when the paper has none. */
  commentary: string[];
  /** 英文原摘要 sections with PURPOSE:/METHODS:… labels kept; empty when the paper has none. */
  abstract: LabelledPart[];
  /** Normalised DOI: lower-case, no resolver prefix. */
  doi: string;
  /** Line of the paper's numbered title, for messages. */
  line: number;
  /** Line of the 期刊: line, for messages. */
  journalLine: number;
  /** Line of the paper's DOI link, for messages. */
  doiLine: number;
}

export interface ParsedIssue {
  number: number;
  /** ISO date YYYY-MM-DD from the header. */
  date: string;
  /** Line of the header, for messages. */
  headerLine: number;
  /** Text between the header and the first paper, one paragraph per line. */
  intro: string[];
  /** Text after the last paper, one paragraph per line. */
  outro: string[];
  papers: ParsedPaper[];
}

export type ParseOutcome =
  | { ok: true; issue: ParsedIssue; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}

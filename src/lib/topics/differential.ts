// Finds the stretches of text that name a differential diagnosis, a comparison or a source of false
// positives: a disease named only there is not what the paper is about.

export interface Span {
  start: number;
  end: number;
}

// Each pattern's capture group is the differential stretch; it ends at the clause's end.
// A full stop ends a clause, a decimal point (0.81) does not.
const CLAUSE = String.raw`(?:[^，。；：,;:!?！？\n.]|\.(?=\d))`;
const DIFFERENTIAL_PATTERNS: RegExp[] = [
  // 鉴别肺癌与肺炎 / 区分A和B: what follows 与/和 is the differential.
  new RegExp(String.raw`(?:鉴别|区分|区别)${CLAUSE}{1,30}?(?:与|和|及)(${CLAUSE}{1,30})`, 'gud'),
  // 需与肺炎(相)鉴别
  new RegExp(String.raw`与(${CLAUSE}{1,30}?)(?:相)?(?:鉴别|区分|区别)`, 'gud'),
  new RegExp(String.raw`(?:鉴别诊断|误诊为|误诊|假阳性|假阴性|而非|而不是|排除|类似于)(${CLAUSE}{1,40})`, 'gud'),
  // distinguish lung cancer from pneumonia
  new RegExp(String.raw`\b(?:distinguish|differentiat|discriminat|separat)\w*\b${CLAUSE}{1,80}?\bfrom\b(${CLAUSE}{1,80})`, 'giud'),
  new RegExp(
    String.raw`\b(?:differential diagnos[ie]s|false[- ]positives?|false[- ]negatives?|misdiagnos\w*|mimic\w*|mimicker\w*|versus|vs\.?|rather than|other than|excluding)(${CLAUSE}{1,80})`,
    'giud',
  ),
];

export function differentialSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of DIFFERENTIAL_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const range = m.indices?.[1];
      if (range) spans.push({ start: range[0], end: range[1] });
      pattern.lastIndex = m.index + 1;
    }
  }
  return spans;
}

export function insideAny(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => position >= span.start && position < span.end);
}

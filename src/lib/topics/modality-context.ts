// Finds modality words that do not say what images a study used: a modality named only as the kind of report
// or record a study reads (CT、MRI和X线报告, "radiograph reports"), or as the reference standard that confirmed
// its findings (以复查X线、CT或临床随访确认, "confirmed by follow-up CT").
import { CLAUSE, captureSpans, ENGLISH_FLAGS, SENTENCE, type Span } from './clause-patterns.ts';

// A modality word naming a kind of text: directly followed by the report noun, optionally after a word for
// the examination (CT检查报告, MRI scan reports). "Report generation" is the opposite: images in, text out.
const REPORT_NOUN = new RegExp(
  String.raw`^(?:片|检查|扫描|影像学?|诊断|平扫|增强)?\s*(?:放射学|影像学|诊断)?(?:报告|申请单|病历|文本)(?!\s*(?:自动)?生成)` +
    String.raw`|^(?:\s+(?:scans?|exams?|examinations?|imaging|studies|study))?\s+(?:reports?|report texts?|free[- ]text|notes|records|requisitions|orders)\b(?!\s+generat)`,
  'iu',
);

// What may stand between two modality words of one list: a count of the previous item, a separator or
// conjunction, and a short qualifier of the next item (胸部CT 420份、腹部CT或MRI; "420 chest CT, 380 abdominal
// CT or MRI"). A word before the separator ends the list: in CT图像和MRI报告 the CT images are not reports.
const LIST_GAP =
  /^\s*(?:\d[\d,.]*\s*(?:份|例|张|名)?)?\s*(?:[,，、/&]\s*|\b(?:and|or)\b\s*|和|或|及|与|以及)+\s*(?:\d[\d,.]*\s*)?(?:\p{Script=Han}{1,4}|[A-Za-z]+(?:[\s-][A-Za-z]+)?)?\s*$/iu;

// The parenthesis right after a report noun enumerates kinds of reports: 报告(胸部CT 420份、…).
const REPORT_PARENTHESIS = /(?:报告|reports?)\s*[(（]([^()（）]{1,160})[)）]/dgiu;

interface Located {
  start: number;
  end: number;
}

/** Indexes of the modality matches that only name a kind of report, record or text. */
export function reportKindMatches(text: string, matches: readonly Located[]): Set<number> {
  const order = matches.map((m, i) => ({ ...m, i })).sort((a, b) => a.start - b.start);
  const reportKind = new Set<number>();
  let list: number[] = [];
  order.forEach((match, k) => {
    const previous = order[k - 1];
    const sameList = previous !== undefined && previous.end <= match.start && LIST_GAP.test(text.slice(previous.end, match.start));
    list = sameList ? [...list, match.i] : [match.i];
    if (REPORT_NOUN.test(text.slice(match.end, match.end + 40))) for (const i of list) reportKind.add(i);
  });
  REPORT_PARENTHESIS.lastIndex = 0;
  for (let m = REPORT_PARENTHESIS.exec(text); m; m = REPORT_PARENTHESIS.exec(text)) {
    const inside = m.indices?.[1];
    if (!inside) continue;
    for (const match of order) if (match.start >= inside[0] && match.end <= inside[1]) reportKind.add(match.i);
  }
  return reportKind;
}

// A reference standard is often a list ("follow-up radiography, CT, or clinical follow-up"), so some patterns run
// to the sentence's end.
const REFERENCE_PATTERNS: RegExp[] = [
  // 以复查X线、CT或临床随访确认 / 经增强CT证实 / 以MRI为参考标准
  new RegExp(String.raw`(?:以|经|由)(${CLAUSE}{1,25}?)(?:确认|证实|确诊|核实|为参考标准|为金标准|为标准|作为参考标准|作为金标准)`, 'gud'),
  // 诊断依据基因检测、心内膜心肌活检或核素显像
  new RegExp(String.raw`(?:诊断|确诊)(?:依据|根据|基于)(${CLAUSE}{1,50})`, 'gud'),
  // Diagnoses were based on genetic testing, biopsy or scintigraphy
  new RegExp(String.raw`\bdiagnos[ie]s\s+(?:was|were)\s+(?:based\s+on|made\s+(?:by|with|on)|established\s+(?:by|with|on))\b(${SENTENCE}{1,120})`, ENGLISH_FLAGS),
  // 参考标准为增强CT
  new RegExp(String.raw`(?:参考标准|金标准)(?:为|是|采用|包括)[:：]?(${CLAUSE}{1,30})`, 'gud'),
  // confirmed by follow-up radiography, CT, or clinical follow-up
  new RegExp(String.raw`\b(?:confirmed|verified|proven|proved|ascertained|adjudicated)\s+(?:by|with|at|on|using)\b(${SENTENCE}{1,80})`, ENGLISH_FLAGS),
  // with CT as the reference standard / ground truth
  new RegExp(String.raw`\b(?:with|using)\b(${CLAUSE}{1,40}?)\bas\s+(?:the\s+)?(?:reference|gold)[- ]standard|\b(?:with|using)\b(${CLAUSE}{1,40}?)\bas\s+(?:the\s+)?ground[- ]truth`, ENGLISH_FLAGS),
  // the reference standard was CT angiography
  new RegExp(String.raw`\b(?:reference|gold)[- ]standards?\s+(?:was|were|included|including|of)\b(${CLAUSE}{1,60})`, ENGLISH_FLAGS),
];

/** Stretches naming the reference standard: modality words there do not say what the study imaged. */
export function referenceStandardSpans(text: string): Span[] {
  return captureSpans(REFERENCE_PATTERNS, text);
}

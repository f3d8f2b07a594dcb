// Finds the stretches of text that name a differential diagnosis, a comparison, a source of false positives,
// the other conditions a control group had, or the covariates a model adjusted for: a disease named only there
// is not what the paper is about.
import { CLAUSE, captureSpans, ENGLISH_FLAGS, SENTENCE, type Span } from './clause-patterns.ts';

// Each pattern's capture group is the differential stretch; it ends at the clause's end (covariate lists, the
// sentence's).
const DIFFERENTIAL_PATTERNS: RegExp[] = [
  // 鉴别肺癌与肺炎 / 区分A和B: what follows 与/和 is the differential.
  new RegExp(String.raw`(?:鉴别|区分|区别)${CLAUSE}{1,30}?(?:与|和|及)(${CLAUSE}{1,30})`, 'gud'),
  // 需与肺炎(相)鉴别
  new RegExp(String.raw`与(${CLAUSE}{1,30}?)(?:相)?(?:鉴别|区分|区别)`, 'gud'),
  new RegExp(String.raw`(?:鉴别诊断|误诊为|误诊|假阳性|假阴性|而非|而不是|排除|类似于)(${CLAUSE}{1,40})`, 'gud'),
  // distinguish lung cancer from pneumonia
  new RegExp(String.raw`\b(?:distinguish|differentiat|discriminat|separat)\w*\b${CLAUSE}{1,80}?\bfrom\b(${CLAUSE}{1,80})`, ENGLISH_FLAGS),
  new RegExp(
    String.raw`\b(?:differential diagnos[ie]s|false[- ]positives?|false[- ]negatives?|misdiagnos\w*|mimic\w*|mimicker\w*|versus|vs\.?|rather than|other than|excluding)(${CLAUSE}{1,80})`,
    ENGLISH_FLAGS,
  ),
  // 其他胰腺病变(胰腺神经内分泌肿瘤、慢性胰腺炎等): the other conditions of a comparison group.
  new RegExp(String.raw`(?:其他|其它)(${CLAUSE}{1,60})`, 'gud'),
  // non-PDAC pancreatic lesions (neuroendocrine tumour, chronic pancreatitis, and others)
  new RegExp(String.raw`\b(?:[Oo]ther|non-[A-Z]{2,}[\w-]*)(?:\s+[\w-]+){0,3}?\s+(?:lesions?|diseases?|conditions?|causes|tumou?rs|masses|findings|pathologies|diagnoses|disorders)\s*\(([^()]{1,200})\)`, 'gud'),
  // Covariates: 校正年龄、糖尿病和高血压后 / after adjustment for age, diabetes and hypertension.
  new RegExp(String.raw`(?:校正|矫正|调整)(${CLAUSE}{1,50})`, 'gud'),
  new RegExp(String.raw`(?:合并症|并存疾病|基础疾病|危险因素|混杂因素)(?:包括|如|有|为)(${CLAUSE}{1,50})`, 'gud'),
  new RegExp(
    String.raw`\b(?:(?:adjust(?:ed|ing|ment)?|controll?(?:ed|ing))\s+for|(?:comorbidities|risk\s+factors|confounders)\s*(?:such\s+as|including|like|\(|:))(${SENTENCE}{1,120})`,
    ENGLISH_FLAGS,
  ),
];

export function differentialSpans(text: string): Span[] {
  return captureSpans(DIFFERENTIAL_PATTERNS, text);
}

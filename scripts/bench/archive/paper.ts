// Drafts one generated paper: its topics and names, recombined titles and sentences, and generated ones around them.
import type { Topic } from '../../../src/lib/topics/taxonomy.ts';
import { fill, type PaperVoice, type TopicWords } from './fill-template.ts';
import type { SeededRandom } from './random.ts';
import { CATEGORIES, type Category, type JournalSpelling, type Sources } from './sources.ts';
import { ALPHA, capitalise, cohortCode, hanWord, latinWord, modelNameEn, modelNameZh } from './vocabulary.ts';

const METHODS: readonly (readonly [string, string])[] = [
  ['深度学习', 'deep learning'],
  ['影像组学', 'radiomics'],
  ['多模态融合', 'multimodal fusion'],
  ['自监督学习', 'self-supervised learning'],
  ['基础模型', 'foundation model'],
  ['迁移学习', 'transfer learning'],
  ['弱监督学习', 'weakly supervised learning'],
  ['视觉-语言模型', 'vision-language model'],
];
const TASKS: readonly (readonly [string, string])[] = [
  ['诊断', 'diagnosis'],
  ['预后预测', 'prognosis prediction'],
  ['风险分层', 'risk stratification'],
  ['自动分割', 'automated segmentation'],
  ['组织学分型', 'histological subtyping'],
  ['疗效评估', 'treatment response assessment'],
  ['早期筛查', 'early screening'],
  ['复发预测', 'recurrence prediction'],
];
const STUDIES: readonly (readonly [string, string])[] = [
  ['多中心研究', 'a multicenter study'],
  ['回顾性研究', 'a retrospective study'],
  ['前瞻性队列研究', 'a prospective cohort study'],
  ['外部验证研究', 'an external validation study'],
  ['系统综述与Meta分析', 'a systematic review and meta-analysis'],
];
const ABSTRACT_LABELS: readonly (readonly string[])[] = [
  ['PURPOSE', 'METHODS', 'RESULTS', 'CONCLUSION'],
  ['Background', 'Methods', 'Results', 'Conclusions'],
  ['OBJECTIVES', 'MATERIALS AND METHODS', 'RESULTS', 'CONCLUSIONS'],
];
const SUMMARY_LABELS: Record<Category, string> = { aim: '目的', methods: '方法', results: '结果', conclusion: '结论' };

export interface PaperDraft {
  id: string;
  issue: number;
  order: number;
  titleZh: string;
  titleEn: string;
  journal: JournalSpelling;
  summary: { label: string; sentences: string[] }[];
  commentary: string[];
  /** Labelled sections, or one unlabelled paragraph. */
  abstract: { label: string | null; sentences: string[] }[];
}

export function draftPaper(sources: Sources, rng: SeededRandom, where: { id: string; issue: number; order: number }): PaperDraft {
  const [modality, otherModality] = twoTopics(sources.modalities, rng);
  const [disease, otherDisease] = twoTopics(sources.diseases, rng);
  const voice: PaperVoice = {
    rng,
    modality,
    disease,
    otherModality,
    otherDisease,
    method: rng.pick(METHODS),
    modelEn: modelNameEn(rng),
    modelZh: modelNameZh(rng),
    code: cohortCode(rng),
  };
  const titles = draftTitles(sources, voice);
  return {
    ...where,
    ...titles,
    journal: journalAsWritten(rng.pickSkewed(sources.journals), rng),
    summary: draftSummary(sources, voice),
    commentary: draftCommentary(sources, voice),
    abstract: draftAbstract(sources, voice),
  };
}

/** Editors mostly write the journal's name (the first spelling), sometimes an alias, the NLM form or `Name (ABBR)`. */
function journalAsWritten(spellings: readonly JournalSpelling[], rng: SeededRandom): JournalSpelling {
  const name = spellings[0];
  return name && rng.chance(0.6) ? name : rng.pick(spellings);
}

function twoTopics(topics: readonly Topic[], rng: SeededRandom): [TopicWords, TopicWords] {
  const first = rng.pick(topics);
  let second = rng.pick(topics);
  while (second === first && topics.length > 1) second = rng.pick(topics);
  return [topicWords(first, rng), topicWords(second, rng)];
}

function topicWords(topic: Topic, rng: SeededRandom): TopicWords {
  const zh = topic.zh.length > 0 ? rng.pick(topic.zh) : topic.label;
  const en = topic.en.length > 0 ? rng.pick(topic.en) : topic.labelEn;
  return { zh, en, acronym: topic.acronyms.length > 0 ? rng.pick(topic.acronyms) : en };
}

function draftTitles(sources: Sources, voice: PaperVoice): { titleZh: string; titleEn: string } {
  const { rng, modality, disease, method } = voice;
  if (rng.chance(0.5)) {
    const source = rng.pick(sources.titles);
    return { titleZh: fill(source.zh, voice), titleEn: fill(source.en, voice) };
  }
  const [taskZh, taskEn] = rng.pick(TASKS);
  const [studyZh, studyEn] = rng.pick(STUDIES);
  if (rng.chance(0.5)) {
    return {
      titleZh: `${voice.modelEn}:基于${modality.zh}${method[0]}的${disease.zh}${taskZh}`,
      titleEn: `${voice.modelEn}: ${method[1]} on ${modality.en} for ${taskEn} in ${disease.en}.`,
    };
  }
  return {
    titleZh: `${modality.zh}${method[0]}在${disease.zh}${taskZh}中的价值:${studyZh}`,
    titleEn: `${capitalise(method[1])} with ${modality.en} for ${disease.en} ${taskEn}: ${studyEn}.`,
  };
}

function draftSummary(sources: Sources, voice: PaperVoice): PaperDraft['summary'] {
  const { rng } = voice;
  const counts: Record<Category, number> = { aim: 1, methods: rng.int(1, 2), results: rng.int(1, 2), conclusion: 1 };
  return CATEGORIES.map((category) => {
    const sentences = rng.sample(sources.summary[category], counts[category]).map((t) => fill(t, voice));
    if (category === 'methods') sentences.push(generatedMethodsZh(voice));
    if (category === 'results' && rng.chance(0.6)) sentences.push(generatedResultsZh(voice));
    return { label: SUMMARY_LABELS[category], sentences };
  });
}

function draftCommentary(sources: Sources, voice: PaperVoice): string[] {
  const { rng } = voice;
  const sentences = rng.sample(sources.commentary, rng.int(1, 2)).map((t) => fill(t, voice));
  // Never an empty comment: source issues without any 本刊点评 leave only the generated sentence.
  if (rng.chance(0.5) || sentences.length === 0) sentences.push(generatedCommentary(voice));
  return sentences;
}

function draftAbstract(sources: Sources, voice: PaperVoice): PaperDraft['abstract'] {
  const { rng } = voice;
  const counts: Record<Category, number> = { aim: rng.int(1, 2), methods: rng.int(1, 2), results: rng.int(1, 3), conclusion: 1 };
  const sections = CATEGORIES.map((category) => {
    const sentences = rng.sample(sources.abstract[category], counts[category]).map((t) => fill(t, voice));
    if (category === 'methods') sentences.push(generatedMethodsEn(voice));
    if (category === 'results' && rng.chance(0.6)) sentences.push(generatedResultsEn(voice));
    return sentences;
  });
  // Real abstracts are structured about two times in three; the rest are one paragraph.
  if (rng.chance(0.35)) return [{ label: null, sentences: sections.flat() }];
  const labels = rng.pick(ABSTRACT_LABELS);
  return sections.map((sentences, i) => ({ label: labels[i] ?? 'RESULTS', sentences }));
}

function generatedMethodsZh({ rng, modelZh, modelEn, code, disease, modality }: PaperVoice): string {
  const cohort = `${rng.int(2, 30)}家中心的${rng.int(120, 12000)}例${disease.zh}患者`;
  return `作者提出${modelZh}(${modelEn}),在${cohort}${modality.zh}数据上训练,并在${code}队列中外部验证。`;
}

function generatedResultsZh(voice: PaperVoice): string {
  const { low, auc, high } = aucWithInterval(voice.rng);
  return `${voice.modelEn}在外部测试集上的AUC为${auc}(95% CI ${low}-${high}),优于${hanWord(voice.rng)}基线模型。`;
}

function generatedCommentary(voice: PaperVoice): string {
  const { rng, modelEn, modelZh, method, disease, modality } = voice;
  if (rng.chance(0.5)) {
    return `${modelEn}把${method[0]}用到${disease.zh}的${modality.zh}上,思路清楚;但${hanWord(rng)}这类单中心数据仍难以证明泛化。`;
  }
  return `与既往${disease.zh}研究相比,${modelZh}的亮点在于${hanWord(rng)}模块,不过前瞻性验证仍是下一步。`;
}

function generatedMethodsEn({ rng, modelEn, method, modality, disease, code }: PaperVoice): string {
  const approach = `a ${latinWord(rng, ALPHA.word)}-guided ${method[1]} approach`;
  return `We developed ${modelEn}, ${approach}, using ${modality.en} data from ${rng.int(120, 12000)} patients with ${disease.en} in the ${code} cohort.`;
}

function generatedResultsEn(voice: PaperVoice): string {
  const { rng } = voice;
  const { low, auc, high } = aucWithInterval(rng);
  const baselines = `${latinWord(rng, ALPHA.word)} and ${latinWord(rng, ALPHA.word)} baselines`;
  return `${voice.modelEn} achieved an AUC of ${auc} (95% CI: ${low}-${high}), outperforming the ${baselines}.`;
}

function aucWithInterval(rng: SeededRandom): { low: string; auc: string; high: string } {
  const auc = 0.7 + rng.next() * 0.28;
  const low = auc - 0.02 - rng.next() * 0.06;
  const high = Math.min(0.995, auc + 0.02 + rng.next() * 0.05);
  return { low: low.toFixed(3), auc: auc.toFixed(3), high: high.toFixed(3) };
}

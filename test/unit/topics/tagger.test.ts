import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';
import { paperWith, realTagger, realTaxonomy } from '../../helpers/taxonomy.ts';
import { seedBytes } from '../../helpers/seed.ts';
import { readEvalJson } from '../../helpers/eval-cases.ts';

const tag = realTagger();
const taxonomy = realTaxonomy();
const tagsOf = (fields: Parameters<typeof paperWith>[0]): string[] => {
  const t = tag(paperWith(fields));
  return [...t.modalities, ...t.diseases];
};

describe('issue 56 is tagged exactly as the editors expect', () => {
  const expected = readEvalJson<{
    papers: Record<string, { modalities: string[]; diseases: string[] }>;
  }>('seed-tags.json');
  const seed = parseIssue(seedBytes(), 'seed');
  if (!seed.ok) throw new Error('seed must parse');
  it.each(seed.issue.papers.map((p) => [p.order, p] as const))('paper %i', (_order, paper) => {
    const want = expected.papers[paper.doi];
    const got = tag(paper);
    expect(new Set(got.modalities)).toEqual(new Set(want?.modalities));
    expect(new Set(got.diseases)).toEqual(new Set(want?.diseases));
  });
});

describe('every term of every entry tags its entry when it is in a title', () => {
  const topics = [...taxonomy.modalities, ...taxonomy.diseases];
  const cases = topics.flatMap((topic) =>
    [...topic.zh.map((t) => ({ titleZh: `基于${t}的深度学习研究` })), ...[...topic.en, ...topic.acronyms].map((t) => ({ titleEn: `Deep learning on ${t} in a cohort` }))].map(
      (title) => [topic.slug, Object.values(title)[0] ?? '', title] as const,
    ),
  );
  it.each(cases)('%s: %s', (slug, _title, title) => {
    expect(tagsOf(title)).toContain(slug);
  });
});

describe('entries, with positive and negative examples', () => {
  it.each([
    // [what, paper fields, must include, must not include]
    ['PET alone is pet only', { titleEn: 'FDG PET radiomics in lymphoma' }, ['pet', 'lymphoma'], ['ct']],
    ['hybrid PET/CT is pet and ct', { titleZh: '18F-FDG PET/CT预测肺癌' }, ['pet', 'ct', 'lung-cancer'], []],
    ['PET-CT with a hyphen too', { titleEn: 'PET-CT in staging' }, ['pet', 'ct'], []],
    ['PET/MRI is pet and mri', { titleEn: 'Simultaneous PET/MRI of glioma' }, ['pet', 'mri', 'glioma'], ['ct']],
    ['SPECT/CT is spect and ct', { titleEn: 'SPECT/CT of bone metastases' }, ['spect', 'ct'], ['pet']],
    ['mammography is not x-ray', { titleZh: '乳腺X线摄影筛查乳腺癌', titleEn: 'Screening mammography with AI' }, ['mammography', 'breast-cancer'], ['x-ray']],
    ['钼靶 is mammography', { titleZh: '钼靶图像的深度学习' }, ['mammography'], ['x-ray']],
    ['a chest radiograph is x-ray', { titleEn: 'Chest radiographs for pneumonia detection' }, ['x-ray', 'pneumonia'], ['mammography']],
    ['lymph nodes are not lymphoma', { titleZh: '超声预测腋窝淋巴结转移', titleEn: 'Axillary lymph node metastasis on ultrasound' }, ['ultrasound'], ['lymphoma']],
    ['HF as a word is heart failure', { titleEn: 'ECG deep learning predicts incident HF' }, ['ecg', 'heart-failure'], []],
    ['HF inside another word is not', { titleEn: 'HFNC use and hf signals on ECG' }, ['ecg'], ['heart-failure']],
    ['AD is Alzheimer disease, ADC is not', { titleEn: 'ADC maps on MRI' }, ['mri'], ['alzheimers']],
    ['AD written in capitals is', { titleEn: 'Amyloid PET in AD' }, ['pet', 'alzheimers'], []],
    ['ad in lower case is not', { titleEn: 'An ad hoc MRI protocol' }, ['mri'], ['alzheimers']],
    ['DR is diabetic retinopathy, DRL is not', { titleEn: 'DRL values for CT' }, ['ct'], ['diabetic-retinopathy']],
    ['DR in a fundus study', { titleEn: 'Referable DR on fundus photographs' }, ['fundus-oct', 'diabetic-retinopathy'], []],
    ['CT in capitals only: Ct values are PCR', { titleEn: 'Ct values and COVID-19 outcomes' }, ['covid-19'], ['ct']],
    ['US as ultrasound', { titleEn: 'Thyroid nodules on US' }, ['ultrasound', 'thyroid-nodule'], []],
    ['US as a country is not', { titleEn: 'MRI use in US hospitals' }, ['mri'], ['ultrasound']],
    ['中风险 is medium risk, not stroke', { titleZh: '中风险前列腺癌的磁共振评估' }, ['mri', 'prostate-cancer'], ['stroke']],
    ['脑卒中 is stroke', { titleZh: '急性缺血性脑卒中CT灌注' }, ['ct', 'stroke'], []],
    ['stroke volume is not stroke', { titleEn: 'Stroke volume from echocardiography' }, ['ultrasound'], ['stroke']],
    ['histopathological confirmation is not pathology imaging', { titleEn: 'MRI of breast cancer with histopathological confirmation' }, ['mri'], ['pathology']],
    ['whole-slide images are pathology', { titleEn: 'Foundation model for whole slide images of gastric cancer' }, ['pathology', 'gastric-cancer'], []],
    ['全切片图像 is pathology', { titleZh: '全切片图像预测结直肠癌微卫星不稳定' }, ['pathology', 'colorectal-cancer'], []],
    ['colonoscopy is endoscopy', { titleEn: 'Polyp detection during colonoscopy' }, ['endoscopy'], []],
    ['OCT is fundus-oct, not ct', { titleEn: 'OCT biomarkers of macular degeneration' }, ['fundus-oct', 'macular-degeneration'], ['ct']],
    ['dermoscopic images', { titleEn: 'Dermoscopic images for melanoma' }, ['dermoscopy', 'skin-cancer'], []],
    ['Holter is ECG', { titleZh: 'Holter动态心电预测房颤' }, ['ecg', 'arrhythmia'], []],
    ['glioblastoma is glioma', { titleZh: '胶质母细胞瘤的磁共振影像组学' }, ['mri', 'glioma'], []],
    ['full-width letters are folded', { titleZh: '基于ＣＴ的肺结节检测' }, ['ct', 'lung-nodule'], []],
    ['NSCLC capitals', { titleEn: 'Radiomics of NSCLC' }, ['lung-cancer'], []],
    // Concept cues: a scoring system or grade that exists for one disease names it.
    ['PI-RADS is prostate cancer', { titleEn: 'Deep learning PI-RADS scoring on biparametric MRI' }, ['mri', 'prostate-cancer'], []],
    ['Gleason grading is prostate cancer', { titleEn: 'Gleason grading on whole-slide images' }, ['pathology', 'prostate-cancer'], []],
    ['LI-RADS is liver cancer', { titleZh: '增强MRI的LI-RADS自动分类' }, ['mri', 'liver-cancer'], []],
    ['BI-RADS is breast cancer', { titleEn: 'BI-RADS 4 lesions on ultrasound' }, ['ultrasound', 'breast-cancer'], []],
    ['Lung-RADS is pulmonary nodules', { titleEn: 'Lung-RADS categories on LDCT' }, ['ct', 'lung-nodule'], []],
    ['TI-RADS is thyroid nodules', { titleZh: '超声C-TIRADS分类的人工智能辅助' }, ['ultrasound', 'thyroid-nodule'], []],
    ['O-RADS is ovarian and adnexal masses', { titleEn: 'O-RADS US risk stratification with AI' }, ['ultrasound', 'ovarian-cancer'], []],
    ['CAD-RADS is coronary artery disease', { titleEn: 'Automated CAD-RADS reporting from CCTA' }, ['ct', 'coronary-artery-disease'], []],
    // Words clinicians write.
    ['核磁 and 心梗', { titleZh: '核磁评估心梗后心肌活性' }, ['mri', 'coronary-artery-disease'], []],
    ['卒中 is stroke', { titleZh: '急性缺血性卒中的CT灌注' }, ['ct', 'stroke'], []],
    ['肌少症 is sarcopenia', { titleZh: '机会性CT评估肌少症' }, ['ct', 'sarcopenia'], []],
    ['HCM is cardiomyopathy', { titleEn: 'Cardiac MR in HCM' }, ['mri', 'cardiomyopathy'], []],
    ['心肌淀粉样变 is cardiomyopathy', { titleZh: '心肌淀粉样变的心脏磁共振诊断' }, ['mri', 'cardiomyopathy'], []],
    ['a renal mass is kidney cancer', { titleZh: '实性小肾肿块良恶性鉴别' }, ['kidney-cancer'], []],
    // Longer names of other topics and excludes keep a short term from firing.
    ['间质性肺炎 is ILD, not pneumonia', { titleZh: '间质性肺炎的HRCT定量' }, ['ct', 'interstitial-lung-disease'], ['pneumonia']],
    ['放射性肺炎 is pneumonitis, not pneumonia', { titleZh: '放射性肺炎的剂量组学预测' }, ['pneumonitis'], ['pneumonia']],
    ['新冠肺炎 is COVID-19, not pneumonia', { titleZh: '新冠肺炎胸部CT' }, ['ct', 'covid-19'], ['pneumonia']],
    ['Wolff-Parkinson-White is arrhythmia, not Parkinson', { titleEn: 'ECG detection of Wolff-Parkinson-White' }, ['ecg', 'arrhythmia'], ['parkinsons']],
    ['ST-segment depression is not a mental disorder', { titleEn: 'ECG AI for ST-segment depression' }, ['ecg'], ['mental-disorder']],
    ['preterm infants are not a pregnancy complication', { titleZh: '早产儿颅脑超声的深度学习' }, ['ultrasound'], ['pregnancy-complication']],
    ['早产儿视网膜病变 is a retinal disease', { titleZh: '早产儿视网膜病变的眼底图像筛查' }, ['fundus-oct', 'retinal-disease'], ['pregnancy-complication']],
    ['diabetic patients screened for DR are not tagged diabetes', { titleZh: '糖尿病患者眼底照片筛查糖尿病视网膜病变' }, ['fundus-oct', 'diabetic-retinopathy'], ['diabetes']],
    ['糖尿病肾病 is kidney disease', { titleZh: '超声评估糖尿病肾病' }, ['ultrasound', 'kidney-disease'], ['diabetes']],
    ['CIMT and cIMT are both carotid', { titleEn: 'cIMT on ultrasound' }, ['ultrasound', 'carotid-atherosclerosis'], []],
  ] as const)('%s', (_what, fields, include, exclude) => {
    const tags = tagsOf(fields);
    for (const slug of include) expect(tags).toContain(slug);
    for (const slug of exclude) expect(tags).not.toContain(slug);
  });
});

describe('weighing where a topic is named', () => {
  it('a disease only in the results and the abstract is a passing mention', () => {
    expect(tagsOf({ titleZh: '心电图预测心力衰竭', results: '模型关注心律失常相关特征', abstract: 'The model focused on arrhythmias.' })).not.toContain('arrhythmia');
  });

  it('a disease in the aim and the abstract is what the study is about', () => {
    expect(tagsOf({ titleZh: '深度学习模型', aim: '检测先天性心脏病', abstract: 'including congenital heart defect detection' })).toContain('fetal-congenital-anomaly');
  });

  it('the editors’ comment alone does not tag', () => {
    expect(tagsOf({ titleZh: '一项影像研究', commentary: '这类肺癌工作很重要,比如PET/CT。' })).toEqual([]);
  });
});

describe('differential diagnoses, comparisons and false positives do not tag a disease', () => {
  it.each([
    ['鉴别A与B', { titleZh: 'CT影像组学鉴别肺癌与肺炎' }, 'lung-cancer', 'pneumonia'],
    ['与B鉴别', { titleZh: '磁共振对胶质瘤与淋巴瘤相鉴别的价值' }, 'glioma', 'lymphoma'],
    ['distinguish A from B', { titleEn: 'MRI radiomics to distinguish glioma from lymphoma' }, 'glioma', 'lymphoma'],
    ['false positives from B', { titleEn: 'Lung cancer screening on CT: false positives from tuberculosis' }, 'lung-cancer', 'tuberculosis'],
    ['假阳性来自B', { titleZh: '低剂量CT肺癌筛查:假阳性主要来自肺结核' }, 'lung-cancer', 'tuberculosis'],
    ['A vs. B', { titleEn: 'PSMA PET in prostate cancer vs. lymphoma' }, 'prostate-cancer', 'lymphoma'],
    ['A versus B', { titleEn: 'Glioma versus brain metastasis on MRI' }, 'glioma', 'brain-metastasis'],
    ['differential diagnosis', { titleEn: 'Breast cancer MRI: the differential diagnosis includes lymphoma' }, 'breast-cancer', 'lymphoma'],
  ] as const)('%s', (_what, fields, tagged, notTagged) => {
    const result = tag(paperWith(fields));
    expect(result.diseases).toContain(tagged);
    expect(result.diseases).not.toContain(notTagged);
    const evidence = result.decisions.find((d) => d.slug === notTagged)?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.ignored === 'differential')).toBe(true);
  });
});

describe('a modality named only as a kind of report or as the reference standard does not tag', () => {
  // Each paper names the modality in the aim (2) and the abstract (1): enough to tag, unless the rule holds.
  it.each([
    ['a list of report kinds', { aim: '用约42万份CT、MRI和X线报告微调大语言模型', abstract: 'tuned on 420 000 CT, MRI, and radiograph reports' }, []],
    ['counts of reports by kind', { aim: '纳入连续1,200份报告(胸部CT 420份、腹部CT或MRI 380份、X线片180份)', abstract: '1200 reports (420 chest CT, 380 abdominal CT or MRI, and 180 radiograph reports)' }, []],
    ['one kind of report', { aim: '从CT检查报告中提取结节信息', abstract: 'nodules extracted from free-text CT reports' }, []],
    ['a reference standard confirmed by follow-up', { aim: '以30天内复查X线、CT或临床随访确认', abstract: 'confirmed by follow-up radiography, CT, or clinical follow-up within 30 days' }, []],
    ['a reference standard named as such', { aim: '以增强MRI为参考标准评估超声', abstract: 'Ultrasound was compared with MRI as the reference standard.' }, ['ultrasound']],
    ['diagnoses based on an examination', { aim: '诊断依据基因检测、心内膜心肌活检或核素显像', abstract: 'Diagnoses were based on genetic testing, biopsy, or scintigraphy.' }, []],
  ] as const)('%s', (_what, fields, modalities) => {
    expect(tag(paperWith(fields)).modalities).toEqual(modalities);
  });

  it.each([
    ['reports generated from images', { titleEn: 'Chest X-ray report generation with a vision-language model' }, 'x-ray'],
    ['images next to reports', { aim: '结合CT图像和MRI报告训练模型', abstract: 'trained on CT images paired with reports' }, 'ct'],
    ['a study imaged with the reference modality elsewhere', { titleZh: 'CT影像组学预测淋巴结转移', aim: '以病理为参考标准' }, 'ct'],
  ] as const)('but %s still count', (_what, fields, modality) => {
    expect(tag(paperWith(fields)).modalities).toContain(modality);
  });

  it('explains why a match was ignored', () => {
    const decision = tag(paperWith({ aim: '以复查CT确认' })).decisions.find((d) => d.slug === 'ct');
    expect(decision?.evidence).toEqual([{ field: 'summaryKey', text: 'CT', term: 'CT', ignored: 'reference-standard' }]);
  });
});

describe('other conditions of a comparison group and covariates do not tag a disease', () => {
  it.each([
    ['其他病变(…)', { aim: '包括胰腺癌、其他胰腺病变(神经内分泌肿瘤、慢性胰腺炎等)及正常胰腺', abstract: 'PDAC and non-PDAC pancreatic lesions (neuroendocrine tumour, chronic pancreatitis, and others)' }, 'pancreatitis'],
    ['校正… / adjusted for …', { aim: '校正年龄、糖尿病和高血压后分析死亡风险', abstract: 'after adjustment for age, sex, diabetes and smoking' }, 'diabetes'],
    ['comorbidities such as …', { aim: '合并症包括糖尿病和慢性肾脏病', abstract: 'comorbidities such as diabetes and chronic kidney disease' }, 'kidney-disease'],
  ] as const)('%s', (_what, fields, notTagged) => {
    expect(tag(paperWith(fields)).diseases).not.toContain(notTagged);
  });

  it('a prefix 非 does not hide the disease it belongs to', () => {
    expect(tagsOf({ titleZh: '非霍奇金淋巴瘤的PET/CT' })).toContain('lymphoma');
  });
});

describe('explanations', () => {
  it('say which words fired in which field, and the score', () => {
    const result = tag(paperWith({ titleZh: '心衰预测', abstract: 'heart failure (HF) risk' }));
    const decision = result.decisions.find((d) => d.slug === 'heart-failure');
    expect(decision).toMatchObject({ kind: 'diseases', score: 4, tagged: true });
    expect(decision?.evidence).toEqual([
      { field: 'titleZh', text: '心衰', term: '心衰' },
      { field: 'abstract', text: 'heart failure', term: 'heart failure' },
      { field: 'abstract', text: 'HF', term: 'HF' },
    ]);
  });

  it('are deterministic', () => {
    const paper = paperWith({ titleEn: 'PET/CT of lung cancer', abstract: 'NSCLC on FDG PET/CT versus tuberculosis' });
    expect(tag(paper)).toEqual(tag(paper));
  });
});

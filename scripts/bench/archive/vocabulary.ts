// Invented vocabulary: words, model names and cohort codes that keep coming as the archive grows, like a real one.
import type { SeededRandom } from './random.ts';

// No q here: the planted Latin terms all contain one.
const LATIN_SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'da', 'fe', 'gi', 'ho', 'ju', 'ly', 'mo', 'pa', 'ri', 'su', 'te', 've', 'wa', 'bo', 'ce'];
// Name-like characters; none of them occurs in a planted Han term.
const HAN_SYLLABLES = [...'朗弘瑞康泰恒昇睿源鑫锐澄岚灵曜拓启衡熙越霖沐瀚铭晟恺翔珀琨珩煜璟瑜桓岱澜祺琦'];
// How fast invented words keep coming: model stems are nearly always new, other words repeat more. The scale
// spreads the commonest invented words over dozens, so none of them turns up in every paper.
export const ALPHA = { modelStem: 0.3, word: 0.7 } as const;
const RANK_SCALE = 50;

/** The invented word of a rank, spelled in syllables; low ranks are the short, common words. */
function inventedWord(rank: number, syllables: readonly string[]): string {
  let n = rank + syllables.length - 1; // at least two syllables
  let word = '';
  while (n > 0) {
    word += syllables[n % syllables.length] ?? '';
    n = Math.floor(n / syllables.length);
  }
  return word;
}

export const latinWord = (rng: SeededRandom, alpha: number): string => inventedWord(rng.powerRank(alpha, RANK_SCALE), LATIN_SYLLABLES);
export const hanWord = (rng: SeededRandom): string => inventedWord(rng.powerRank(ALPHA.word, RANK_SCALE), HAN_SYLLABLES);
export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export function modelNameEn(rng: SeededRandom): string {
  const stem = capitalise(latinWord(rng, ALPHA.modelStem));
  switch (rng.int(0, 5)) {
    case 0:
      return `Deep${stem}-${rng.int(1, 999)}`;
    case 1:
      return `${stem}Net`;
    case 2:
      return `${stem}Former`;
    case 3:
      return `${stem}-ResNet${rng.pick([18, 34, 50, 101, 152])}`;
    case 4:
      return `${stem}CLIP`;
    default:
      return `Med${stem}-v${rng.int(1, 9)}`;
  }
}

const MODEL_ZH = {
  prefix: ['多尺度', '跨模态', '自适应', '层级', '动态', '稀疏', '双分支', '轻量化', '级联', '图', '时空', '多任务', '知识引导', '对比'],
  core: ['融合', '注意力', '对比学习', '蒸馏', '分割', '配准', '重建', '检测', '表征', '推理'],
  suffix: ['网络', '模型', '框架', '编码器', '系统'],
};

export function modelNameZh(rng: SeededRandom): string {
  return `${rng.pick(MODEL_ZH.prefix)}${rng.pick(MODEL_ZH.core)}${rng.pick(MODEL_ZH.suffix)}${rng.int(1, 99)}`;
}

export function cohortCode(rng: SeededRandom): string {
  return `${latinWord(rng, ALPHA.word).toUpperCase().slice(0, 4)}${rng.int(100, 9999)}`;
}

// Writes a planted term into its field of a drafted paper, in a sentence that reads like the rest.
import type { PaperDraft } from './paper.ts';
import type { Plant } from './planted-terms.ts';
import { capitalise } from './vocabulary.ts';

export function applyPlant(draft: PaperDraft, { term, field }: Plant): void {
  switch (field) {
    case 'titleZh':
      draft.titleZh = `${term}:${draft.titleZh}`;
      return;
    case 'titleEn':
      draft.titleEn = `${capitalise(term)}: ${draft.titleEn}`;
      return;
    case 'summary':
      // 方法 is always the second part of a generated summary.
      draft.summary[1]?.sentences.push(`研究引入${term}以刻画病灶的影像异质性。`);
      return;
    case 'abstract': {
      const section = draft.abstract[1] ?? draft.abstract[0];
      section?.sentences.push(`The ${term} module was trained end to end.`);
      return;
    }
    case 'commentary':
      draft.commentary.push(/\p{Script=Han}/u.test(term) ? `${term}这一思路新颖,值得后续研究复现。` : `其中${term}模块的设计值得关注。`);
  }
}

// 相关文献 as a built paper page shows them: what `npm run similar` prints and its tests compare with.
import * as cheerio from 'cheerio';

export interface SimilarRow {
  id: string;
  doi: string;
  titleZh: string;
  titleEn: string;
  url: string;
  score: number;
  shared: string[];
}

export function similarOnPage(html: string): SimilarRow[] {
  const $ = cheerio.load(html);
  return $('[data-similar] [data-paper-id]')
    .map((_i, element) => {
      const item = $(element);
      return {
        id: item.attr('data-paper-id') ?? '',
        doi: item.attr('data-doi') ?? '',
        titleZh: item.find('.similar__title').text().trim(),
        titleEn: item.find('.similar__en').text().trim(),
        url: item.find('.similar__title').attr('href') ?? '',
        score: Number(item.attr('data-score')),
        shared: JSON.parse(item.attr('data-shared') ?? '[]') as string[],
      };
    })
    .get();
}

// Issue texts derived from the real issue 56: other numbers, dates and DOIs, same shape and vocabulary.
import { seedText } from './seed.ts';

/** Issue `number` dated `date` (YYYY-MM-DD): the seed's papers with DOIs made unique to this issue. */
export function derivedIssue(number: number, date: string, transform: (text: string) => string = (t) => t): string {
  const [year, month, day] = date.split('-').map(Number);
  const text = seedText()
    .replace('第56期|2026年6月25日', `第${number}期|${year}年${month}月${day}日`)
    .replace(/https:\/\/doi\.org\/10\.(\d+)\//g, `https://doi.org/10.$1/fixture-${number}-`);
  return transform(text);
}

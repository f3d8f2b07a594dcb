// What the search page says under the box about how a query was read: characters converted, words corrected,
// words left out, a query nothing in it can search. Plain data: the view draws it as text.
import type { SearchOutcome } from './engine.ts';
import { MAX_QUERY_CHARS } from './query-text.ts';

export interface SearchNotice {
  kind: 'converted' | 'corrected' | 'dropped' | 'relaxed' | 'blank' | 'truncated' | 'question' | 'nothing-left';
  text: string;
  /** A query the reader can run instead (the word as typed, never corrected). */
  alternative?: { label: string; query: string };
}

const quoted = (words: readonly string[]): string => words.map((w) => `“${w}”`).join('');

/** Quotes around a word keep it from being corrected: the way back to what the reader typed (as the planner read it). */
function asTyped(query: string, words: readonly string[]): string {
  let result = query;
  for (const word of words) result = result.replace(word, `"${word}"`);
  return result;
}

export function searchNotices(outcome: Pick<SearchOutcome, 'plan' | 'relaxed'>): SearchNotice[] {
  const { plan } = outcome;
  const notices: SearchNotice[] = [];
  if (plan.blank) notices.push({ kind: 'blank', text: '检索词里没有可检索的文字(表情、标点和符号不参与检索),请输入中文或英文词语。' });
  if (plan.truncated) notices.push({ kind: 'truncated', text: `检索词过长,只按前 ${MAX_QUERY_CHARS} 个字符检索。` });
  if (plan.converted) notices.push({ kind: 'converted', text: `已转换为简体检索:${plan.converted}` });
  const corrected = plan.groups.filter((g) => g.correctedTo);
  if (corrected.length > 0) {
    const typed = corrected.map((g) => g.surface);
    notices.push({
      kind: 'corrected',
      text: `文献库中没有${quoted(typed)},已按${quoted(corrected.map((g) => g.correctedTo ?? ''))}检索。`,
      alternative: { label: `仍按${quoted(typed)}检索`, query: asTyped(plan.query, typed) },
    });
  }
  // Every word was left out (吗, 能, 什么是): say so, rather than answer with an unexplained empty list.
  if (plan.groups.length === 0 && !plan.blank && plan.dropped.length > 0) {
    const left = quoted([...new Set(plan.dropped.map((d) => d.text))]);
    notices.push({ kind: 'nothing-left', text: `${left}都不参与检索(虚词、提问用语或文献库中没有的字词),请输入疾病、成像方式、方法或期刊等词语。` });
    return notices;
  }
  if (plan.passage) notices.push({ kind: 'question', text: '按段落检索:文中的疾病、成像方式、期刊等主题词必须出现,其余词语只需大部分出现,并用于排序。' });
  else if (plan.question) notices.push({ kind: 'question', text: '按提问检索:疾病、成像方式、期刊等主题词必须出现,其余词语用于排序。' });
  const spoken = plan.dropped.filter((d) => d.why === 'question' || d.why === 'filler').map((d) => d.text);
  if (spoken.length > 0) notices.push({ kind: 'dropped', text: `已略去提问和泛指用语:${quoted([...new Set(spoken)])}。` });
  const absent = [...new Set([...plan.dropped.filter((d) => d.why === 'absent').map((d) => d.text), ...outcome.relaxed])];
  if (absent.length > 0) notices.push({ kind: 'relaxed', text: `文献库中没有${quoted(absent)},已按其余词语检索。` });
  return notices;
}

// 相关文献 of every paper, computed once per build from the same collections and editors' data as the search index.
import { jiebaCutter } from '../lib/search/jieba-segmenter.ts';
import { conceptFinder } from '../lib/similar/concept-terms.ts';
import { termContextOf } from '../lib/similar/paper-terms.ts';
import { similarPapers, type SimilarPaper } from '../lib/similar/similar-papers.ts';
import { fnv1a } from '../lib/text/hash.ts';
import { getPapers, getSearchData, getTopics } from './archive.ts';

let cached: { digest: string; similar: Map<string, SimilarPaper[]> } | null = null;

export async function getSimilarPapers(): Promise<Map<string, SimilarPaper[]>> {
  const papers = await getPapers();
  const topics = await getTopics();
  const data = await getSearchData();
  // In astro dev the collections change under us; compute again when they do.
  const digest = fnv1a(JSON.stringify([papers, topics, data]));
  if (cached?.digest !== digest) cached = { digest, similar: similarPapers(papers, termContextOf(jiebaCutter(data.knownWords), data.stopwords, conceptFinder(topics, data.thesaurus))) };
  return cached.similar;
}

// Language-independent terms for similarity: where a paper names a taxonomy topic or a thesaurus entry, in Chinese,
// English or an abbreviation, it gets that concept (肺腺癌 and lung adenocarcinoma both give topic:lung-cancer;
// 深度学习 and deep learning both give one thesaurus concept). A paper summarised in Chinese and one abstracted in
// English meet on these, beyond the tags the tagger's threshold allows.
import type { Thesaurus } from '../search/thesaurus.ts';
import { compileTerms, type TermMatcher, type TermSpec } from '../topics/term-matcher.ts';
import type { Topic } from '../topics/taxonomy.ts';

export type ConceptFinder = TermMatcher<string>;

const modeOf = (name: string): TermSpec<string>['mode'] => (/\p{Script=Han}/u.test(name) ? 'substring' : /^[A-Z0-9-]+$/.test(name) ? 'acronym' : 'word');

export function conceptFinder(topics: readonly Pick<Topic, 'slug' | 'zh' | 'en' | 'acronyms'>[], thesaurus: Thesaurus): ConceptFinder {
  const specs: TermSpec<string>[] = [];
  for (const topic of topics) {
    const payload = [`topic:${topic.slug}`];
    for (const term of topic.zh) specs.push({ term, mode: 'substring', payload });
    for (const term of topic.en) specs.push({ term, mode: 'word', payload });
    for (const term of topic.acronyms) specs.push({ term, mode: 'acronym', payload });
  }
  thesaurus.forEach((names, i) => {
    const payload = [`concept:${names[0] ?? i}`];
    for (const name of names) specs.push({ term: name, mode: modeOf(name), payload });
  });
  return compileTerms(specs);
}

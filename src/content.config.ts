// Content collections: newsletter issues from content/issues/*.txt, topics from content/taxonomy.yaml, and the
// editors' search files (dictionary, stopwords, journals, synonyms) as one entry.
import { defineCollection } from 'astro:content';
import { searchDataSchema } from './lib/archive/search-data-schema.ts';
import { issueSchema } from './lib/newsletter/schema.ts';
import { topicSchema } from './lib/topics/taxonomy.ts';
import { issuesLoader } from './loaders/issues-loader.ts';
import { searchDataLoader } from './loaders/search-data-loader.ts';
import { topicsLoader } from './loaders/topics-loader.ts';

export const collections = {
  issues: defineCollection({ loader: issuesLoader(), schema: issueSchema }),
  topics: defineCollection({ loader: topicsLoader(), schema: topicSchema }),
  searchData: defineCollection({ loader: searchDataLoader(), schema: searchDataSchema }),
};

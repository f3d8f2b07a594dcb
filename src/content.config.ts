// Content collections: newsletter issues from content/issues/*.txt, topics from content/taxonomy.yaml.
import { defineCollection } from 'astro:content';
import { issueSchema } from './lib/newsletter/schema.ts';
import { topicSchema } from './lib/topics/taxonomy.ts';
import { issuesLoader } from './loaders/issues-loader.ts';
import { topicsLoader } from './loaders/topics-loader.ts';

export const collections = {
  issues: defineCollection({ loader: issuesLoader(), schema: issueSchema }),
  topics: defineCollection({ loader: topicsLoader(), schema: topicSchema }),
};

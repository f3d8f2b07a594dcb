// Content collections: newsletter issues read from content/issues/*.txt by our own loader.
import { defineCollection } from 'astro:content';
import { issueSchema } from './lib/newsletter/schema.ts';
import { issuesLoader } from './loaders/issues-loader.ts';

export const collections = {
  issues: defineCollection({ loader: issuesLoader(), schema: issueSchema }),
};

// How a query was understood, as lines of text for `npm run search -- --explain-query`: every decision the
// planner and the engine made (conversion, corrections, dropped words, each group and what it matched).
import type { SearchOutcome } from './engine.ts';
import type { QueryNode } from './query-node.ts';

const WHY: Record<string, string> = {
  stopword: 'stopword',
  question: 'question word',
  filler: 'filler word',
  function: 'function character',
  absent: 'not in the archive (question: left out)',
};

/** A node as a short formula: words as typed in the index, `~x` relatives, `x*` prefixes, `[topic]`, `&`, `|`. */
export function describeNode(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return node.weight === 1 ? node.term : `~${node.term}`;
    case 'prefix':
      return `${node.prefix}*`;
    case 'concept':
      return `[${node.concept}]`;
    case 'all':
      return `(${node.nodes.map(describeNode).join(' & ')})`;
    case 'any':
      return node.nodes.length === 1 ? describeNode(node.nodes[0] as QueryNode) : `(${node.nodes.map(describeNode).join(' | ')})`;
    case 'nothing':
      return '∅ (no indexed word covers it)';
  }
}

export function explainQuery(query: string, outcome: SearchOutcome): string[] {
  const { plan } = outcome;
  const lines = [`query: ${JSON.stringify(query)}`];
  if (plan.truncated) lines.push('cut to the first characters search reads');
  if (plan.blank) lines.push('no searchable characters: no results');
  if (plan.doi) lines.push(`DOI: ${plan.doi} (finds that paper or nothing)`);
  if (plan.converted) lines.push(`converted to Simplified: ${plan.converted}`);
  if (plan.passage) lines.push(`read as a pasted passage (${plan.groups.length} groups): like a question`);
  lines.push(plan.question ? 'read as a question: topics, journals and identifiers required, other words rank (and may be left out)' : 'every group required (AND)');
  for (const dropped of plan.dropped) lines.push(`dropped ${JSON.stringify(dropped.text)}: ${WHY[dropped.why] ?? dropped.why}`);
  plan.groups.forEach((group, i) => {
    const role = plan.question && !group.concept ? 'optional' : 'required';
    const corrected = group.correctedTo ? ` (corrected to ${JSON.stringify(group.correctedTo)})` : '';
    lines.push(`group ${i + 1} ${JSON.stringify(group.surface)}${corrected}, ${role}${group.concept ? ', names a topic/journal' : ''}: ${describeNode(group.node)} → ${outcome.groupCounts[i] ?? 0} papers`);
  });
  for (const word of outcome.relaxed) lines.push(`left out ${JSON.stringify(word)}: no paper has it`);
  for (const word of outcome.unmatched) lines.push(`no paper has ${JSON.stringify(word)}: the query finds nothing`);
  lines.push(`results: ${outcome.hits.length}`);
  return lines;
}

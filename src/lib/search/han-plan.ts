// A Chinese query run → groups. The browser has no jieba, so a run is read against the index itself: covered by
// the fewest pieces, each a topic's, journal's or thesaurus name, a Taiwan/Hong Kong phrase read as its mainland
// form, or text some indexed word contains; question, filler and function characters left out. A character
// nothing covers stays required (心 + 衰 is not 心衰), except in a question, where it is left out with a notice.
import type { SynonymEntry } from './index-files.ts';
import type { Lexicon } from './lexicon.ts';
import { conceptsNode, hanPieceNode, namesTopicOrJournal } from './plan-nodes.ts';
import { allOf, anyOf, NOTHING, type DroppedWord, type PlanOptions, type PlanParts, type QueryNode } from './query-node.ts';
import type { QueryRules } from './query-rules.ts';

export interface HanContext extends PlanOptions {
  lexicon: Lexicon;
  rules: QueryRules;
}

export function planHanRun(run: string, context: HanContext): PlanParts {
  const plan: PlanParts = { groups: [], dropped: [], asked: false };
  coverPending(run, context, plan);
  return plan;
}

type Step =
  | { kind: 'piece' | 'uncovered'; text: string }
  /** A topic's or journal's name: its own text, or the papers of its concepts. */
  | { kind: 'synonym'; text: string; entries: SynonymEntry[] }
  | { kind: 'dropped'; text: string; why: DroppedWord['why'] };

const stepNode = (step: Step, lexicon: Lexicon): QueryNode =>
  step.kind === 'synonym' ? anyOf([hanPieceNode(step.text, lexicon), ...step.entries.map(conceptsNode)]) : hanPieceNode(step.text, lexicon);
const isMatchStep = (step: Step): boolean => step.kind === 'piece' || step.kind === 'synonym';
/** A topic's or journal's name, which a question keeps required (a thesaurus word does not). */
const namesTopic = (step: Step): boolean => step.kind === 'synonym' && step.entries.some(namesTopicOrJournal);

// Costs of covering: leaving out a known question or filler word is cheapest (研究 is searched only inside a
// longer indexed word), then a piece, then a function character (two of them cost more than a piece, so 其中
// and 中等 stay words); an uncovered character is prohibitive.
const COST = { piece: 10, word: 2, functionChar: 6, uncovered: 1000 } as const;
// A piece found only among entries that join a word's last character to the next word (动分 of 自动/分割): dearer
// than two pieces, so a query of whole words (肺结节 + 检测) never reads as one crossing entry (双肺/结节检测) that
// would require them side by side.
const CROSSING_PIECE_COST = 2 * COST.piece + 1;
const pieceCost = (piece: string, lexicon: Lexicon): number => (lexicon.hasWordPrefix(piece) ? COST.piece : CROSSING_PIECE_COST);
// jieba may have cut a paper's sentence elsewhere than the cheapest cover of the query (测试/集中 where the
// query reads 测试集 + 中; 语言/模型 where another paper has 语言模型 inside 大语言模型). Covers up to one piece
// dearer than the cheapest are searched too, as alternatives; a dictionary word is never cut in two.
const ALTERNATIVE_MARGIN = COST.piece;
const MAX_COVERS = 8;
// No indexed word or name is longer; a pasted paragraph is not planned character by character beyond this.
const MAX_PIECE_CHARS = 24;
const MAX_ALTERNATIVE_CHARS = 12;

/** Covers a run with the fewest, longest pieces; outside a question, with its near alternatives as any-of. */
function coverPending(text: string, context: HanContext, plan: PlanParts): void {
  const covers = coversOf(text, context);
  const [best] = covers;
  if (!best) return;
  // A run the cheapest cover leaves out whole (a filler word typed apart: 肺癌 论文) asks nothing of a paper; its
  // other readings would make the word required.
  if (covers.length === 1 || context.question || !best.some(isMatchStep)) {
    addSteps(best, context, plan);
    return;
  }
  const node = (steps: Step[]) => allOf(steps.filter(isMatchStep).map((s) => stepNode(s, context.lexicon)));
  // Reported as left out only where every cover leaves it out (another may search 研究 inside 研究设计).
  const droppedIn = (steps: Step[]) => new Set(steps.map((s) => (s.kind === 'dropped' ? `${s.why}|${s.text}` : '')));
  const everywhere = covers.slice(1).map(droppedIn);
  for (const step of best) {
    if (step.kind === 'dropped' && everywhere.every((set) => set.has(`${step.why}|${step.text}`))) plan.dropped.push({ text: step.text, why: step.why });
  }
  plan.asked ||= best.some((s) => s.kind === 'dropped' && s.why === 'question');
  plan.groups.push({ surface: text, node: anyOf(covers.map(node)), concept: best.some(namesTopic) });
}

/** The steps possible from each character. */
function stepsFrom(chars: readonly string[], i: number, context: HanContext): { to: number; cost: number; step: Step }[] {
  const { lexicon, rules } = context;
  const n = chars.length;
  const steps: { to: number; cost: number; step: Step }[] = [];
  for (let j = Math.min(n, i + MAX_PIECE_CHARS); j >= i + 2; j--) {
    const piece = chars.slice(i, j).join('');
    const entries = lexicon.synonymsFor(piece, chars[i] ?? '');
    if (entries.length > 0) steps.push({ to: j, cost: COST.piece, step: { kind: 'synonym', text: piece, entries } });
    else if (lexicon.hasPrefix(piece)) steps.push({ to: j, cost: pieceCost(piece, lexicon), step: { kind: 'piece', text: piece } });
  }
  if (!context.keepFiller) {
    for (const { word, kind } of rules.chineseDropsAt(chars, i)) {
      steps.push({ to: i + [...word].length, cost: COST.word, step: { kind: 'dropped', text: word, why: kind === 'question' ? 'question' : 'filler' } });
    }
  }
  // A Taiwan/Hong Kong phrase may be read as its mainland form (人工智慧 → 人工智能), where it stands.
  for (const [from, to] of rules.converter.phrasesAt(chars, i)) {
    const entries = lexicon.synonymsFor(to, [...to][0] ?? '');
    const next = i + [...from].length;
    if (entries.length > 0) steps.push({ to: next, cost: COST.piece, step: { kind: 'synonym', text: to, entries } });
    else if (lexicon.hasPrefix(to)) steps.push({ to: next, cost: pieceCost(to, lexicon), step: { kind: 'piece', text: to } });
  }
  const char = chars[i] ?? '';
  if (rules.functionChars.has(char)) steps.push({ to: i + 1, cost: COST.functionChar, step: { kind: 'dropped', text: char, why: 'function' } });
  // A run of one character stands for every entry that starts with it (肝 → 肝癌, 肝硬化, and 肝患者 of 脂肪肝/患者).
  else if (n === 1 && lexicon.hasPrefix(char)) steps.push({ to: 1, cost: COST.piece, step: { kind: 'piece', text: char } });
  steps.push({ to: i + 1, cost: COST.uncovered, step: { kind: 'uncovered', text: char } });
  return steps;
}

/** The cheapest cover first, then the others within ALTERNATIVE_MARGIN that cut no dictionary word. */
function coversOf(text: string, context: HanContext): Step[][] {
  const chars = [...text];
  const n = chars.length;
  const steps = chars.map((_c, i) => stepsFrom(chars, i, context));
  // rest[i]: cheapest cost of covering chars[i..n).
  const rest = new Array<number>(n + 1).fill(Infinity);
  rest[n] = 0;
  for (let i = n - 1; i >= 0; i--) for (const s of steps[i] ?? []) rest[i] = Math.min(rest[i] ?? Infinity, s.cost + (rest[s.to] ?? Infinity));
  const budget = (rest[0] ?? 0) + (n <= MAX_ALTERNATIVE_CHARS ? ALTERNATIVE_MARGIN : 0);
  const known = knownSpans(chars, context.lexicon);
  const covers: { cost: number; steps: Step[] }[] = [];
  const walk = (i: number, spent: number, path: Step[]) => {
    if (covers.length >= MAX_COVERS * 4) return;
    if (i === n) {
      covers.push({ cost: spent, steps: [...path] });
      return;
    }
    for (const s of steps[i] ?? []) {
      if (spent + s.cost + (rest[s.to] ?? Infinity) > budget) continue;
      if (s.to < n && known.some(([from, to]) => from < s.to && s.to < to)) continue;
      path.push(s.step);
      walk(s.to, spent + s.cost, path);
      path.pop();
    }
  };
  walk(0, 0, []);
  if (covers.length === 0) {
    // Every cover cuts a dictionary word somewhere: take the cheapest regardless.
    const path: Step[] = [];
    for (let i = 0; i < n; ) {
      const s = (steps[i] ?? []).find((c) => c.cost + (rest[c.to] ?? Infinity) === rest[i]);
      if (!s) break;
      path.push(s.step);
      i = s.to;
    }
    return [path];
  }
  covers.sort((a, b) => a.cost - b.cost);
  const seen = new Set<string>();
  return covers
    .filter((c) => !c.steps.some((s) => s.kind === 'uncovered') || c === covers[0])
    .filter((c) => {
      const key = c.steps.filter(isMatchStep).map((s) => s.text).join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_COVERS)
    .map((c) => c.steps);
}

/** Where dictionary words stand in the run, as [from, to) character ranges. */
function knownSpans(chars: readonly string[], lexicon: Lexicon): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= Math.min(chars.length, i + MAX_PIECE_CHARS); j++) if (lexicon.isKnownWord(chars.slice(i, j).join(''))) spans.push([i, j]);
  }
  return spans;
}

function addSteps(steps: readonly Step[], context: HanContext, plan: PlanParts): void {
  const { lexicon } = context;
  let uncovered = '';
  const flushUncovered = () => {
    if (!uncovered) return;
    if (context.question) plan.dropped.push({ text: uncovered, why: 'absent' });
    else plan.groups.push({ surface: uncovered, node: NOTHING, concept: false });
    uncovered = '';
  };
  for (const step of steps) {
    if (step.kind === 'uncovered') {
      uncovered += step.text;
      continue;
    }
    flushUncovered();
    if (isMatchStep(step)) plan.groups.push({ surface: step.text, node: stepNode(step, lexicon), concept: namesTopic(step) });
    else if (step.kind === 'dropped') {
      plan.dropped.push({ text: step.text, why: step.why });
      if (step.why === 'question') plan.asked = true;
    }
  }
  flushUncovered();
}

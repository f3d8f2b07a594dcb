// Fills a sentence template for one paper: its topics and names in the slots, numbers and words freshly varied.
import type { TopicFacet } from '../../../src/lib/site/facet-names.ts';
import type { SeededRandom } from './random.ts';
import type { Slot, Template } from './templates.ts';
import { ALPHA, hanWord, latinWord } from './vocabulary.ts';

export interface TopicWords {
  zh: string;
  en: string;
  acronym: string;
}

/** What one paper is about and what it names; every slot of its sentences is filled from here. */
export interface PaperVoice {
  rng: SeededRandom;
  modality: TopicWords;
  disease: TopicWords;
  /** What a sentence compares with, when the source sentence named a second modality or disease. */
  otherModality: TopicWords;
  otherDisease: TopicWords;
  method: readonly [string, string];
  modelEn: string;
  modelZh: string;
  code: string;
}

/** How one sentence varies its numbers: together, so a CI stays around its AUC and subsets stay smaller than totals. */
interface NumberShift {
  /** Added to scores between 0.5 and 1 (AUC, sensitivity). */
  scoreDelta: number;
  /** Multiplies counts and other quantities. */
  factor: number;
  yearShift: number;
}

/** Renders a template with this paper's topics and names, and freshly varied numbers and words. */
export function fill(template: Template, voice: PaperVoice): string {
  const { rng } = voice;
  const shift: NumberShift = { scoreDelta: (rng.next() - 0.5) * 0.16, factor: 0.5 + rng.next() * 1.5, yearShift: rng.int(-12, 0) };
  // The sentence's first named topic of a kind becomes the paper's own, any other one its comparison.
  const seen: Record<TopicFacet, string[]> = { modalities: [], diseases: [] };
  let out = '';
  for (const piece of template) {
    if (typeof piece === 'string') out += piece;
    else if (piece.kind === 'topic') out += topicSlotWords(piece, voice, seen)[piece.form];
    else out += fillSlot(piece, voice, shift);
  }
  return out;
}

function topicSlotWords(slot: Slot & { kind: 'topic' }, voice: PaperVoice, seen: Record<TopicFacet, string[]>): TopicWords {
  const sources = seen[slot.topic];
  if (!sources.includes(slot.source)) sources.push(slot.source);
  const own = sources[0] === slot.source;
  if (slot.topic === 'modalities') return own ? voice.modality : voice.otherModality;
  return own ? voice.disease : voice.otherDisease;
}

// How often a long English word becomes an invented one, and how often a Chinese anchor noun gets an invented
// qualifier (朗弘模型): together with the names, this is what makes each paper bring some new words.
const WORD_SWAP_RATE = 0.12;
const ANCHOR_QUALIFIER_RATE = 0.25;

function fillSlot(slot: Exclude<Slot, { kind: 'topic' }>, voice: PaperVoice, shift: NumberShift): string {
  const { rng } = voice;
  switch (slot.kind) {
    case 'model':
      return voice.modelEn;
    case 'code':
      return voice.code;
    case 'number':
      return varyNumber(slot.written, shift);
    case 'word':
      return rng.chance(WORD_SWAP_RATE) ? latinWord(rng, ALPHA.word) : slot.written;
    case 'anchor':
      return rng.chance(ANCHOR_QUALIFIER_RATE) ? `${hanWord(rng)}${slot.written}` : slot.written;
  }
}

/** A number like the written one: a year stays a plausible year, an AUC an AUC, a cohort size a cohort size. */
function varyNumber(written: string, shift: NumberShift): string {
  if (written.includes(',')) return groupThousands(Math.round(Number(written.replace(/,/g, '')) * shift.factor));
  const value = Number(written);
  const dot = written.indexOf('.');
  if (dot >= 0) {
    const decimals = written.length - dot - 1;
    const varied = value >= 0.5 && value < 1 ? Math.min(0.995, Math.max(0.5, value + shift.scoreDelta)) : value * shift.factor;
    return varied.toFixed(decimals);
  }
  if (written.length === 4 && value >= 1990 && value <= 2030) return String(Math.max(1990, value + shift.yearShift));
  // Small numbers are mostly structure (3D, 5年, four databases), not data.
  if (value < 10) return written;
  return String(Math.max(10, Math.round(value * shift.factor)));
}

function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

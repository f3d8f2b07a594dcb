import { describe, expect, it } from 'vitest';
import { closeBidiControls } from '../../../src/lib/newsletter/bidi.ts';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];

describe('closeBidiControls', () => {
  it.each([
    ['plain text', '肺癌 lung cancer', '肺癌 lung cancer'],
    ['an open override', `${RLO}txt.exe`, `${RLO}txt.exe${PDF}`],
    ['a closed override', `${RLO}abc${PDF} def`, `${RLO}abc${PDF} def`],
    ['open embeddings, innermost first', `${LRE}a${RLE}b`, `${LRE}a${RLE}b${PDF}${PDF}`],
    ['an open isolate', `${RLI}abc`, `${RLI}abc${PDI}`],
    ['balanced isolates', `${LRI}a${PDI} ${RLI}b${PDI} ${FSI}c${PDI}`, `${LRI}a${PDI} ${RLI}b${PDI} ${FSI}c${PDI}`],
    ['a stray PDI or PDF', `${PDI}a${PDF}`, `${PDI}a${PDF}`],
    ['a PDI that closes the override inside its isolate', `${LRI}${LRO}a${PDI}`, `${LRI}${LRO}a${PDI}`],
    ['a PDF does not close an isolate', `${RLI}a${PDF}`, `${RLI}a${PDF}${PDI}`],
    ['an override inside an isolate', `${RLO}x${FSI}y${RLE}z`, `${RLO}x${FSI}y${RLE}z${PDF}${PDI}${PDF}`],
  ])('%s', (_name, text, expected) => {
    expect(closeBidiControls(text)).toBe(expected);
  });
});

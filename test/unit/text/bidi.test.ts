import { describe, expect, it } from 'vitest';
import { closeBidiControls, sliceBidiSafe } from '../../../src/lib/text/bidi.ts';

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

describe('sliceBidiSafe', () => {
  it.each([
    ['a plain slice', 'lung cancer', 0, 4, 'lung'],
    ['to the end by default', 'lung cancer', 5, undefined, 'cancer'],
    ['a cut inside an override closes it', `${RLO}abcdef${PDF}`, 0, 4, `${RLO}abc${PDF}`],
    ['a cut inside an isolate closes it', `x${RLI}abc${PDI}`, 0, 3, `x${RLI}a${PDI}`],
    ['a cut after the closer adds nothing', `${RLO}ab${PDF}cd`, 0, 5, `${RLO}ab${PDF}c`],
    ['a start after the opener keeps the stray closer', `${RLO}ab${PDF}cd`, 2, 6, `b${PDF}cd`],
    ['an end inside a surrogate pair moves before it', 'a😀b', 0, 2, 'a'],
    ['a start inside a surrogate pair moves after it', 'a😀b', 2, 4, 'b'],
    ['a whole astral character is kept', 'a😀b', 0, 3, 'a😀'],
    ['bounds past the text are clamped', 'abc', -3, 99, 'abc'],
    ['an empty range', 'abc', 2, 1, ''],
  ])('%s', (_name, text, start, end, expected) => {
    expect(sliceBidiSafe(text, start, end)).toBe(expected);
  });
});

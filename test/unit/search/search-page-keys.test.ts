import { describe, expect, it } from 'vitest';
import { keyAction, type KeyAction, type KeyContext } from '../../../src/scripts/search/keys.ts';

const at = (context: Partial<KeyContext>): KeyContext => ({ typing: false, inBox: false, current: -1, results: 3, ...context });
const focus = (target: KeyAction['focus'], select = false, preventDefault = true): KeyAction => ({ focus: target, select, preventDefault });

describe('search page keys', () => {
  it.each<[string, string, KeyContext, KeyAction | null]>([
    ['/ from the page focuses and selects the box', '/', at({}), focus('box', true)],
    ['/ works with no results drawn', '/', at({ results: 0 }), focus('box', true)],
    ['/ from a result link', '/', at({ current: 1 }), focus('box', true)],
    ['/ while typing is a character', '/', at({ typing: true, inBox: true }), null],
    ['/ in another text field is a character', '/', at({ typing: true }), null],
    ['↓ from the box goes to the first result', 'ArrowDown', at({ typing: true, inBox: true }), focus(0)],
    ['↓ from a result goes to the next', 'ArrowDown', at({ current: 0 }), focus(1)],
    ['↓ on the last result stays there', 'ArrowDown', at({ current: 2 }), focus(2)],
    ['↓ from the page scrolls as usual', 'ArrowDown', at({}), null],
    ['↓ in another text field is left alone', 'ArrowDown', at({ typing: true }), null],
    ['↓ with no results is left alone', 'ArrowDown', at({ typing: true, inBox: true, results: 0 }), null],
    ['↑ from a result goes to the one above', 'ArrowUp', at({ current: 2 }), focus(1)],
    ['↑ from the first result goes back to the box', 'ArrowUp', at({ current: 0 }), focus('box')],
    ['↑ in the box moves the caret as usual', 'ArrowUp', at({ typing: true, inBox: true }), null],
    ['Escape from a result goes back to the box', 'Escape', at({ current: 1 }), focus('box', false, false)],
    ['Escape in the box is the browser’s (clears a search field)', 'Escape', at({ typing: true, inBox: true }), null],
    ['Enter is the link’s own', 'Enter', at({ current: 1 }), null],
  ])('%s', (_name, key, context, expected) => {
    expect(keyAction(key, context)).toEqual(expected);
  });
});

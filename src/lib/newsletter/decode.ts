// Turns an issue file's bytes into lines of text, refusing anything that is not UTF-8 text.

export type DecodeOutcome = { ok: true; lines: string[] } | { ok: false; line: number; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// C0 controls other than tab, LF and CR (and DEL) mean a binary file or a bad paste, not newsletter text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// U+FFFE and U+FFFF are not characters, and XML forbids them: one in a paper would break every feed holding it.
// (Lone surrogates cannot get this far: strict UTF-8 decoding rejects them.)
const XML_NON_CHARACTER = /[\uFFFE\uFFFF]/;

const codePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
/** 1-based, in characters as an editor's cursor counts them. */
const columnOf = (text: string, index: number): number => [...text.slice(0, index)].length + 1;

/**
 * Decodes UTF-8 (with or without BOM), splits on LF, CRLF or CR and drops trailing whitespace per line.
 * Line numbers in the result are what an editor sees in their text editor.
 */
export function decodeIssueBytes(bytes: Uint8Array): DecodeOutcome {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let lineNumber = 1;
  const lines: string[] = [];
  let lineStart = start;
  for (let i = start; i <= bytes.length; i++) {
    const atEnd = i === bytes.length;
    const byte = bytes[i];
    if (!atEnd && byte !== 0x0a && byte !== 0x0d) continue;
    const raw = bytes.subarray(lineStart, i);
    let text: string;
    try {
      text = strictUtf8.decode(raw);
    } catch {
      return {
        ok: false,
        line: lineNumber,
        message: 'this line is not valid UTF-8 text; save the issue file as UTF-8 (without a legacy encoding such as GBK)',
      };
    }
    const control = CONTROL_CHARACTER.exec(text);
    if (control) {
      return {
        ok: false,
        line: lineNumber,
        message: `this line contains a control character (${codePoint(control[0])}, column ${columnOf(text, control.index)}), so the file is not plain text; save the issue as UTF-8 text`,
      };
    }
    const nonCharacter = XML_NON_CHARACTER.exec(text);
    if (nonCharacter) {
      return {
        ok: false,
        line: lineNumber,
        message: `this line contains ${codePoint(nonCharacter[0])} at column ${columnOf(text, nonCharacter.index)}, a code point that is not a character (XML, and so the feeds, forbid it); delete it`,
      };
    }
    lines.push(text.replace(/[\s\u3000\uFEFF]+$/u, ''));
    if (!atEnd && byte === 0x0d && bytes[i + 1] === 0x0a) i++;
    lineStart = i + 1;
    lineNumber++;
  }
  return { ok: true, lines };
}

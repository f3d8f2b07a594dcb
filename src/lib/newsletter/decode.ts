// Turns an issue file's bytes into lines of text, refusing anything that is not UTF-8 text.

export type DecodeOutcome = { ok: true; lines: string[] } | { ok: false; line: number; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// C0 controls other than tab, LF and CR (and DEL) mean a binary file or a bad paste, not newsletter text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

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
    if (CONTROL_CHARACTER.test(text)) {
      return {
        ok: false,
        line: lineNumber,
        message: 'this line contains control characters, so the file is not plain text; save the issue as UTF-8 text',
      };
    }
    lines.push(text.replace(/[\s\u3000\uFEFF]+$/u, ''));
    if (!atEnd && byte === 0x0d && bytes[i + 1] === 0x0a) i++;
    lineStart = i + 1;
    lineNumber++;
  }
  return { ok: true, lines };
}

/** Decodes a string already in memory the same way (tests and tools that hold text, not bytes). */
export function decodeIssueText(text: string): DecodeOutcome {
  return decodeIssueBytes(new TextEncoder().encode(text));
}

// The dev server's "did the content change" check: any edit, new or deleted file changes it; nothing else does.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../../src/lib/archive/content-fingerprint.ts';

describe('contentFingerprint', () => {
  it('stays the same until a file is edited, added or deleted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'issues'));
    writeFileSync(join(dir, 'issues', '056.txt'), 'issue 56');
    writeFileSync(join(dir, 'taxonomy.yaml'), 'modalities: []');
    const first = contentFingerprint(dir);
    expect(contentFingerprint(dir)).toBe(first);

    writeFileSync(join(dir, 'issues', '056.txt'), 'issue 56!');
    const edited = contentFingerprint(dir);
    expect(edited).not.toBe(first);
    // Same size, new time: an editor fixing one character.
    writeFileSync(join(dir, 'issues', '056.txt'), 'issue 57!');
    utimesSync(join(dir, 'issues', '056.txt'), new Date(), new Date(Date.now() + 5000));
    expect(contentFingerprint(dir)).not.toBe(edited);
    const beforeAdd = contentFingerprint(dir);
    writeFileSync(join(dir, 'issues', '057.txt'), 'issue 57');
    expect(contentFingerprint(dir)).not.toBe(beforeAdd);
    rmSync(join(dir, 'issues', '057.txt'));
    expect(contentFingerprint(dir)).toBe(beforeAdd);
  });
});

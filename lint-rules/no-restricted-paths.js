// @ts-check
// ESLint rule: files in one folder of the repository may not import from another (zones, as eslint-plugin-import's
// no-restricted-paths has them). Relative imports are resolved against the importing file, so src/pages' '../scripts/'
// (src/scripts) and src/lib/search's '../../scripts/' (also src/scripts) are told apart from the repository's scripts/.
// Imports here are relative paths with their extension or package names, so no module resolver is needed.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** @param {string} path @param {string} folder both relative to the root */
const isInside = (path, folder) => path === folder || path.startsWith(`${folder}${sep}`);

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers: files under `target` import nothing under `from`.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          zones: {
            type: 'array',
            items: {
              type: 'object',
              properties: { target: { type: 'string' }, from: { type: 'string' }, message: { type: 'string' } },
              required: ['target', 'from', 'message'],
              additionalProperties: false,
            },
          },
        },
        required: ['root', 'zones'],
        additionalProperties: false,
      },
    ],
    messages: { restricted: "'{{source}}' is in {{from}}/, which {{target}}/ must not import: {{message}}" },
  },
  create(context) {
    /** @type {{ root: string, zones: { target: string, from: string, message: string }[] }} */
    const { root, zones } = context.options[0];
    // eslint-plugin-astro lints a component's <script> as a virtual file inside it (Page.astro/0_0.ts).
    const file = context.filename.replace(/\.astro[\\/][^\\/]+$/, '.astro');
    const here = relative(root, file);
    const active = zones.filter((zone) => isInside(here, zone.target));
    if (active.length === 0) return {};
    /** @param {import('estree').Node | null | undefined} source */
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const written = source.value;
      if (!written.startsWith('.') && !isAbsolute(written)) return;
      const to = relative(root, resolve(dirname(file), written));
      for (const zone of active) {
        if (isInside(to, zone.from)) context.report({ node: source, messageId: 'restricted', data: { source: written, ...zone } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

// Reads an nginx config into directives and blocks, enough for tests to ask what the recipe says where.
// Handles comments, quoted arguments and nesting; not variables or includes.

export interface NginxDirective {
  name: string;
  args: string[];
  /** The block's directives, for a directive that opens one (`server`, `map`, `types`). */
  block?: NginxDirective[];
}

function tokens(text: string): string[] {
  const found: string[] = [];
  const pattern = /#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#][^\s{};]*)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].startsWith('#')) continue;
    found.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

export function parseNginxConfig(text: string): NginxDirective[] {
  const list = tokens(text);
  let at = 0;
  const readBlock = (closing: boolean): NginxDirective[] => {
    const directives: NginxDirective[] = [];
    const words: string[] = [];
    while (at < list.length) {
      const token = list[at++];
      if (token === ';' || token === '{') {
        const [name = '', ...args] = words.splice(0);
        directives.push(token === ';' ? { name, args } : { name, args, block: readBlock(true) });
      } else if (token === '}') {
        if (!closing) throw new Error('unexpected }');
        return directives;
      } else {
        words.push(token ?? '');
      }
    }
    if (closing || words.length > 0) throw new Error('unexpected end of config');
    return directives;
  };
  return readBlock(false);
}

/** The directives named `name` directly in `directives`. */
export const directivesNamed = (directives: readonly NginxDirective[], name: string): NginxDirective[] => directives.filter((d) => d.name === name);

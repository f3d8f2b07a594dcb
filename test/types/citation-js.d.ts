// @citation-js ships no types; the tests use only Cite's constructor and data, to read RIS exports back.
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: string, options?: { forceType?: string });
    data: unknown[];
  }
}
declare module '@citation-js/plugin-ris';

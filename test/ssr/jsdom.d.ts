// jsdom ships no types and @types/jsdom is not a dependency; the SSR test only parses HTML with it.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}

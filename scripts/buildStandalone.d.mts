/** See buildStandalone.mjs. */
export declare const standaloneFileName: string;
export declare function buildStandalone(options: {
  root: string;
  outFile?: string;
  renderer?: 'preact' | 'react';
}): Promise<string>;

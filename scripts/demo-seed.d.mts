/** One printed demo link (scripts/demo-seed.mjs). */
export interface DemoLink {
  key: string;
  label: string;
  id: string;
  clientSecret: string;
  /** Fingerprint of the seed the link was made from. */
  seed: string;
  /** Created by this call (not read back from demo-links.json). */
  fresh: boolean;
}

/** Seeds (or re-seeds) the demo sessions through the API and returns their links. */
export declare function ensureDemoLinks(options: {
  apiUrl: string;
  secretKey: string;
  dataDir: string;
  repoRoot: string;
  /** The clock that dates seeds and judges expiry (tests move it); default the real one. */
  now?: () => Date;
}): Promise<{ links: DemoLink[]; seededNow: boolean }>;

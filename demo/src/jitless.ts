import * as z from 'zod/mini';

/**
 * zod's global config, set to jitless before anything parses: jitless zod never builds parsers
 * with `new Function`, which the demo's CSP (`script-src 'self'`, no 'unsafe-eval') forbids,
 * and never even probes for it (a probe is reported as a securitypolicyviolation).
 *
 * main.tsx imports this first and reads the value: package.json declares every non-CSS module
 * side-effect free, so a bare `import './jitless.js'` would be tree-shaken out of the build.
 */
export const zodConfig = z.config({ jitless: true });

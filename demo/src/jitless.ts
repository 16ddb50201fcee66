import * as z from 'zod/mini';

// Must run before any zod schema is even constructed: zod probes `new Function` when an object
// schema is built unless jitless is already set, and under the demo's strict CSP that probe is
// reported as a securitypolicyviolation. main.tsx imports this module first for that reason.
z.config({ jitless: true });

import type { Catalog } from '../../src/core/index.js';
import type { MockSessionSeed } from '../../src/mock/index.js';
import { demoSeeds, mockSeedIds } from '../demoSeeds.mjs';

/**
 * The sessions the in-browser mock starts with (`?mock=1`): the guest, the known customer and
 * the paid session of the demo's one seed list (demo/demoSeeds.mjs, which `npm run demo` seeds
 * on the server too). Ids are fixed so links stay valid across reloads; the mock forgets every
 * change on reload, which is what a demo wants. The first one is what `?mock=1` opens without
 * a session_id.
 */
export function mockSeeds(catalog: Catalog): MockSessionSeed[] {
  const ids: Record<string, string | undefined> = mockSeedIds;
  return demoSeeds(catalog).flatMap((seed) => {
    const id = ids[seed.key];
    if (id === undefined) return [];
    return [{ id, create: seed.create, ...(seed.confirm ? { confirm: seed.confirm } : {}) }];
  });
}

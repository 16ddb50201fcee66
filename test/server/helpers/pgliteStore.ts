import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPgliteStore,
  type PgliteStore,
} from '../../../src/server/storage/createPgliteStore.js';
import { migrations } from '../../../src/server/storage/migrations.js';

/*
 * initdb in PGlite takes 7-10 s; loading a dump of a migrated database takes ~2 s. The first test
 * file to need one pays for the dump and leaves it in the OS tmp dir for the others, keyed by the
 * schema so a new migration never loads a stale template.
 */
const templateFile = join(
  tmpdir(),
  `checkout-editor-pglite-${createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 12)}.tar`,
);

/** A fresh, migrated in-memory PGlite store (one per test file: each costs ~800 MB). */
export async function pgliteStore(): Promise<PgliteStore> {
  if (existsSync(templateFile)) {
    const tarball = await readFile(templateFile);
    return createPgliteStore({ loadDataDir: new Blob([tarball]) });
  }
  const store = await createPgliteStore();
  await saveTemplate(store);
  return store;
}

/** The path of a tar of a migrated data dir (made on first use), to seed a DATA_DIR with. */
export async function pgliteTemplate(): Promise<string> {
  if (!existsSync(templateFile)) {
    const store = await createPgliteStore();
    await saveTemplate(store);
    await store.close();
  }
  return templateFile;
}

async function saveTemplate(store: PgliteStore): Promise<void> {
  const dump = await store.pglite.dumpDataDir('none');
  const partial = `${templateFile}.${process.pid}`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, templateFile);
}

import { startServer } from './startServer.js';

/*
 * `npm run server`: the reference server from the environment. Prints where it listens and the
 * key to use; closes the socket and the database on SIGTERM / SIGINT (a second signal forces).
 */

let server: Awaited<ReturnType<typeof startServer>>;
try {
  server = await startServer();
} catch (error) {
  console.error(`checkout-editor server: ${(error as Error).message}`);
  process.exit(1);
}

const storage =
  server.storage === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${server.dataDir ?? 'memory'}`;
// One write: tests (and humans piping the output) see the key line together with the URL.
// Only the public development key is ever printed; a real key stays out of terminals and logs.
const keyLines = server.usingDefaultKey
  ? [
      `Secret key: ${server.secretKey}`,
      'Warning: this is the public development key. Set CHECKOUT_SECRET_KEY for anything but local use.',
    ]
  : ['Secret key: the one in CHECKOUT_SECRET_KEY (not printed)'];
console.log(
  [...keyLines, `Checkout API listening on ${server.url} (storage: ${storage})`].join('\n'),
);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

import { type PGlite, parse, protocol } from '@electric-sql/pglite';
import type { SqlClient } from './sqlDriver.js';

/** A statement PostgreSQL has parsed once, and the types of its parameters. */
interface Prepared {
  name: string;
  paramTypes: number[];
}

const { serialize } = protocol;

// Statement names are per database connection: unique across every query made here.
let statementCount = 0;

/**
 * A `text` or `json` parameter at least this long goes to PostgreSQL as its UTF-8 bytes, in the
 * binary format (for these two types the same bytes as the text format). PGlite's serializer
 * counts a string's UTF-8 length in a JavaScript loop over its characters, twice, before
 * encoding it; `Buffer.from` encodes natively. Binding a 40 KB session, its ~40 KB version copy
 * and a ~26 KB audit entry: 450 → 100 µs; in the server 0.57 → 0.06 ms of the ~5 ms of main
 * thread such an update takes (issue 12, docs/performance.md). Short values keep the text
 * format (one code path for the common case).
 */
const longText = 1024;
const textLikeTypes = new Set([25, 114]); // text, json: their binary format is their UTF-8 text

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/**
 * `pglite.query(text, params)` with each distinct text parsed and planned once, as a named
 * prepared statement, instead of on every call: PGlite's `query` sends an unnamed Parse and two
 * Describes each time, and for the store's one-statement writes (a CTE of up to four writes)
 * parsing and planning cost more than running. Measured in process (issue 13,
 * docs/performance.md): an update's CPU 1 300 → 940 µs. Answers are the same rows as `query`'s
 * (test/server/preparedQuery.test.ts holds it, errors and NULLs included).
 *
 * At most `maxStatements` texts are kept (the store has a handful of shapes); later ones go
 * through `pglite.query`. Call it only on a PGlite no one runs `transaction()` on any more:
 * `runExclusive` keeps protocol exchanges apart, not statements from an open BEGIN.
 * @example const query = createPreparedQuery(pglite); await query('SELECT $1::int AS n', [1]);
 */
export function createPreparedQuery(pglite: PGlite, maxStatements = 64): SqlClient['query'] {
  const statements = new Map<string, Prepared>();

  async function prepare(text: string): Promise<Prepared> {
    const name = `checkout_editor_${statementCount++}`;
    const { messages } = await pglite.execProtocol(
      concat([
        serialize.parse({ name, text }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const description = messages.find((message) => message.name === 'parameterDescription');
    const paramTypes =
      description && 'dataTypeIDs' in description ? (description.dataTypeIDs as number[]) : [];
    const prepared = { name, paramTypes };
    statements.set(text, prepared);
    return prepared;
  }

  return function query<R>(text: string, params: unknown[] = []): Promise<{ rows: R[] }> {
    if (!statements.has(text) && statements.size >= maxStatements) {
      return pglite.query<R>(text, params);
    }
    return pglite.runExclusive(async () => {
      const { name, paramTypes } = statements.get(text) ?? (await prepare(text));
      // As PGlite's query serialises parameters: by the type PostgreSQL inferred, else toString.
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const type = paramTypes[i] ?? -1;
        const serializer = pglite.serializers[type];
        const text = serializer ? serializer(value) : String(value);
        return text.length >= longText && textLikeTypes.has(type) ? Buffer.from(text) : text;
      });
      const { messages } = await pglite.execProtocol(
        concat([
          serialize.bind({ statement: name, values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
      );
      const results = parse.parseResults(messages, pglite.parsers);
      return { rows: (results.at(-1)?.rows ?? []) as R[] };
    });
  };
}

import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreparedQuery } from '../../src/server/storage/createPreparedQuery.js';

// One in-memory database for the file (a new one takes seconds).
let pglite: PGlite;

beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(`CREATE TABLE things (
    id uuid PRIMARY KEY, n integer, label text, data json, at timestamptz)`);
}, 60_000);

afterAll(() => pglite.close());

const id = (k: number) => `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`;
const insertSql = `INSERT INTO things (id, n, label, data, at)
  VALUES ($1::uuid, $2::integer, $3::text, $4::json, $5::timestamptz) RETURNING *`;

describe('createPreparedQuery', () => {
  it('answers the rows PGlite query answers, NULLs and every parameter type included', async () => {
    const query = createPreparedQuery(pglite);
    const params = [id(1), 7, 'seven', JSON.stringify({ a: [1, 'b'] }), '2026-12-06T07:00:00.000Z'];
    const prepared = await query(insertSql, params);
    const selectSql = 'SELECT * FROM things WHERE id = $1::uuid OR n = $2::integer ORDER BY id';
    expect(await query(selectSql, [id(1), null])).toEqual({
      rows: (await pglite.query(selectSql, [id(1), null])).rows,
    });
    expect(prepared.rows).toEqual([
      { id: id(1), n: 7, label: 'seven', data: { a: [1, 'b'] }, at: new Date(params[4] as string) },
    ]);
    const nulls = await query(insertSql, [id(2), null, null, null, null]);
    expect(nulls.rows).toEqual([{ id: id(2), n: null, label: null, data: null, at: null }]);
  });

  it('stores and reads back long text and json values (sent as bytes), any characters', async () => {
    const query = createPreparedQuery(pglite);
    // Around the length where values switch to bytes, multi-byte characters and a surrogate pair.
    for (const [k, length] of [
      [10, 1023],
      [11, 1024],
      [12, 40_000],
    ] as const) {
      // (A cut through the emoji would leave half a surrogate pair: it ends in 'b' instead.)
      const label = 'é€😀a'
        .repeat(length)
        .slice(0, length)
        .replace(/[\ud800-\udbff]$/, 'b');
      const data = JSON.stringify({ label, n: length });
      const inserted = await query(insertSql, [id(k), k, label, data, null]);
      expect(inserted.rows).toEqual([
        { id: id(k), n: k, label, data: { label, n: length }, at: null },
      ]);
      const selectSql = 'SELECT label, data::text AS data FROM things WHERE id = $1::uuid';
      expect((await query(selectSql, [id(k)])).rows).toEqual([{ label, data }]);
    }
    // A long value that is not JSON is still refused by PostgreSQL.
    await expect(
      query(insertSql, [id(13), 1, 'x', `{${'x'.repeat(2000)}`, null]),
    ).rejects.toMatchObject({
      code: '22P02',
    });
    await query('DELETE FROM things WHERE id IN ($1::uuid, $2::uuid, $3::uuid)', [
      id(10),
      id(11),
      id(12),
    ]);
  });

  it('runs one text again with other parameters (the statement is kept)', async () => {
    const query = createPreparedQuery(pglite);
    const sql = 'SELECT $1::integer * 2 AS doubled';
    for (const n of [1, 2, 3]) expect((await query(sql, [n])).rows).toEqual([{ doubled: n * 2 }]);
  });

  it('throws PostgreSQL errors with their code and stays usable after them', async () => {
    const query = createPreparedQuery(pglite);
    await query(insertSql, [id(3), 1, 'x', null, null]);
    await expect(query(insertSql, [id(3), 1, 'x', null, null])).rejects.toMatchObject({
      code: '23505',
    });
    await expect(query('SELEC nonsense', [])).rejects.toMatchObject({ code: '42601' });
    expect((await query('SELECT count(*)::integer AS n FROM things', [])).rows).toEqual([{ n: 3 }]);
    // Not left inside a failed transaction either.
    expect((await pglite.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('sends texts beyond its limit through PGlite query, with the same answers', async () => {
    const query = createPreparedQuery(pglite, 1);
    expect((await query('SELECT $1::text AS t', ['first'])).rows).toEqual([{ t: 'first' }]);
    expect((await query('SELECT $1::text || $2::text AS t', ['a', 'b'])).rows).toEqual([
      { t: 'ab' },
    ]);
    expect((await query('SELECT $1::text AS t', ['again'])).rows).toEqual([{ t: 'again' }]);
  });
});

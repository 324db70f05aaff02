import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BildungsbueroDb } from './database';
import { RECORD_SCHEMAS, type StoredTableName } from './record-schemas';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import v1 from './fixtures/v1.json';

type Fixture = { version: number; tables: Record<string, unknown[]> };

/** One fixture per schema version ever shipped; add the new one here with every version bump. */
const FIXTURES: readonly Fixture[] = [v1];

/** Writes a fixture exactly as a database of its version would have stored it. */
async function seedDatabaseAtVersion(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= fixture.version)) {
    old.version(version).stores(stores);
  }
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema versions', () => {
  it('keeps every version declared, in ascending order, with a fixture each', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(FIXTURES.map((f) => f.version)).toEqual(versions);
    expect(Object.keys(SCHEMA_VERSIONS.at(-1)!.stores).sort()).toEqual(Object.keys(RECORD_SCHEMAS).sort());
  });
});

describe.each(FIXTURES)('database of version $version opened with the current code', (fixture) => {
  it('keeps every record, and every record is valid against the current schemas', async () => {
    const name = `migration-from-v${fixture.version}`;
    await seedDatabaseAtVersion(name, fixture);

    const current = new BildungsbueroDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of Object.keys(RECORD_SCHEMAS) as StoredTableName[]) {
      const rows = await current.table(table).toArray();
      expect(rows.length, table).toBe(fixture.tables[table]?.length ?? 0);
      for (const row of rows) expect(RECORD_SCHEMAS[table].safeParse(row).error, `${table} ${row.id}`).toBeUndefined();
    }
    const minutes = await current.minutes.toArray();
    expect(minutes[0]?.status).toBe('genehmigt');
    expect((await current.actionFields.toArray())[0]?.title).toBe('Übergang Kita–Grundschule');
    current.close();
  });
});

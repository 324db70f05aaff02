/**
 * Generates the ten-year data set in Node (fake-indexeddb, through the repositories) and returns
 * every table as JSON-safe rows, Blobs as base64, ready to be written into a browser's IndexedDB.
 */
import 'fake-indexeddb/auto';
import { db } from '../../renderer/src/db/database';
import { RECORD_SCHEMAS, type StoredTableName } from '../../renderer/src/db/record-schemas';
import { generateTenYearNetwork, type TenYearSummary } from '../../tests/generator/ten-year';

export interface EncodedBlob {
  $blob: string;
  type: string;
}
export type TableDump = Record<StoredTableName, Record<string, unknown>[]>;

async function encodeBlobs(row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const encoded: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Blob) {
      const $blob = Buffer.from(await value.arrayBuffer()).toString('base64');
      encoded[key] = { $blob, type: value.type } satisfies EncodedBlob;
    }
  }
  return encoded;
}

export async function dumpTenYearNetwork(
  seed: number,
  asOf: string,
): Promise<{ summary: TenYearSummary; tables: TableDump }> {
  await db.open();
  const summary = await generateTenYearNetwork({ seed, asOf, firstYear: Number(asOf.slice(0, 4)) - 9 });
  const tables = {} as TableDump;
  for (const table of Object.keys(RECORD_SCHEMAS) as StoredTableName[]) {
    tables[table] = await Promise.all((await db.table(table).toArray()).map(encodeBlobs));
  }
  db.close();
  return { summary, tables };
}

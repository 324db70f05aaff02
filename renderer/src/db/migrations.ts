import type { Transaction } from 'dexie';

/**
 * Upgrade functions by the version they upgrade TO. Each is a pure transformation of the stored
 * records, tested on its own and through Dexie from fixtures of every earlier version.
 * Version 1 is the first schema, so there is nothing to migrate yet.
 */
export const MIGRATIONS: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {};

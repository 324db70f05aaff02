import type { ActionFieldKey, BodyCode, GoalKey } from './auenfeld-action-fields';
import type { MeasureKey } from './auenfeld-measures';
import type { DemoMembership } from './auenfeld-memberships';
import type { OrgKey } from './auenfeld-organisations';
import type { PersonKey } from './auenfeld-persons';
import type { DemoResult } from './demo-model';

/** Record ids of keyed demo data, filled while loading; a missing key is a bug in the demo data. */
export class RefMap<K> {
  readonly #ids = new Map<K, string>();
  readonly #what: string;

  constructor(what: string) {
    this.#what = what;
  }

  set(key: K, id: string): void {
    this.#ids.set(key, id);
  }

  id(key: K): string {
    const id = this.#ids.get(key);
    if (id === undefined) throw new Error(`Beispieldaten unvollständig: ${this.#what} „${String(key)}“ fehlt.`);
    return id;
  }

  optional(key: K | undefined): string | undefined {
    return key === undefined ? undefined : this.id(key);
  }
}

export function createRefs() {
  return {
    organisations: new RefMap<OrgKey>('Organisation'),
    persons: new RefMap<PersonKey>('Person'),
    bodies: new RefMap<BodyCode>('Gremium'),
    actionFields: new RefMap<ActionFieldKey>('Handlungsfeld'),
    goals: new RefMap<GoalKey>('Ziel'),
    measures: new RefMap<MeasureKey>('Maßnahme'),
    memberships: new RefMap<DemoMembership>('Mitgliedschaft'),
    meetings: new RefMap<string>('Sitzung'),
    results: new RefMap<DemoResult>('Ergebnis'),
  };
}

export type DemoRefs = ReturnType<typeof createRefs>;

/** `Object.entries` with the object's own key type. */
export const entriesOf = <K extends string, V>(record: Record<K, V>): [K, V][] => Object.entries(record) as [K, V][];

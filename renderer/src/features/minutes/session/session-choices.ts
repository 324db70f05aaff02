import type { ComboboxItemGroup } from '@mantine/core';
import { compareGerman } from '../../../../../shared/domain/search-text';
import { comparePersons, personDisplayName } from '../../../../../shared/directory/person-name';
import type { ActionField, Measure, TaskInput } from '../../../../../shared/schemas';
import { actionFieldRepo, bodyRepo, measureRepo, organisationRepo, personRepo } from '../../../db/repos';

/** A person of the directory as the fields offer them. */
export interface PersonChoice {
  id: string;
  name: string;
  organisationName?: string;
}

/** What Sitzungsmodus offers to pick: people (guests, substitutes), task owners, action fields and measures. */
export interface SessionChoices {
  people: PersonChoice[];
  /** Owners grouped as Personen, Organisationen, Gremien; values "person:…", "organisation:…", "body:…". */
  owners: { kind: TaskInput['ownerKind']; items: { value: string; label: string }[] }[];
  actionFields: ActionField[];
  measures: Measure[];
}

const byLabel = (a: { label: string }, b: { label: string }) => compareGerman(a.label, b.label);

export async function loadSessionChoices(networkId: string): Promise<SessionChoices> {
  const [persons, organisations, bodies, actionFields, measures] = await Promise.all([
    personRepo.all(),
    organisationRepo.all(),
    bodyRepo.list(networkId),
    actionFieldRepo.list(networkId),
    measureRepo.all(),
  ]);
  const fieldIds = new Set(actionFields.map((f) => f.id));
  const organisationName = new Map(organisations.map((o) => [o.id, o.shortName ?? o.name]));
  const people = [...persons].sort(comparePersons).map((p) => ({
    id: p.id,
    name: personDisplayName(p),
    organisationName: p.organisationId ? organisationName.get(p.organisationId) : undefined,
  }));
  return {
    people,
    owners: [
      {
        kind: 'person',
        items: people.map((p) => ({
          value: `person:${p.id}`,
          label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name,
        })),
      },
      {
        kind: 'organisation',
        items: organisations.map((o) => ({ value: `organisation:${o.id}`, label: o.name })).sort(byLabel),
      },
      { kind: 'body', items: bodies.map((b) => ({ value: `body:${b.id}`, label: b.name })).sort(byLabel) },
    ],
    actionFields,
    measures: measures.filter((m) => fieldIds.has(m.actionFieldId)).sort((a, b) => compareGerman(a.title, b.title)),
  };
}

/** The owner choices as a grouped select list with translated group names. */
export const ownerGroups = (
  choices: SessionChoices,
  groupName: (kind: TaskInput['ownerKind']) => string,
): ComboboxItemGroup<{ value: string; label: string }>[] =>
  choices.owners.map(({ kind, items }) => ({ group: groupName(kind), items }));

/** The one directory person with exactly this name, if there is exactly one. */
export function personNamed(people: readonly PersonChoice[], name: string): PersonChoice | undefined {
  const matches = people.filter((p) => p.name === name.trim());
  return matches.length === 1 ? matches[0] : undefined;
}

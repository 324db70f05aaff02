import type { Task, TaskInput } from '../../../../../shared/schemas';

/** A task as its fields hold it; the owner as "person:…", "organisation:…" or "body:…". */
export interface TaskValues {
  title: string;
  owner: string | null;
  dueDate: string | null;
  actionFieldId: string | null;
  measureId: string | null;
}

export function taskValues(task: Task | undefined): TaskValues {
  const ownerId =
    task &&
    { person: task.ownerPersonId, organisation: task.ownerOrganisationId, body: task.ownerBodyId }[task.ownerKind];
  return {
    title: task?.title ?? '',
    owner: task && ownerId ? `${task.ownerKind}:${ownerId}` : null,
    dueDate: task?.dueDate ?? null,
    actionFieldId: task?.actionFieldId ?? null,
    measureId: task?.measureId ?? null,
  };
}

const OWNER_FIELDS = { person: 'ownerPersonId', organisation: 'ownerOrganisationId', body: 'ownerBodyId' } as const;

/** The fields as a change of the stored task (without an owner: none of the owner fields). */
export function taskChanges(values: TaskValues): Partial<TaskInput> {
  const [kind, id] = (values.owner ?? '').split(':') as [TaskInput['ownerKind'] | '', string | undefined];
  return {
    title: values.title,
    ...(kind ? { ownerKind: kind } : {}),
    ownerPersonId: undefined,
    ownerOrganisationId: undefined,
    ownerBodyId: undefined,
    ...(kind ? { [OWNER_FIELDS[kind]]: id } : {}),
    dueDate: values.dueDate ?? undefined,
    actionFieldId: values.actionFieldId ?? undefined,
    measureId: values.measureId ?? undefined,
  };
}

import { outlineChanges, type Outline } from '../../../../shared/domain/agenda-moves';
import { numberAgendaItems, type OrderedItem } from '../../../../shared/domain/agenda-numbering';
import type { AgendaItemKind } from '../../../../shared/schemas';
import { ConflictError } from '../errors';

type Placement = { position: number; parentId: string | undefined };

/** Position for a new item: after its last sibling. */
export const nextPosition = (rows: readonly OrderedItem[], parentId: string | undefined): number =>
  rows.filter((r) => r.parentId === parentId).reduce((max, r) => Math.max(max, r.position), 0) + 1;

/**
 * Writes an outline (agenda or template items in reading order) as positions 1, 2, 3 … per parent,
 * through `update` and only for the rows that change. The outline must name exactly the current
 * rows: otherwise another window changed the list meanwhile and nothing is written.
 */
export async function writeOutline(
  rows: readonly OrderedItem[],
  outline: Outline,
  update: (id: string, placement: Placement) => Promise<unknown>,
): Promise<void> {
  const ids = new Set(rows.map((r) => r.id));
  if (outline.length !== ids.size || outline.some((e) => !ids.has(e.id))) throw new ConflictError();
  for (const { id, ...placement } of outlineChanges(outline, rows)) await update(id, placement);
}

/**
 * Copies a list of items with sub-items into a new list: parents first, each copy pointing to the
 * copy of its parent. `create` makes one copy and returns it.
 */
export async function copyOutline<T extends OrderedItem>(
  items: readonly T[],
  create: (item: T, placement: Placement) => Promise<{ id: string }>,
): Promise<void> {
  const copies = new Map<string, string>();
  for (const { item, depth } of numberAgendaItems(items)) {
    const parentId = depth === 1 ? copies.get(item.parentId!) : undefined;
    const copy = await create(item, { position: item.position, parentId });
    copies.set(item.id, copy.id);
  }
}

type PlanItem = {
  kind: AgendaItemKind;
  title: string;
  description?: string;
  plannedMinutes: number;
  proposedResolution?: string;
};

/** What an agenda item and a template item have in common: copied between agendas and templates. */
export const plannedContent = ({
  kind,
  title,
  description,
  plannedMinutes,
  proposedResolution,
}: PlanItem): PlanItem => ({
  kind,
  title,
  description,
  plannedMinutes,
  proposedResolution,
});

import type { AgendaItemKind } from '../schemas';
import { MINUTES_APPROVAL_PREFIX, PROGRESS_TITLE } from './agenda-suggestions';

export type StandardItem = { kind: AgendaItemKind; title: string; plannedMinutes: number };

/**
 * The usual agenda of a body (product.md) for a body that has no template of its own yet: a new
 * meeting can start from it, and the template editor offers it as the body's first template.
 */
export const STANDARD_AGENDA: readonly StandardItem[] = [
  { kind: 'formalia', title: 'Begrüßung und Feststellung der Tagesordnung', plannedMinutes: 5 },
  { kind: 'formalia', title: `${MINUTES_APPROVAL_PREFIX} der letzten Sitzung`, plannedMinutes: 5 },
  { kind: 'bericht', title: 'Bericht aus dem Bildungsbüro', plannedMinutes: 15 },
  { kind: 'beratung', title: PROGRESS_TITLE, plannedMinutes: 20 },
  { kind: 'verschiedenes', title: 'Verschiedenes', plannedMinutes: 10 },
];

export const standardTemplateName = (bodyName: string): string => `Standardtagesordnung ${bodyName}`;

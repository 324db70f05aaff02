import type { TFunction } from 'i18next';
import type { AgendaItem, AgendaItemKind } from '../../../../shared/schemas';
import type { AgendaData } from './agenda-data';

type DescribedItem = { kind: AgendaItemKind; plannedMinutes: number; proposedResolution?: string };

/** "Beschluss · 15 Min. · mit Beschlussvorschlag": what agenda and template rows both show. */
export function baseDetails(item: DescribedItem, t: TFunction, extra: readonly (string | undefined)[] = []): string {
  return [
    t(`agenda.kind.${item.kind}`),
    ...extra,
    t('agenda.minutes', { count: item.plannedMinutes }),
    item.proposedResolution ? t('agenda.hasResolution') : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** An agenda row's second line: kind, presenter, duration, resolution, papers, action fields, non-public. */
export function agendaDetails(item: AgendaItem, data: AgendaData, t: TFunction): string {
  const presenter = (item.presenterPersonId && data.presenters.get(item.presenterPersonId)) || item.presenterText;
  const papers = data.paperCounts.get(item.id) ?? 0;
  const fields = data.links.get(item.id)?.length ?? 0;
  return [
    baseDetails(item, t, [presenter]),
    papers > 0 ? t('agenda.paperCount', { count: papers }) : undefined,
    fields > 0 ? t('agenda.actionFieldCount', { count: fields }) : undefined,
    item.isPublic ? undefined : t('agenda.nonPublic'),
  ]
    .filter(Boolean)
    .join(' · ');
}

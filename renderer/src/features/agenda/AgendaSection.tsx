import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { outlineOf, type Outline } from '../../../../shared/domain/agenda-moves';
import { numberAgendaItems } from '../../../../shared/domain/agenda-numbering';
import { agendaSuggestions, type AgendaSuggestion } from '../../../../shared/domain/agenda-suggestions';
import { computeTimePlan } from '../../../../shared/domain/time-plan';
import type { AgendaItem, Meeting } from '../../../../shared/schemas';
import { agendaBuilderRepo } from '../../db/repos';
import { LoadingState } from '../../ui/LoadingState';
import { Section } from '../../ui/Section';
import { isRecordFixed } from '../meetings/meeting-lock';
import { SaveAsTemplateButton } from '../templates/SaveAsTemplateButton';
import { loadAgenda, loadSuggestionContext, type AgendaData } from './agenda-data';
import { AgendaItemDrawer, type AgendaItemTarget } from './AgendaItemDrawer';
import { useDrawerTarget } from './ItemDrawer';
import { AgendaStart } from './AgendaStart';
import { AgendaSuggestions } from './AgendaSuggestions';
import { agendaDetails } from './item-details';
import { OutlineEditor } from './OutlineEditor';
import { outlineRowViews } from './outline-view';
import { TimePlanSummary } from './TimePlanSummary';
import { useOutlineHandlers } from './use-outline-handlers';

/** Meetings still ahead get automatic items offered; held or cancelled ones not. */
const OFFERS_SUGGESTIONS: readonly Meeting['status'][] = ['geplant', 'eingeladen'];

function useSuggestions(meeting: Meeting, items: readonly AgendaItem[] | undefined): AgendaSuggestion[] {
  const { id, bodyId, date } = meeting;
  const offered = OFFERS_SUGGESTIONS.includes(meeting.status);
  const context = useLiveQuery(
    async () => (offered ? loadSuggestionContext({ id, bodyId, date }) : undefined),
    [offered, id, bodyId, date],
  );
  return useMemo(() => (context && items ? agendaSuggestions({ items, ...context }) : []), [context, items]);
}

function useAgendaView(meeting: Meeting, data: AgendaData | undefined) {
  const { t } = useTranslation();
  return useMemo(() => {
    if (!data) return undefined;
    const numbered = numberAgendaItems(data.items);
    const outline = outlineOf(data.items);
    const plan = computeTimePlan(data.items, meeting.startTime, meeting.endTime);
    const times = new Map(plan.entries.map((e) => [e.item.id, t('agenda.timeSpan', { start: e.start, end: e.end })]));
    const rows = outlineRowViews(numbered, outline, (item) => ({
      details: agendaDetails(item, data, t),
      time: times.get(item.id),
    }));
    const numbers = new Map(numbered.map((n) => [n.item.id, n.number]));
    return { outline, plan, rows, numbers };
  }, [data, meeting.startTime, meeting.endTime, t]);
}

/** The agenda builder of a meeting: items with live numbering and time plan, moves by mouse and keyboard. */
export function AgendaSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { id, bodyId, date } = meeting;
  const data = useLiveQuery(() => loadAgenda({ id, bodyId, date }), [id, bodyId, date]);
  const suggestions = useSuggestions(meeting, data?.items);
  const view = useAgendaView(meeting, data);
  const drawer = useDrawerTarget<AgendaItemTarget>();
  const readOnly = isRecordFixed(meeting);

  const onReorder = useCallback((outline: Outline) => agendaBuilderRepo.reorder(meeting.id, outline), [meeting.id]);
  const handlers = useOutlineHandlers<AgendaItem, AgendaItemTarget>({
    items: data?.items,
    numbers: view?.numbers,
    open: drawer.open,
    editTarget: useCallback(
      (item: AgendaItem, number: string) => ({
        mode: 'edit',
        item,
        number,
        actionFieldIds: data?.links.get(item.id) ?? [],
      }),
      [data],
    ),
    childTarget: useCallback(
      (parentId: string, parentNumber?: string) => ({ mode: 'create', parentId, parentNumber }),
      [],
    ),
    remove: useCallback(
      async (id: string) => {
        const removed = await agendaBuilderRepo.remove(id);
        return () => agendaBuilderRepo.restore(meeting.id, removed);
      },
      [meeting.id],
    ),
  });

  const hasItems = (data?.items.length ?? 0) > 0;
  return (
    <Section
      title={t('meetings.agenda')}
      aside={
        hasItems &&
        !readOnly && (
          <Group gap="sm">
            <SaveAsTemplateButton meeting={meeting} />
            <Button
              leftSection={<IconPlus size="1.125rem" aria-hidden />}
              onClick={() => drawer.open({ mode: 'create' })}
            >
              {t('agenda.add')}
            </Button>
          </Group>
        )
      }
    >
      {!data || !view ? (
        <LoadingState />
      ) : (
        <>
          <AgendaSuggestions meetingId={meeting.id} suggestions={suggestions} />
          {hasItems ? (
            <>
              <TimePlanSummary plan={view.plan} start={meeting.startTime} end={meeting.endTime} />
              <OutlineEditor
                label={t('meetings.agenda')}
                rows={view.rows}
                outline={view.outline}
                onReorder={onReorder}
                {...handlers}
                readOnly={readOnly}
              />
            </>
          ) : (
            <AgendaStart
              meetingId={meeting.id}
              templates={data.templates}
              previous={data.previous}
              onAdd={() => drawer.open({ mode: 'create' })}
            />
          )}
        </>
      )}
      <AgendaItemDrawer meetingId={meeting.id} drawer={drawer} />
    </Section>
  );
}

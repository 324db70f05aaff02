import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates';
import { planYear } from '../../../../shared/domain/year-planning';
import type { Body } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { paths } from '../../app/routes';
import { bodyRepo, meetingPlanRepo, meetingRepo } from '../../db/repos';
import { LoadingState } from '../../ui/LoadingState';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { sortBodies } from '../../ui/sort-bodies';
import { useSubmit } from '../../ui/use-submit';
import { useToday } from '../../ui/use-today';
import { BackToMeetings } from '../meetings/BackToMeetings';
import { BodySelect } from '../meetings/BodySelect';
import { MeetingTimeFields } from '../meetings/MeetingTimeFields';
import { DateChooser } from './DateChooser';
import { PlanTable } from './PlanTable';
import { timeInput } from '../meetings/meeting-times';
import { useYearPlanForm } from './year-plan-form';

/** This year and the next three; the previous year for catching up. */
const plannableYears = (today: string): string[] => {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1, year + 2, year + 3].map(String);
};

/** From autumn on, the next year is the one to plan. */
const defaultYear = (today: string): number => Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 9 ? 1 : 0);

function YearPlanner({ bodies, initialBody }: { bodies: readonly Body[]; initialBody: Body }) {
  const { t } = useTranslation();
  const today = useToday();
  const navigate = useNavigate();
  const form = useYearPlanForm(initialBody, defaultYear(today));
  const { bodyId, year, dates } = form.getValues();
  const body = bodies?.find((b) => b.id === bodyId);
  const existing = useLiveQuery(
    async () => (bodyId ? (await meetingRepo.forBody(bodyId)).filter((m) => m.year === Number(year)) : []),
    [bodyId, year],
  );
  const plan = useMemo(
    () => (body ? planYear({ body, year: Number(year), dates, existing: existing ?? [], today }) : []),
    [body, year, dates, existing, today],
  );

  const { saving, submit } = useSubmit(
    form,
    async (values) => {
      const created = await meetingPlanRepo.planYear(
        values.bodyId,
        Number(values.year),
        values.dates,
        timeInput(values),
        today,
      );
      notify(
        'success',
        t('common.saved'),
        t('yearPlanning.created', { count: created.length, body: body?.name, year: values.year }),
      );
      navigate(`${paths.meetings}?gremium=${values.bodyId}&jahr=${values.year}`);
    },
    () => undefined,
  );

  const plannable = plan.filter((p) => p.ok).length;
  const refused = plan.length - plannable;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <Section title={t('yearPlanning.settings')}>
          <Stack gap="md" maw="40rem">
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <BodySelect form={form} bodies={bodies} />
              <Select
                label={t('meetings.filterYear')}
                data={plannableYears(today)}
                allowDeselect={false}
                {...form.getInputProps('year')}
              />
            </SimpleGrid>
            <MeetingTimeFields form={form} />
            {existing && existing.length > 0 && (
              <Text size="sm">
                {t('yearPlanning.existing', {
                  list: existing
                    .map((m) => t('yearPlanning.existingEntry', { number: m.number, date: formatDate(m.date) }))
                    .join(', '),
                })}
              </Text>
            )}
          </Stack>
        </Section>
        <Section title={t('yearPlanning.dates')}>
          <DateChooser
            year={Number(year)}
            today={today}
            dates={dates}
            onChange={(next) => form.setFieldValue('dates', next)}
          />
        </Section>
        <Section
          title={t('yearPlanning.preview')}
          description={t('yearPlanning.previewHint', { days: body?.noticeDays ?? 0 })}
        >
          {plan.length === 0 ? (
            <Text>{body ? t('yearPlanning.noDates') : t('yearPlanning.chooseBody')}</Text>
          ) : (
            <PlanTable
              plan={plan}
              onRemove={(date) =>
                form.setFieldValue(
                  'dates',
                  dates.filter((d) => d !== date),
                )
              }
            />
          )}
        </Section>
        <Group>
          <Button
            type="submit"
            size="md"
            leftSection={<IconCalendarPlus size="1.25rem" aria-hidden />}
            loading={saving}
            disabled={!body || plannable === 0 || refused > 0}
          >
            {t('yearPlanning.create', { count: plannable })}
          </Button>
          {refused > 0 && <Text c="red.9">{t('yearPlanning.fixProblems', { count: refused })}</Text>}
        </Group>
      </Stack>
    </form>
  );
}

/** Jahresplanung: a body's dates for a year, with numbers, invitation deadlines and holiday warnings. */
export function YearPlanningPage() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const [params] = useSearchParams();
  const bodies = useLiveQuery(async () => sortBodies(await bodyRepo.list(network.id)), [network.id]);
  const initialBody =
    bodies?.find((b) => b.id === params.get('gremium')) ??
    bodies?.find((b) => b.kind === 'lenkungskreis') ??
    bodies?.[0];
  return (
    <>
      <BackToMeetings />
      <PageHeader title={t('yearPlanning.title')} description={t('yearPlanning.intro')} />
      {!bodies || !initialBody ? <LoadingState /> : <YearPlanner bodies={bodies} initialBody={initialBody} />}
    </>
  );
}

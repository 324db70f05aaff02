import { useForm } from '@mantine/form';
import type { Body } from '../../../../shared/schemas';
import { bodyDefaults, type MeetingTimeValues, timeInput } from '../meetings/meeting-times';
import { meetingErrors } from '../meetings/meeting-validate';

export interface YearPlanValues extends MeetingTimeValues {
  bodyId: string;
  year: string;
  /** ISO dates, as chosen. */
  dates: string[];
}

/** Times and place, on a stand-in meeting of the year; the dates are checked by the plan shown beside them. */
const validateDetails = (values: YearPlanValues) =>
  meetingErrors({ bodyId: values.bodyId, date: `${values.year}-01-01`, ...timeInput(values) });

export const useYearPlanForm = (body: Body, year: number) =>
  useForm<YearPlanValues>({
    initialValues: { bodyId: body.id, year: String(year), dates: [], ...bodyDefaults(body) },
    validate: validateDetails,
  });

import { useForm } from '@mantine/form';
import type { Meeting } from '../../../../shared/schemas';
import { textOrUndefined } from '../agenda/item-form';
import { timeInput, type MeetingTimeValues } from './meeting-times';
import { meetingErrors } from './meeting-validate';

export interface MeetingValues extends MeetingTimeValues {
  theme: string;
  date: string | null;
  replyBy: string | null;
  chairPersonId: string | null;
  minuteTakerPersonId: string | null;
  isPublic: boolean;
}

export const meetingValues = (meeting: Meeting): MeetingValues => ({
  theme: meeting.theme ?? '',
  date: meeting.date,
  replyBy: meeting.replyBy ?? null,
  startTime: meeting.startTime,
  endTime: meeting.endTime,
  location: meeting.location ?? '',
  chairPersonId: meeting.chairPersonId ?? null,
  minuteTakerPersonId: meeting.minuteTakerPersonId ?? null,
  isPublic: meeting.isPublic,
});

/** The changes as the repository takes them; cleared fields are `undefined`, which clears them. */
export const meetingChanges = (values: MeetingValues) => ({
  theme: textOrUndefined(values.theme),
  date: values.date ?? '',
  replyBy: values.replyBy ?? undefined,
  ...timeInput(values),
  chairPersonId: values.chairPersonId ?? undefined,
  minuteTakerPersonId: values.minuteTakerPersonId ?? undefined,
  isPublic: values.isPublic,
});

/**
 * Checked with the meeting schema on the meeting as it would be (end after start, a real date …);
 * a date in another year is fine, the repository gives the next number there.
 */
const validate = (meeting: Meeting) => (values: MeetingValues) =>
  meetingErrors({ ...meeting, ...meetingChanges(values) });

export const useMeetingForm = (meeting: Meeting) =>
  useForm<MeetingValues>({ initialValues: meetingValues(meeting), validate: validate(meeting) });

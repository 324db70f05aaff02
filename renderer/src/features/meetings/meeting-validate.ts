import type { FormErrors } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { MeetingInput } from '../../../../shared/schemas';
import { i18n } from '../../app/i18n';

/**
 * A meeting form checked with the meeting schema itself (a real date, end after start, …) on the
 * meeting as it would be. Year and number are the repository's to give, so they are not asked here.
 */
export function meetingErrors(candidate: Record<string, unknown> & { date?: string }): FormErrors {
  const year = Number(candidate.date?.slice(0, 4));
  const {
    year: _year,
    number: _number,
    ...errors
  } = zod4Resolver(MeetingInput)({
    number: 1,
    ...candidate,
    year: Number.isInteger(year) ? year : 2000,
  });
  // "Interner Schlüssel fehlt." says nothing to a user: the body is chosen from a list.
  return candidate.bodyId ? errors : { ...errors, bodyId: i18n.t('meetings.bodyRequired') };
}

import { defaultMeetingTimes } from '../../../../shared/domain/meeting-defaults';
import type { Body } from '../../../../shared/schemas';
import { textOrUndefined } from '../agenda/item-form';

/** Start, planned end and place as a form holds them. */
export interface MeetingTimeValues {
  startTime: string;
  endTime: string;
  location: string;
}

/** A body's usual time and place, for a new meeting. */
export const bodyDefaults = (body: Body): MeetingTimeValues => ({
  ...defaultMeetingTimes(body),
  location: body.defaultLocation ?? '',
});

export const timeInput = (values: MeetingTimeValues) => ({
  startTime: values.startTime,
  endTime: values.endTime,
  location: textOrUndefined(values.location),
});

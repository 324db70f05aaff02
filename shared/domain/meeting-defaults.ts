import type { Body } from '../schemas';
import { formatClockTime, parseClockTime } from './time-plan';

const FALLBACK_START = '14:00';
const FALLBACK_MINUTES = 120;
const LAST_MINUTE = 23 * 60 + 59;

/** Start and end of a new meeting from the body's usual time and length; it never runs past midnight. */
export function defaultMeetingTimes(body: Pick<Body, 'defaultStartTime' | 'defaultDurationMinutes'>): {
  startTime: string;
  endTime: string;
} {
  const startTime = body.defaultStartTime ?? FALLBACK_START;
  const start = parseClockTime(startTime);
  const end = Math.min(start + (body.defaultDurationMinutes ?? FALLBACK_MINUTES), LAST_MINUTE);
  return { startTime, endTime: formatClockTime(end) };
}

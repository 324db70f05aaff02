import { useState } from 'react';
import { toIsoDate } from '../../../shared/domain/dates';

/** Today's ISO date, fixed for the life of the view so live queries keep stable inputs. */
export function useToday(): string {
  const [today] = useState(() => toIsoDate(new Date()));
  return today;
}

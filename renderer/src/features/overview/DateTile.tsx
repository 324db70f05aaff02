import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { monthShort, weekdayShort } from '../../ui/calendar-parts';
import classes from './DateTile.module.css';

/** A calendar-leaf look for a date; decorative, the full date is written next to it. */
export function DateTile({ isoDate }: { isoDate: string }) {
  const { i18n } = useTranslation();
  return (
    <div className={classes.tile} aria-hidden>
      <Text span className={classes.weekday}>
        {weekdayShort(isoDate, i18n.language)}
      </Text>
      <Text span className={classes.day}>
        {Number(isoDate.slice(8, 10))}
      </Text>
      <Text span className={classes.month}>
        {monthShort(isoDate, i18n.language)}
      </Text>
    </div>
  );
}

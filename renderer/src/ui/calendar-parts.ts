/** Noon avoids the date shifting across a time-zone boundary. */
const atNoon = (isoDate: string) => new Date(`${isoDate}T12:00:00`);

export const weekdayShort = (isoDate: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(atNoon(isoDate));

export const monthShort = (isoDate: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'short' }).format(atNoon(isoDate));

/** "Dienstag, 10. März 2026" in the UI language. */
export const longDate = (isoDate: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    atNoon(isoDate),
  );

import type { DemoAgendaItem, DemoResult } from './demo-model';

/** Standard items the demo meetings share. `held` is false for meetings still to come. */

const approval = (lastMeeting: string): DemoResult => ({
  kind: 'beschluss',
  text: `Das Protokoll der Sitzung vom ${lastMeeting} wird ohne Einwände genehmigt.`,
  followUp: 'umgesetzt',
});

const approvalItem = (title: string, lastMeeting: string, minutes: number, held: boolean): DemoAgendaItem => ({
  kind: 'formalia',
  title,
  minutes,
  proposedResolution: `Das Protokoll der Sitzung vom ${lastMeeting} wird genehmigt.`,
  ...(held ? { result: approval(lastMeeting) } : {}),
});

/** How every Lenkungskreis meeting opens: agenda, then the minutes of the last meeting. */
export const lkOpening = (lastMeeting: string, held = true): DemoAgendaItem[] => [
  { kind: 'formalia', title: 'Begrüßung, Feststellung der Tagesordnung', minutes: 5 },
  approvalItem(`Genehmigung des Protokolls vom ${lastMeeting}`, lastMeeting, 5, held),
];

/** How a working group opens: one item for welcome and minutes. */
export const akOpening = (lastMeeting: string, minutes: number, held = true): DemoAgendaItem =>
  approvalItem(`Begrüßung und Genehmigung des Protokolls vom ${lastMeeting}`, lastMeeting, minutes, held);

export const verschiedenes = (minutes: number, description?: string): DemoAgendaItem => ({
  kind: 'verschiedenes',
  title: 'Verschiedenes',
  minutes,
  description,
});

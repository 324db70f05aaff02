import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingToIcs, type MeetingIcsInput } from './ics';

const demo: MeetingIcsInput = {
  meeting: {
    id: '0194f1a2-7c3e-7000-8000-000000000001',
    number: 1,
    year: 2025,
    date: '2025-02-18',
    startTime: '14:00',
    endTime: '16:00',
    location: 'Kreishaus Auenfeld, Raum 2.14',
    theme: 'Jahresplanung 2025; Übergänge gestalten',
    status: 'eingeladen',
  },
  body: { name: 'Lenkungskreis' },
  network: { name: 'Regionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld' },
  agenda: [
    { number: '1', title: 'Begrüßung, Feststellung der Tagesordnung' },
    { number: '2', title: 'Genehmigung des Protokolls der Sitzung vom 26.11.2024' },
    { number: '3', title: 'Bericht aus dem Bildungsbüro' },
    { number: '3.1', title: 'Sachstand Handlungsfelder und offene Aufgaben – Übergang Kita–Grundschule' },
    { number: '4', title: 'Jahresplanung 2025 und Arbeitsaufträge an die sechs Arbeitskreise' },
  ],
  organizer: { name: 'Katrin Hollmann', email: 'k.hollmann@kreis-auenfeld.de' },
  stamp: new Date('2025-01-28T09:30:00Z'),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const at = (date: string, startTime: string, endTime: string): MeetingIcsInput => ({
  ...demo,
  meeting: { ...demo.meeting, date, startTime, endTime },
});

describe('meetingToIcs', () => {
  it('places the meeting at local Berlin time, winter and summer', () => {
    const { vevent, event: winter } = parse(meetingToIcs(demo));
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(winter.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(winter.startDate.toString()).toBe('2025-02-18T14:00:00');
    expect(winter.startDate.toJSDate().toISOString()).toBe('2025-02-18T13:00:00.000Z');
    expect(winter.endDate.toJSDate().toISOString()).toBe('2025-02-18T15:00:00.000Z');

    const summer = parse(meetingToIcs(at('2025-06-26', '14:00', '17:30'))).event;
    expect(summer.startDate.toJSDate().toISOString()).toBe('2025-06-26T12:00:00.000Z');
    expect(summer.endDate.toJSDate().toISOString()).toBe('2025-06-26T15:30:00.000Z');
  });

  it('gets the days of the clock change right', () => {
    const spring = parse(meetingToIcs(at('2026-03-29', '14:00', '15:00'))).event;
    expect(spring.startDate.toJSDate().toISOString()).toBe('2026-03-29T12:00:00.000Z');
    const autumn = parse(meetingToIcs(at('2026-10-25', '14:00', '15:00'))).event;
    expect(autumn.startDate.toJSDate().toISOString()).toBe('2026-10-25T13:00:00.000Z');
    const before = parse(meetingToIcs(at('2026-03-28', '14:00', '15:00'))).event;
    expect(before.startDate.toJSDate().toISOString()).toBe('2026-03-28T13:00:00.000Z');
  });

  it('includes the VTIMEZONE and refers to it', () => {
    const ics = meetingToIcs(demo);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20250218T140000');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20250218T160000');
    expect(ics).toMatch(/\r\nDTSTAMP:20250128T093000Z\r\n/);
  });

  it('carries summary, location, organizer, a stable UID and the agenda with umlauts', () => {
    const { vevent, event } = parse(meetingToIcs(demo));
    expect(event.uid).toBe('0194f1a2-7c3e-7000-8000-000000000001@bildungsbuero-desk');
    expect(event.summary).toBe('Lenkungskreis – 1. Sitzung 2025');
    expect(event.location).toBe('Kreishaus Auenfeld, Raum 2.14');
    expect(event.organizer).toBe('mailto:k.hollmann@kreis-auenfeld.de');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.description).toBe(
      [
        'Lenkungskreis – 1. Sitzung 2025',
        'Thema: Jahresplanung 2025; Übergänge gestalten',
        'Regionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld',
        '',
        'Tagesordnung',
        'TOP 1 Begrüßung, Feststellung der Tagesordnung',
        'TOP 2 Genehmigung des Protokolls der Sitzung vom 26.11.2024',
        'TOP 3 Bericht aus dem Bildungsbüro',
        '    TOP 3.1 Sachstand Handlungsfelder und offene Aufgaben – Übergang Kita–Grundschule',
        'TOP 4 Jahresplanung 2025 und Arbeitsaufträge an die sechs Arbeitskreise',
      ].join('\n'),
    );
    expect(parse(meetingToIcs({ ...demo, stamp: new Date('2025-02-01T08:00:00Z') })).event.uid).toBe(event.uid);
  });

  it('supersedes an earlier export of the same meeting', () => {
    const first = parse(meetingToIcs(demo)).event.sequence;
    const later = parse(meetingToIcs({ ...demo, stamp: new Date('2025-02-10T08:00:00Z') })).event.sequence;
    expect(later).toBeGreaterThan(first);
  });

  it('marks a cancelled meeting', () => {
    const { vevent, event } = parse(
      meetingToIcs({
        ...demo,
        meeting: { ...demo.meeting, status: 'abgesagt', cancelReason: 'Erkrankung der Vorsitzenden' },
      }),
    );
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.summary).toBe('Abgesagt: Lenkungskreis – 1. Sitzung 2025');
    expect(event.description).toContain('Die Sitzung ist abgesagt.\nGrund: Erkrankung der Vorsitzenden');
  });

  it('writes CRLF lines of at most 75 octets', () => {
    const ics = meetingToIcs(demo);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('leaves out what the meeting does not have', () => {
    const bare = meetingToIcs({
      ...demo,
      meeting: { ...demo.meeting, location: undefined, theme: undefined },
      agenda: [],
      organizer: undefined,
    });
    expect(bare).not.toMatch(/^(LOCATION|ORGANIZER)/m);
    expect(parse(bare).event.description).toBe(
      'Lenkungskreis – 1. Sitzung 2025\nRegionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld',
    );
  });
});

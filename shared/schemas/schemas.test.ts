import { describe, expect, it } from 'vitest';
import { BodyInput, MeetingInput, OrganisationInput, PersonInput, ResultInput, TaskInput } from './index';
import { richTextToPlain } from './rich-text.schema';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('shared schemas answer bad input in German, at the field', () => {
  it('person: e-mail and phone formats', () => {
    const result = PersonInput.safeParse({ lastName: 'Aydın', email: 'selin.aydin@', phone: 'abc' });
    expect(messages(result)).toEqual({
      email: 'Bitte eine gültige E-Mail-Adresse angeben (z. B. name@kreis-auenfeld.de).',
      phone: 'Bitte eine gültige Telefonnummer angeben (Ziffern, Leerzeichen, +, /, - und Klammern).',
    });
    expect(PersonInput.safeParse({ lastName: 'Aydın', email: ' s.aydin@kreis-auenfeld.de ', phone: '(02821) 85-123' }).success).toBe(true);
  });

  it('organisation: German postal codes have five digits', () => {
    expect(messages(OrganisationInput.safeParse({ name: 'VHS', type: 'Weiterbildung/VHS', postalCode: '4751' }))).toEqual({
      postalCode: 'Die Postleitzahl hat fünf Ziffern.',
    });
  });

  it('body: code format, negative notice period, objection days required for deemed approval', () => {
    const result = BodyInput.safeParse({
      networkId: 'n',
      kind: 'arbeitskreis',
      name: 'AK Inklusion',
      code: 'ak inkl',
      noticeDays: -1,
      minutesKind: 'ergebnisprotokoll',
      approvalRule: 'fristablauf',
    });
    expect(Object.keys(messages(result)).sort()).toEqual(['code', 'noticeDays', 'objectionDays']);
    const ok = { networkId: 'n', kind: 'arbeitskreis', name: 'AK', code: 'AK-INKL', noticeDays: 7, minutesKind: 'ergebnisprotokoll' } as const;
    expect(messages(BodyInput.safeParse({ ...ok, approvalRule: 'fristablauf' }))).toEqual({
      objectionDays: 'Bitte die Einspruchsfrist in Tagen angeben.',
    });
  });

  it('meeting: invalid times and a year that does not match the date', () => {
    const base = { bodyId: 'b', year: 2026, number: 1, date: '2026-02-18', startTime: '14:00', endTime: '16:00' };
    expect(MeetingInput.safeParse(base).success).toBe(true);
    expect(messages(MeetingInput.safeParse({ ...base, startTime: '25:00' }))).toEqual({
      startTime: 'Bitte eine Uhrzeit im Format HH:MM angeben.',
    });
    expect(messages(MeetingInput.safeParse({ ...base, date: '2026-02-30' }))).toHaveProperty('date');
    expect(messages(MeetingInput.safeParse({ ...base, year: 2025 }))).toEqual({ year: 'Das Sitzungsjahr passt nicht zum Datum.' });
  });

  it('result: a Beschluss needs its wording; a vote needs all three counts', () => {
    const base = { meetingId: 'm', agendaItemId: 'i', kind: 'beschluss' } as const;
    expect(messages(ResultInput.safeParse(base))).toEqual({ text: 'Ein Beschluss oder eine Empfehlung braucht den genauen Wortlaut.' });
    expect(ResultInput.safeParse({ ...base, kind: 'kenntnisnahme' }).success).toBe(true);
    expect(messages(ResultInput.safeParse({ ...base, text: 'Beschlossen.', voteMode: 'abstimmung', votesYes: 5 }))).toEqual({
      votesYes: 'Bitte Ja-, Nein-Stimmen und Enthaltungen angeben.',
    });
  });

  it('task: needs an owner of the chosen kind and a due date', () => {
    expect(messages(TaskInput.safeParse({ title: 'Liste', ownerKind: 'person', dueDate: '2026-03-01' }))).toEqual({
      ownerKind: 'Bitte angeben, wer die Aufgabe übernimmt.',
    });
  });
});

describe('rich text', () => {
  it('flattens paragraphs and list items to lines', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Bericht über die ' }, { type: 'text' as const, text: 'Übergänge', marks: [{ type: 'bold' as const }] }] },
        { type: 'bulletList' as const, content: [{ type: 'listItem' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Kita' }] }] }] },
      ],
    };
    expect(richTextToPlain(doc)).toBe('Bericht über die Übergänge\nKita');
  });
});

import { describe, expect, it } from 'vitest';
import { invitationMail } from './invitation-mail';

const MEETING = {
  number: 2,
  year: 2026,
  date: '2026-05-12',
  startTime: '14:00',
  endTime: '16:00',
  location: 'Kreishaus, Raum 204',
  theme: 'Übergang Schule – Beruf',
  replyBy: '2026-05-05',
};

describe('invitation e-mail', () => {
  it('names meeting, time, place, agenda and reply date', () => {
    const { subject, text } = invitationMail({
      meeting: MEETING,
      body: { name: 'Lenkungskreis', kind: 'lenkungskreis' },
      agenda: [
        { number: '1', title: 'Begrüßung' },
        { number: '1.1', title: 'Tagesordnung' },
      ],
      signature: 'Dr. Jana Becker',
      withLetter: true,
    });
    expect(subject).toBe('Einladung: Lenkungskreis – 2. Sitzung 2026 am 12.05.2026');
    expect(text).toContain('hiermit laden wir Sie herzlich zur 2. Sitzung 2026 des Lenkungskreises ein.');
    expect(text).toContain('Datum: Dienstag, 12. Mai 2026\nUhrzeit: 14:00–16:00 Uhr\nOrt: Kreishaus, Raum 204');
    expect(text).toContain('Tagesordnung\nTOP 1 Begrüßung\n    TOP 1.1 Tagesordnung');
    expect(text).toContain('als PDF beigefügt');
    expect(text).toContain('bis zum 05.05.2026 mit');
    expect(text.endsWith('Mit freundlichen Grüßen\nDr. Jana Becker')).toBe(true);
  });

  it('leaves out what is not known', () => {
    const { text } = invitationMail({
      meeting: { ...MEETING, location: undefined, theme: undefined, replyBy: undefined },
      body: { name: 'Regionale Bildungskonferenz', kind: 'bildungskonferenz' },
      agenda: [],
      signature: 'Regionales Bildungsbüro',
      withLetter: false,
    });
    expect(text).toContain('zur 2. Sitzung 2026 der Regionalen Bildungskonferenz ein.');
    expect(text).toContain('Ort: wird noch bekannt gegeben');
    expect(text).not.toMatch(/Thema|Tagesordnung|beigefügt|Bitte teilen/);
  });
});

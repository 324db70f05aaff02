import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { invitationEml, mailtoLink, type InvitationMail } from './eml';

const pdf = new Uint8Array(5000).map((_, i) => (i * 37 + 11) % 256);
const ics = new TextEncoder().encode('BEGIN:VCALENDAR\r\nSUMMARY:Lenkungskreis – 1. Sitzung 2025\r\nEND:VCALENDAR\r\n');

const mail: InvitationMail = {
  to: [
    { name: 'Dr. Ulrike Stammen', email: 'u.stammen@kreis-auenfeld.de' },
    { name: 'Bernd Kleinhaus', email: 'bernd.kleinhaus@brd.nrw.de' },
    { name: 'Ayşe Korkmaz-Müller', email: 'korkmaz@schulpflegschaft-wiesenrath.de' },
    { email: 'info@stadt-brueckhoven.de' },
  ],
  subject: 'Einladung: Lenkungskreis – 1. Sitzung 2025 am 18.02.2025 (Übergänge gestalten)',
  text: 'Sehr geehrte Damen und Herren,\n\nhiermit lade ich Sie zur 1. Sitzung des Lenkungskreises ein.\nGrüße aus dem Bildungsbüro – Katrin Hollmann\n',
  attachments: [
    {
      fileName: 'Einladung Lenkungskreis 1. Sitzung 2025 – Tagesordnung und Vorlagen für Brückhoven.pdf',
      mimeType: 'application/pdf',
      data: pdf,
    },
    { fileName: 'Sitzung.ics', mimeType: 'text/calendar', data: ics },
  ],
  from: { name: 'Katrin Hollmann', email: 'k.hollmann@kreis-auenfeld.de' },
  date: new Date('2025-01-28T09:30:00Z'),
};

/** Just enough of a MIME reader to check the message: headers unfolded, parts split, base64 decoded. */
function readHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

const decodeWords = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));

function readMessage(eml: string) {
  const split = eml.indexOf('\r\n\r\n');
  const headers = readHeaders(eml.slice(0, split));
  const boundary = /boundary="([^"]+)"/.exec(headers.get('content-type') ?? '')?.[1];
  const sections = eml.slice(split + 4).split(`--${boundary}`);
  const parts = sections.slice(1, -1).map((section) => {
    const body = section.replace(/^\r\n/, '');
    const end = body.indexOf('\r\n\r\n');
    return { headers: readHeaders(body.slice(0, end)), body: body.slice(end + 4).replace(/\r\n$/, '') };
  });
  return { headers, parts, closing: sections.at(-1) };
}

/** RFC 2231 filename*, with or without continuations. */
function extendedFileName(disposition: string): string | undefined {
  const pieces = [...disposition.matchAll(/filename\*(?:(\d+)\*)?=([^;]+)/g)].sort(
    (a, b) => Number(a[1] ?? 0) - Number(b[1] ?? 0),
  );
  if (pieces.length === 0) return undefined;
  // Each continuation holds whole characters, so each decodes on its own.
  return pieces.map((p) => decodeURIComponent(p[2]!.trim().replace(/^UTF-8''/, ''))).join('');
}

describe('invitationEml', () => {
  const eml = invitationEml(mail);
  const message = readMessage(eml);

  it('is a draft to undisclosed recipients with everyone in Bcc', () => {
    expect(message.headers.get('to')).toBe('undisclosed-recipients:;');
    expect(message.headers.get('x-unsent')).toBe('1');
    expect(message.headers.get('mime-version')).toBe('1.0');
    expect(message.headers.get('date')).toBe('Tue, 28 Jan 2025 09:30:00 +0000');
    expect(message.headers.get('from')).toBe('Katrin Hollmann <k.hollmann@kreis-auenfeld.de>');
    const bcc = decodeWords(message.headers.get('bcc') ?? '');
    expect(bcc).toBe(
      '"Dr. Ulrike Stammen" <u.stammen@kreis-auenfeld.de>, Bernd Kleinhaus <bernd.kleinhaus@brd.nrw.de>, ' +
        'Ayşe Korkmaz-Müller <korkmaz@schulpflegschaft-wiesenrath.de>, info@stadt-brueckhoven.de',
    );
  });

  it('encodes umlauts in the subject as RFC 2047 encoded-words', () => {
    const raw = message.headers.get('subject') ?? '';
    expect(raw).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(raw)).toBe(mail.subject);
    for (const word of raw.split(' ')) expect(word.length).toBeLessThanOrEqual(75);
  });

  it('carries the text and the attachments byte for byte', () => {
    const [text, attachment, calendar] = message.parts;
    expect(text?.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(text?.headers.get('content-transfer-encoding')).toBe('base64');
    expect(Buffer.from(text!.body, 'base64').toString('utf8')).toBe(mail.text.replace(/\n/g, '\r\n'));

    expect(attachment?.headers.get('content-type')).toMatch(/^application\/pdf; name="=\?UTF-8\?B\?/);
    expect(attachment?.headers.get('content-disposition')).toMatch(/filename\*0\*=UTF-8''Einladung%20.*filename\*1\*=/);
    expect(extendedFileName(attachment!.headers.get('content-disposition')!)).toBe(mail.attachments![0]!.fileName);
    expect(decodeWords(/name="([^"]+)"/.exec(attachment!.headers.get('content-type')!)![1]!)).toBe(
      mail.attachments![0]!.fileName,
    );
    expect(new Uint8Array(Buffer.from(attachment!.body, 'base64'))).toEqual(pdf);

    expect(calendar?.headers.get('content-disposition')).toBe('attachment; filename="Sitzung.ics"');
    expect(new Uint8Array(Buffer.from(calendar!.body, 'base64'))).toEqual(ics);
    expect(message.closing).toBe('--\r\n');
  });

  it('is 7-bit ASCII with CRLF line ends and short lines', () => {
    expect(eml).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(78);
    for (const part of message.parts)
      for (const line of part.body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('works without sender and attachments, and refuses a broken address', () => {
    const bare = readMessage(
      invitationEml({ to: [{ email: 'a@b.de' }], subject: 'Termin', text: 'Hallo', date: mail.date }),
    );
    expect(bare.headers.has('from')).toBe(false);
    expect(bare.headers.get('subject')).toBe('Termin');
    expect(bare.parts).toHaveLength(1);
    expect(() => invitationEml({ ...mail, to: [{ email: 'a@b.de\r\nBcc: x@y.de' }] })).toThrow(
      'Ungültige E-Mail-Adresse',
    );
  });
});

describe('mailtoLink', () => {
  it('puts everyone in Bcc and encodes subject and text', () => {
    const link = mailtoLink({
      to: mail.to.slice(0, 2),
      subject: 'Einladung: Übergänge & mehr',
      text: 'Zeile 1\nZeile 2',
    });
    expect(link).toBe(
      'mailto:?bcc=u.stammen@kreis-auenfeld.de,bernd.kleinhaus@brd.nrw.de' +
        '&subject=Einladung%3A%20%C3%9Cberg%C3%A4nge%20%26%20mehr&body=Zeile%201%0D%0AZeile%202',
    );
  });
});

export type MailAddress = { name?: string; email: string };
export type MailAttachment = { fileName: string; mimeType: string; data: Uint8Array };

export type InvitationMail = {
  /** All invitees; they go into Bcc, so nobody sees the others' addresses. */
  to: readonly MailAddress[];
  subject: string;
  text: string;
  attachments?: readonly MailAttachment[];
  /** Left out when not given: the mail program fills in the sending account. */
  from?: MailAddress;
  date: Date;
};

const CRLF = '\r\n';
/** Cannot occur in base64 (no "=" followed by "_"), so it never collides with a part's content. */
const BOUNDARY = '=_bildungsbuero-desk_mixed';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const base64Lines = (bytes: Uint8Array): string => (base64(bytes).match(/.{1,76}/g) ?? []).join(CRLF);

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const isPlainAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

/** Splits text into runs of whole characters whose encoded length stays within `max`. */
function chunks(text: string, encodedLength: (run: string) => number, max: number): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of text) {
    if (run && encodedLength(run + char) > max) {
      runs.push(run);
      run = '';
    }
    run += char;
  }
  return run ? [...runs, run] : runs;
}

/**
 * RFC 2047 encoded-words for a header value with non-ASCII text ("Übergänge"): at most 40 UTF-8
 * bytes of whole characters each, so a word and its header name fit in 78 characters.
 */
const encodedWords = (text: string): string[] =>
  chunks(text, (run) => utf8(run).length, 40).map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`);

/** A display name: as is, quoted if it holds specials ("Stammen, Ulrike"), or encoded if not ASCII. */
function displayName(name: string): string {
  if (!isPlainAscii(name)) return encodedWords(name).join(`${CRLF} `);
  return /[()<>[\]:;@\\,."]/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : name;
}

function address({ name, email }: MailAddress): string {
  if (!/^[^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+\.[^\s<>()",;:\\@]+$/.test(email)) {
    throw new Error(`Ungültige E-Mail-Adresse: ${email}`);
  }
  const cleanName = name?.replace(/\s+/g, ' ').trim();
  return cleanName ? `${displayName(cleanName)}${CRLF} <${email}>` : email;
}

const headerText = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return isPlainAscii(oneLine) && oneLine.length <= 70 ? oneLine : encodedWords(oneLine).join(`${CRLF} `);
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date in UTC: "Tue, 28 Jan 2025 09:30:00 +0000". */
const rfc5322Date = (d: Date): string =>
  `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
  `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;

const percentEncoded = (text: string): string =>
  Array.from(utf8(text), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9!#$&+\-.^_`|~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');

/** RFC 2231 parameter value: UTF-8, percent-encoded, in continuations that split no character. */
function extendedParameter(name: string, value: string): string {
  const pieces = chunks(value, (run) => percentEncoded(run).length, 50).map(percentEncoded);
  if (pieces.length === 1) return `${name}*=UTF-8''${pieces[0]}`;
  return pieces.map((p, i) => `${name}*${i}*=${i === 0 ? "UTF-8''" : ''}${p}`).join(`;${CRLF} `);
}

function attachmentPart({ fileName, mimeType, data }: MailAttachment): string {
  const plainName = isPlainAscii(fileName) && !/["\\]/.test(fileName);
  const disposition = plainName ? `filename="${fileName}"` : extendedParameter('filename', fileName);
  // Outlook reads the name from Content-Type, as encoded-words (not RFC 2231).
  const nameParam = plainName ? `"${fileName}"` : `"${encodedWords(fileName).join(`${CRLF} `)}"`;
  return [
    `Content-Type: ${mimeType};${CRLF} name=${nameParam}`,
    `Content-Disposition: attachment;${CRLF} ${disposition}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(data),
  ].join(CRLF);
}

/**
 * An e-mail draft (.eml) for the invitation: recipients in Bcc, marked `X-Unsent: 1` so Outlook
 * opens it ready to send, text and attachments as base64 MIME parts. The result is 7-bit ASCII
 * with CRLF line ends.
 */
export function invitationEml({ to, subject, text, attachments = [], from, date }: InvitationMail): string {
  const headers = [
    ...(from ? [`From: ${address(from)}`] : []),
    'To: undisclosed-recipients:;',
    ...(to.length > 0 ? [`Bcc: ${to.map(address).join(`,${CRLF} `)}`] : []),
    `Subject: ${headerText(subject)}`,
    `Date: ${rfc5322Date(date)}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
  ];
  const textPart = [
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(utf8(text.replace(/\r?\n/g, CRLF))),
  ].join(CRLF);
  const parts = [textPart, ...attachments.map(attachmentPart)];
  return [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.flatMap((part) => [`--${BOUNDARY}`, part]),
    `--${BOUNDARY}--`,
    '',
  ].join(CRLF);
}

/**
 * Fallback when no .eml can be opened: a mailto link with all invitees in Bcc (RFC 6068). Without
 * attachments; some mail programs cut links beyond about 2,000 characters.
 */
export function mailtoLink({ to, subject, text }: Pick<InvitationMail, 'to' | 'subject' | 'text'>): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%40/g, '@');
  const bcc = to.map((a) => encode(a.email)).join(',');
  return `mailto:?bcc=${bcc}&subject=${encode(subject)}&body=${encode(text.replace(/\r?\n/g, CRLF))}`;
}

import { z } from 'zod';
import { AgendaItemKind } from '../schemas/agenda-item.schema';
import { MinutesKind } from '../schemas/body.schema';
import { ClockTime, IsoDate } from '../schemas/common';
import type { Minutes } from '../schemas/minutes.schema';
import { AttendanceStatus } from '../schemas/participant.schema';
import { ResultKind, ResultOutcome, VoteMode } from '../schemas/result.schema';
import { RichText, richTextToPlain, type RichTextNode } from '../schemas/rich-text.schema';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

const text = z.string().optional();

/**
 * What the minutes say, as printed: names instead of keys, numbers instead of positions. Only the
 * fields listed here count — ids, createdAt/updatedAt, revisions and anything else are dropped —
 * and so do states that change after the meeting (task progress, follow-up status).
 */
export const MinutesContent = z.object({
  body: z.object({ name: z.string(), code: z.string() }),
  meeting: z.object({
    number: z.number().int(),
    year: z.number().int(),
    date: IsoDate,
    startTime: ClockTime,
    endTime: ClockTime,
    actualStart: ClockTime.optional(),
    actualEnd: ClockTime.optional(),
    theme: text,
    location: text,
    isPublic: z.boolean(),
    chair: text,
    minuteTaker: text,
  }),
  minutesKind: MinutesKind,
  attendance: z.array(
    z.object({
      name: z.string(),
      organisation: text,
      role: text,
      seat: text,
      status: AttendanceStatus,
      substitute: text,
      isVoting: z.boolean(),
      arrivedAt: ClockTime.optional(),
      leftAt: ClockTime.optional(),
    }),
  ),
  /** In agenda order, each with its TOP number ("2", "2.1"). */
  items: z.array(
    z.object({
      number: z.string().regex(/^\d+(\.\d+)?$/),
      kind: AgendaItemKind,
      title: z.string(),
      isPublic: z.boolean(),
      presenter: text,
      notes: RichText.optional(),
      results: z.array(
        z.object({
          kind: ResultKind,
          label: text,
          text,
          addressee: text,
          vote: z
            .object({
              mode: VoteMode,
              yes: z.number().int().optional(),
              no: z.number().int().optional(),
              abstain: z.number().int().optional(),
            })
            .optional(),
          outcome: ResultOutcome.optional(),
        }),
      ),
      tasks: z.array(
        z.object({ title: z.string(), description: text, owner: z.string(), dueDate: IsoDate, actionField: text }),
      ),
    }),
  ),
});
export type MinutesContent = z.infer<typeof MinutesContent>;

/** Version of the canonical form, stored inside it, so a later app can tell which rules made it. */
const CANONICAL_FORMAT = 1;

/** Line ends unified, trailing whitespace of every line removed; blank text counts as absent. */
function cleanText(value: string): string | undefined {
  const cleaned = value
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n+$/, '');
  return cleaned.trim() === '' ? undefined : cleaned;
}

/** Cleans every string of plain data (not of rich text, where spaces between text runs matter). */
function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
}

/** Rich text without empty lists of marks or children, marks in a fixed order. */
function cleanRichText(node: RichTextNode): RichTextNode {
  const marks = node.marks
    ?.map((m) => m.type)
    .sort()
    .map((type) => ({ type }));
  const content = node.content?.map(cleanRichText);
  return {
    type: node.type,
    text: node.text,
    marks: marks?.length ? marks : undefined,
    content: content?.length ? content : undefined,
  };
}

const numberParts = (n: string): number[] => n.split('.').map(Number);
function byTopNumber(a: { number: string }, b: { number: string }): number {
  const [x, y] = [numberParts(a.number), numberParts(b.number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The canonical form of a meeting's minutes: deterministic JSON (sorted keys, NFC, trimmed lines,
 * items in TOP order), notes both as plain text and as structure. Throws on content that does not
 * match MinutesContent — a programming error, not user input.
 */
export function canonicalMinutes(content: MinutesContent): string {
  const { items, ...rest } = MinutesContent.parse(content);
  const canonicalItems = [...items].sort(byTopNumber).map(({ notes, ...item }) => {
    const plain = notes ? cleanText(richTextToPlain(notes)) : undefined;
    return { ...cleanStrings(item), notes: notes && plain ? { text: plain, doc: cleanRichText(notes) } : undefined };
  });
  return canonicalJson({ format: CANONICAL_FORMAT, ...cleanStrings(rest), items: canonicalItems });
}

/** SHA-256 (hex) of the canonical form. */
export const fingerprintMinutes = (content: MinutesContent): Promise<string> => sha256Hex(canonicalMinutes(content));

/** What approval stores: the canonical form verbatim (`approvedContent`) and its fingerprint. */
export async function sealMinutes(content: MinutesContent): Promise<{ approvedContent: string; fingerprint: string }> {
  const approvedContent = canonicalMinutes(content);
  return { approvedContent, fingerprint: await sha256Hex(approvedContent) };
}

/** Does the stored canonical content still produce the stored fingerprint? */
export const verifyFingerprint = async (storedContent: string, fingerprint: string): Promise<boolean> =>
  (await sha256Hex(storedContent)) === fingerprint.toLowerCase();

export type FingerprintCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'kein-fingerabdruck' | 'gespeicherte-fassung-veraendert' | 'daten-abweichend';
      message: string;
    };

/**
 * Checks approved minutes: the stored approved version against its fingerprint and, when given,
 * the meeting's current data against the approved version.
 */
export async function verifyApprovedMinutes(
  minutes: Pick<Minutes, 'fingerprint' | 'approvedContent'>,
  current?: MinutesContent,
): Promise<FingerprintCheck> {
  if (!minutes.fingerprint || minutes.approvedContent === undefined) {
    return {
      ok: false,
      reason: 'kein-fingerabdruck',
      message: 'Für dieses Protokoll ist kein Fingerabdruck gespeichert.',
    };
  }
  if (!(await verifyFingerprint(minutes.approvedContent, minutes.fingerprint))) {
    return {
      ok: false,
      reason: 'gespeicherte-fassung-veraendert',
      message:
        'Die gespeicherte genehmigte Fassung passt nicht zu ihrem Fingerabdruck: sie wurde nachträglich verändert.',
    };
  }
  if (current && canonicalMinutes(current) !== minutes.approvedContent) {
    return {
      ok: false,
      reason: 'daten-abweichend',
      message:
        'Die aktuellen Sitzungsdaten weichen vom genehmigten Protokoll ab. Maßgeblich ist die bei der Genehmigung gespeicherte Fassung.',
    };
  }
  return { ok: true };
}

/** For print and display: "ba7816bf 8f01cfea 414140de …" (eight groups of eight). */
export const formatFingerprint = (hex: string): string => hex.match(/.{1,8}/g)?.join(' ') ?? '';

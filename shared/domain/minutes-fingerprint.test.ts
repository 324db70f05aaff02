import { describe, expect, it } from 'vitest';
import {
  canonicalMinutes,
  fingerprintMinutes,
  formatFingerprint,
  sealMinutes,
  verifyApprovedMinutes,
  verifyFingerprint,
  type MinutesContent,
} from './minutes-fingerprint';

/** The demo's Lenkungskreis meeting of 18 Feb 2025 (domain-research §10.5), shortened. */
function demoMinutes(): MinutesContent {
  return {
    body: { name: 'Lenkungskreis', code: 'LK' },
    meeting: {
      number: 1,
      year: 2025,
      date: '2025-02-18',
      startTime: '14:00',
      endTime: '16:00',
      actualStart: '14:05',
      location: 'Kreishaus Auenfeld, Raum 2.14',
      isPublic: false,
      chair: 'Dr. Ulrike Stammen',
      minuteTaker: 'Katrin Hollmann',
    },
    minutesKind: 'ergebnisprotokoll',
    attendance: [
      { name: 'Dr. Ulrike Stammen', role: 'Co-Vorsitz', status: 'anwesend', isVoting: true },
      { name: 'Claudia Rettinghaus', status: 'vertreten', substitute: 'Bürgermeister-Büro Brückhoven', isVoting: true },
      { name: 'Katrin Hollmann', role: 'Leitung RBB', status: 'anwesend', isVoting: false },
    ],
    items: [
      {
        number: '1',
        kind: 'formalia',
        title: 'Begrüßung, Feststellung der Tagesordnung',
        isPublic: true,
        results: [],
        tasks: [],
      },
      {
        number: '4',
        kind: 'beschluss',
        title: 'Jahresplanung 2025 und Arbeitsaufträge an die sechs AKs',
        isPublic: true,
        presenter: 'Katrin Hollmann',
        notes: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Die Jahresplanung wurde vorgestellt. ' },
                { type: 'text', text: 'Rückfragen', marks: [{ type: 'bold' }] },
              ],
            },
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'AK Inklusion: zwei Schulvertreter' }] },
                  ],
                },
              ],
            },
          ],
        },
        results: [
          {
            kind: 'beschluss',
            label: 'B-LK-2025-01',
            text: 'Der Lenkungskreis beschließt die Jahresplanung 2025.',
            vote: { mode: 'abstimmung', yes: 7, no: 1, abstain: 0 },
            outcome: 'angenommen',
          },
        ],
        tasks: [
          { title: 'Indikatorenliste an den LK', owner: 'Marek Wiechers', dueDate: '2025-04-15' },
          { title: 'Zwei Schulvertreter für AK Inklusion benennen', owner: 'Annette Vos', dueDate: '2025-03-15' },
        ],
      },
      { number: '4.1', kind: 'beratung', title: 'Übergänge gestalten', isPublic: true, results: [], tasks: [] },
      { number: '10', kind: 'verschiedenes', title: 'Verschiedenes, Termine', isPublic: true, results: [], tasks: [] },
    ],
  };
}

/** The same data with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  ) as T;
}

const nfd = <T>(value: T): T => JSON.parse(JSON.stringify(value).normalize('NFD')) as T;

describe('canonical form', () => {
  it('is deterministic JSON with notes as plain text and structure, items in TOP order', () => {
    const canonical = canonicalMinutes(demoMinutes());
    const parsed = JSON.parse(canonical);
    expect(parsed.format).toBe(1);
    expect(parsed.items.map((i: { number: string }) => i.number)).toEqual(['1', '4', '4.1', '10']);
    expect(parsed.items[1].notes.text).toBe(
      'Die Jahresplanung wurde vorgestellt. Rückfragen\nAK Inklusion: zwei Schulvertreter',
    );
    expect(parsed.items[1].notes.doc.content[0].content[1]).toEqual({
      type: 'text',
      text: 'Rückfragen',
      marks: [{ type: 'bold' }],
    });
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(canonical).not.toMatch(/\n|": /);
  });

  it('ignores how the objects were built: key order, unicode form, item order, line ends', () => {
    const original = canonicalMinutes(demoMinutes());
    expect(canonicalMinutes(reverseKeys(demoMinutes()))).toBe(original);
    expect(JSON.stringify(nfd(demoMinutes()))).not.toBe(JSON.stringify(demoMinutes()));
    expect(canonicalMinutes(nfd(demoMinutes()))).toBe(original);
    const shuffled = demoMinutes();
    shuffled.items.reverse();
    expect(canonicalMinutes(shuffled)).toBe(original);
    const typed = demoMinutes();
    typed.items[1]!.results[0]!.text = 'Der Lenkungskreis beschließt die Jahresplanung 2025.   \r\n';
    typed.meeting.location = 'Kreishaus Auenfeld, Raum 2.14 ';
    expect(canonicalMinutes(typed)).toBe(original);
  });

  it('leaves out ids, timestamps, revisions and any other field it does not know', () => {
    const withRecordFields = demoMinutes() as MinutesContent & Record<string, unknown>;
    Object.assign(withRecordFields, { id: 'x', createdAt: '2025-02-18T13:00:00.000Z' });
    Object.assign(withRecordFields.items[1]!, { id: 'item-4', revision: 17, updatedAt: '2025-02-19T08:00:00.000Z' });
    Object.assign(withRecordFields.items[1]!.tasks[0]!, { status: 'erledigt', id: 'task-1' });
    expect(canonicalMinutes(withRecordFields)).toBe(canonicalMinutes(demoMinutes()));
  });

  it('treats empty notes like no notes', () => {
    const empty = demoMinutes();
    empty.items[0]!.notes = { type: 'doc', content: [{ type: 'paragraph', content: [] }] };
    expect(canonicalMinutes(empty)).toBe(canonicalMinutes(demoMinutes()));
  });

  it('refuses content that is not minutes content', () => {
    const broken = demoMinutes();
    broken.items[0]!.number = 'TOP 1';
    expect(() => canonicalMinutes(broken)).toThrow();
  });
});

describe('fingerprint', () => {
  const firstRun = (m: MinutesContent) => m.items[1]!.notes!.content![0]!.content![0]!;
  const changes: Record<string, (m: MinutesContent) => unknown> = {
    'one character in a note': (m) => (firstRun(m).text = 'Die Jahresplanung wurde vorgestellt, '),
    'a space between text runs': (m) => (firstRun(m).text = 'Die Jahresplanung wurde vorgestellt.'),
    'bold removed': (m) => delete m.items[1]!.notes!.content![0]!.content![1]!.marks,
    'a vote count': (m) => (m.items[1]!.results[0]!.vote!.no = 2),
    'a task date': (m) => (m.items[1]!.tasks[0]!.dueDate = '2025-04-16'),
    'a task owner': (m) => (m.items[1]!.tasks[1]!.owner = 'Bernd Kleinhaus'),
    'the order of tasks': (m) => m.items[1]!.tasks.reverse(),
    'the wording of a resolution': (m) => (m.items[1]!.results[0]!.text = 'Der Lenkungskreis beschließt 2026.'),
    'an outcome': (m) => (m.items[1]!.results[0]!.outcome = 'vertagt'),
    attendance: (m) => (m.attendance[1]!.status = 'entschuldigt'),
    'an item number': (m) => (m.items[2]!.number = '5'),
    'the meeting date': (m) => (m.meeting.date = '2025-02-19'),
  };

  it.each(Object.entries(changes))('changes with %s', async (_name, change) => {
    const changed = demoMinutes();
    change(changed);
    expect(await fingerprintMinutes(changed)).not.toBe(await fingerprintMinutes(demoMinutes()));
  });

  it('stays the same for the same content', async () => {
    expect(await fingerprintMinutes(reverseKeys(nfd(demoMinutes())))).toBe(await fingerprintMinutes(demoMinutes()));
    expect(await fingerprintMinutes(demoMinutes())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is printed in groups of eight', () => {
    expect(formatFingerprint('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe(
      'ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad',
    );
  });
});

describe('verification', () => {
  it('confirms sealed minutes and detects a changed stored version', async () => {
    const sealed = await sealMinutes(demoMinutes());
    expect(sealed.fingerprint).toBe(await fingerprintMinutes(demoMinutes()));
    expect(await verifyFingerprint(sealed.approvedContent, sealed.fingerprint)).toBe(true);
    expect(await verifyFingerprint(sealed.approvedContent, sealed.fingerprint.toUpperCase())).toBe(true);
    const tampered = sealed.approvedContent.replace('"yes":7', '"yes":8');
    expect(tampered).not.toBe(sealed.approvedContent);
    expect(await verifyFingerprint(tampered, sealed.fingerprint)).toBe(false);
    expect(await verifyApprovedMinutes({ ...sealed, approvedContent: tampered })).toMatchObject({
      ok: false,
      reason: 'gespeicherte-fassung-veraendert',
    });
  });

  it('compares the current meeting data with the approved version', async () => {
    const sealed = await sealMinutes(demoMinutes());
    expect(await verifyApprovedMinutes(sealed, reverseKeys(demoMinutes()))).toEqual({ ok: true });
    const edited = demoMinutes();
    edited.items[1]!.tasks[0]!.dueDate = '2025-05-01';
    expect(await verifyApprovedMinutes(sealed, edited)).toMatchObject({ ok: false, reason: 'daten-abweichend' });
    expect(await verifyApprovedMinutes({})).toMatchObject({ ok: false, reason: 'kein-fingerabdruck' });
  });
});

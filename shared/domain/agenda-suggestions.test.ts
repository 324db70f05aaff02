import { describe, expect, it } from 'vitest';
import { agendaSuggestions, minutesApprovalTitle, progressDescription, PROGRESS_TITLE } from './agenda-suggestions';
import type { SuggestionItem } from './agenda-suggestions';

const TEMPLATE: SuggestionItem[] = [
  { id: 'open', position: 1, kind: 'formalia', title: 'Begrüßung und Feststellung der Tagesordnung' },
  { id: 'minutes', position: 2, kind: 'formalia', title: 'Genehmigung des Protokolls der letzten Sitzung' },
  { id: 'report', position: 3, kind: 'bericht', title: 'Bericht aus dem Bildungsbüro' },
  { id: 'misc', position: 4, kind: 'verschiedenes', title: 'Verschiedenes' },
];

const CHANGES = {
  since: '2026-03-10',
  measures: [{ title: 'Berufsorientierungscamp', status: 'laufend' as const }],
  tasks: [{ title: 'Datenbericht Übergänge', status: 'erledigt' as const, dueDate: '2026-04-30' }],
};

describe('automatic agenda items', () => {
  it('names the previous meeting whose minutes still need approval, replacing the generic item', () => {
    const [approval] = agendaSuggestions({
      items: TEMPLATE,
      previous: { date: '2026-03-10', minutesStatus: 'versandt' },
    });
    expect(approval).toEqual({
      kind: 'protokoll',
      item: { kind: 'formalia', title: 'Genehmigung des Protokolls der Sitzung vom 10.03.2026', plannedMinutes: 5 },
      target: { update: 'minutes' },
    });
  });

  it('inserts the approval after the opening item when the agenda has no such item', () => {
    const items = TEMPLATE.filter((i) => i.id !== 'minutes');
    const [approval] = agendaSuggestions({ items, previous: { date: '2026-03-10' } });
    expect(approval?.target).toEqual({ insertAt: 1 });
  });

  it('offers nothing when the minutes are approved or the item is already there', () => {
    expect(
      agendaSuggestions({ items: TEMPLATE, previous: { date: '2026-03-10', minutesStatus: 'genehmigt' } }),
    ).toEqual([]);
    const accepted = [
      ...TEMPLATE,
      { id: 'x', position: 9, kind: 'formalia' as const, title: minutesApprovalTitle('2026-03-10') },
    ];
    expect(agendaSuggestions({ items: accepted, previous: { date: '2026-03-10', minutesStatus: 'entwurf' } })).toEqual(
      [],
    );
    expect(agendaSuggestions({ items: TEMPLATE })).toEqual([]);
    const byHand = [
      ...TEMPLATE,
      { id: 'y', position: 9, kind: 'formalia' as const, title: 'Genehmigung des Protokolls vom 10.03.2026' },
    ];
    expect(agendaSuggestions({ items: byHand, previous: { date: '2026-03-10' } })).toEqual([]);
  });

  it('lists changed measures and tasks before "Verschiedenes"', () => {
    const [progress] = agendaSuggestions({ items: TEMPLATE, changes: CHANGES });
    expect(progress?.target).toEqual({ insertAt: 3 });
    expect(progress?.item.title).toBe(PROGRESS_TITLE);
    expect(progress?.item.description).toBe(
      [
        'Seit der letzten Sitzung am 10.03.2026 geändert:',
        '',
        'Maßnahmen',
        '– Berufsorientierungscamp (laufend)',
        '',
        'Aufgaben',
        '– Datenbericht Übergänge (erledigt, fällig 30.04.2026)',
      ].join('\n'),
    );
  });

  it('fills an existing progress item once, and offers nothing without changes', () => {
    const withItem = [...TEMPLATE, { id: 'progress', position: 3.5, kind: 'beratung' as const, title: PROGRESS_TITLE }];
    expect(agendaSuggestions({ items: withItem, changes: CHANGES })[0]?.target).toEqual({ update: 'progress' });
    const filled = withItem.map((i) => (i.id === 'progress' ? { ...i, description: progressDescription(CHANGES) } : i));
    expect(agendaSuggestions({ items: filled, changes: CHANGES })).toEqual([]);
    expect(agendaSuggestions({ items: TEMPLATE, changes: { ...CHANGES, measures: [], tasks: [] } })).toEqual([]);
  });

  it('counts what it does not list', () => {
    const tasks = Array.from({ length: 45 }, (_, i) => ({
      title: `Aufgabe ${i + 1}`,
      status: 'offen' as const,
      dueDate: '2026-05-01',
    }));
    const text = progressDescription({ since: '2026-03-10', measures: [], tasks });
    expect(text).toContain('– Aufgabe 40 (offen, fällig 01.05.2026)');
    expect(text).not.toContain('Aufgabe 41 ');
    expect(text.endsWith('– … und 5 weitere')).toBe(true);
  });
});

describe('deferred items', () => {
  const deferred = [
    {
      title: 'Gliederung Bildungsbericht',
      kind: 'beschluss' as const,
      description: 'Entwurf der Gliederung',
      plannedMinutes: 20,
      deferredOn: '2026-03-10',
    },
  ];

  it('offers an item an earlier meeting deferred, before "Verschiedenes"', () => {
    const suggestions = agendaSuggestions({ items: TEMPLATE, deferred });
    expect(suggestions).toEqual([
      {
        kind: 'vertagt',
        item: {
          kind: 'beschluss',
          title: 'Gliederung Bildungsbericht',
          description: 'Vertagt in der Sitzung vom 10.03.2026.\nEntwurf der Gliederung',
          plannedMinutes: 20,
        },
        target: { insertAt: 3 },
      },
    ]);
  });

  it('no longer offers it once the agenda has an item of that title', () => {
    const items = [
      ...TEMPLATE,
      { id: 'bb', position: 3.5, kind: 'beschluss' as const, title: 'gliederung bildungsbericht ' },
    ];
    expect(agendaSuggestions({ items, deferred })).toEqual([]);
  });
});

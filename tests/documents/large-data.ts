import type { AgendaItem, Measure, Participant, Result, Task } from '../../shared/schemas';
import { assembleMeetingDocumentData } from '../../shared/documents/meeting-data';
import type { ActionFieldReportData, MeetingDocumentData } from '../../shared/documents/model';
import { actionFields, meeting, persons, sampleActionFieldReport, sampleMeetingRecords } from './sample-data';

/**
 * Large meetings and reports for the benchmark, built from the sample records: every item has
 * notes, every other item a resolution, and the attendance and task lists are long.
 */

const STAMP = '2025-01-20T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP });
const owners = Object.values(persons);

const notes = (n: number): AgendaItem['notes'] => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: `Zu Punkt ${n} berichtet das Bildungsbüro über den Sachstand. Die Mitglieder beraten über die `,
        },
        { type: 'text', text: 'nächsten Schritte', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' und die Beteiligung der Schulträger, der Schulaufsicht und der Jugendhilfe.' },
      ],
    },
    {
      type: 'bulletList',
      content: ['Zeitplan bis zur Sommerpause abstimmen', 'Übergänge in den Sozialräumen prüfen'].map((text) => ({
        type: 'listItem' as const,
        content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
      })),
    },
  ],
});

export interface MeetingSize {
  items: number;
  attendees: number;
  tasks: number;
}

export function largeMeeting({ items, attendees, tasks }: MeetingSize): MeetingDocumentData {
  const agendaItems: AgendaItem[] = [];
  for (let i = 0; agendaItems.length < items; i++) {
    const parent: AgendaItem = {
      ...meta(`item-${i}`),
      meetingId: meeting.id,
      position: i,
      kind: 'beschluss',
      title: `Tagesordnungspunkt ${i + 1}: Maßnahmen im Handlungsfeld Übergänge`,
      presenterPersonId: owners[i % owners.length]!.id,
      plannedMinutes: 5,
      isPublic: false,
      revision: 0,
      notes: notes(i + 1),
    };
    agendaItems.push(parent);
    // Every fourth item has two sub-items.
    if (i % 4 === 3) {
      for (let j = 0; j < 2 && agendaItems.length < items; j++) {
        agendaItems.push({
          ...parent,
          ...meta(`item-${i}-${j}`),
          parentId: parent.id,
          position: j,
          title: `Unterpunkt ${j + 1} zu Punkt ${i + 1}`,
        });
      }
    }
  }
  const results: Result[] = agendaItems
    .filter((_, i) => i % 2 === 0)
    .map((item, i) => ({
      ...meta(`result-${i}`),
      meetingId: meeting.id,
      agendaItemId: item.id,
      kind: 'beschluss',
      label: `B-LK-2025-${String(i + 1).padStart(2, '0')}`,
      text: 'Der Lenkungskreis beschließt die vorgelegte Planung und beauftragt das Bildungsbüro mit der Umsetzung bis zum Jahresende.',
      voteMode: i % 3 === 0 ? 'abstimmung' : 'konsens',
      votesYes: 7,
      votesNo: 1,
      votesAbstain: 1,
      outcome: 'angenommen',
      followUpStatus: 'offen',
      position: 0,
    }));
  const participants: Participant[] = Array.from({ length: attendees }, (_, i) => ({
    ...meta(`participant-${i}`),
    meetingId: meeting.id,
    displayName: `Teilnehmerin ${i + 1} Müller-Lüdenscheidt`,
    organisationName: `Städtische Gesamtschule Nr. ${i + 1}`,
    seat: 'Schulen der Sekundarstufe',
    isVoting: i % 3 !== 0,
    isGuest: i % 10 === 9,
    invited: true,
    reply: 'zugesagt',
    attendance: i % 10 === 9 ? 'gast' : i % 7 === 6 ? 'entschuldigt' : 'anwesend',
    position: i,
  }));
  const taskList: Task[] = Array.from({ length: tasks }, (_, i) => ({
    ...meta(`task-${i}`),
    title: `Aufgabe ${i + 1}: Rückmeldung der Schulträger zur Planung einholen und auswerten`,
    ownerKind: 'person',
    ownerPersonId: owners[i % owners.length]!.id,
    dueDate: '2025-04-30',
    status: 'offen',
    meetingId: meeting.id,
    agendaItemId: agendaItems[i % agendaItems.length]!.id,
    position: i,
  }));
  return assembleMeetingDocumentData(
    sampleMeetingRecords({
      agendaItems,
      results,
      participants,
      tasks: taskList,
      meeting: { ...meeting, endTime: '23:00' },
    }),
  );
}

export function largeActionFieldReport({
  fields,
  measures,
}: {
  fields: number;
  measures: number;
}): ActionFieldReportData {
  const base = sampleActionFieldReport();
  const template = actionFields;
  const fieldList = Array.from({ length: fields }, (_, i) => ({
    ...template.actionFields[i % template.actionFields.length]!,
    ...meta(`field-${i}`),
    position: i,
    title: `${template.actionFields[i % template.actionFields.length]!.title} (${i + 1})`,
  }));
  const measureList: Measure[] = Array.from({ length: measures }, (_, i) => ({
    ...template.measures[i % template.measures.length]!,
    ...meta(`measure-${i}`),
    actionFieldId: fieldList[i % fields]!.id,
    goalId: undefined,
    position: i,
  }));
  return {
    ...base,
    actionFields: fieldList,
    goals: fieldList.map((field, i) => ({
      ...template.goals[i % template.goals.length]!,
      ...meta(`goal-${i}`),
      actionFieldId: field.id,
    })),
    measures: measureList,
    indicators: fieldList.flatMap((field, i) =>
      [0, 1].map((j) => ({
        ...template.indicators[i % template.indicators.length]!,
        ...meta(`indicator-${i}-${j}`),
        actionFieldId: field.id,
        position: j,
      })),
    ),
    indicatorValues: [],
    tasks: measureList
      .filter((_, i) => i % 2 === 0)
      .map((measure, i) => ({
        ...template.tasks[0]!,
        ...meta(`af-task-${i}`),
        measureId: measure.id,
        actionFieldId: measure.actionFieldId,
      })),
  };
}

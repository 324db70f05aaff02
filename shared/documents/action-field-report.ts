import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../domain/dates';
import type { ActionField, Indicator, Measure, Task } from '../schemas';
import { compose, type BuiltDocument } from './compose';
import { keepWithNext } from './keep-together';
import { MEASURE_STATUS_LABEL, MISSING, RESPONSIBILITY_LABEL, formatNumber, personNameById } from './labels';
import { taskTable } from './meeting-parts';
import type { ActionFieldReportData } from './model';
import { mm } from './page';
import { dataTable, factsTable } from './tables';
import { Warnings } from './warnings';

/** "2025-09-01" → "09/2025" */
const monthYear = (iso: string): string => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function period(measure: Measure): string {
  if (measure.start && measure.end) return `${monthYear(measure.start)}–${monthYear(measure.end)}`;
  if (measure.start) return `ab ${monthYear(measure.start)}`;
  if (measure.end) return `bis ${monthYear(measure.end)}`;
  return MISSING;
}

function measureLead(data: ActionFieldReportData, measure: Measure): string {
  const { directory } = data;
  const organisation = measure.leadOrganisationId ? directory.organisations.get(measure.leadOrganisationId) : undefined;
  const workingGroup = measure.workingGroupBodyId ? directory.bodies.get(measure.workingGroupBodyId)?.name : undefined;
  return (
    [
      personNameById(directory, measure.leadPersonId),
      organisation && (organisation.shortName ?? organisation.name),
      workingGroup,
    ]
      .filter(Boolean)
      .join(', ') || MISSING
  );
}

/** "42 %" with its year below. */
const valueWithYear = (value: number | undefined, year: number | undefined, unit: string, bold = false): TableCell =>
  value === undefined
    ? MISSING
    : {
        stack: [
          { text: formatNumber(value, unit), bold },
          ...(year ? [{ text: String(year), style: ['small', 'muted'] }] : []),
        ],
      };

interface FieldContent {
  field: ActionField;
  number: number;
  measures: Measure[];
  indicators: Indicator[];
  tasks: Task[];
}

function fieldContents(data: ActionFieldReportData): FieldContent[] {
  const measureField = new Map(data.measures.map((m) => [m.id, m.actionFieldId]));
  const fieldOfTask = (t: Task): string | undefined =>
    t.actionFieldId ?? (t.measureId ? measureField.get(t.measureId) : undefined);
  return [...data.actionFields]
    .sort((a, b) => a.position - b.position)
    .map((field, index) => ({
      field,
      number: index + 1,
      measures: data.measures.filter((m) => m.actionFieldId === field.id).sort((a, b) => a.position - b.position),
      indicators: data.indicators.filter((i) => i.actionFieldId === field.id).sort((a, b) => a.position - b.position),
      tasks: data.tasks.filter((t) => fieldOfTask(t) === field.id).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    }));
}

function overviewTable(fields: FieldContent[]): Content {
  return dataTable(
    [
      { header: 'Nr.', width: mm(8) },
      { header: 'Handlungsfeld', width: '*' },
      { header: 'Laufende Maßnahmen', width: mm(30), alignment: 'right' },
      { header: 'Abgeschlossen', width: mm(22), alignment: 'right' },
      { header: 'Offene Aufgaben', width: mm(22), alignment: 'right' },
    ],
    fields.map(({ field, number, measures, tasks }): TableCell[] => [
      String(number),
      field.title,
      `${measures.filter((m) => m.status === 'laufend').length} von ${measures.length}`,
      String(measures.filter((m) => m.status === 'abgeschlossen').length),
      String(tasks.length),
    ]),
    { caption: 'Überblick' },
  );
}

function fieldIntro(data: ActionFieldReportData, content: FieldContent): Content[] {
  const { field, number } = content;
  const workingGroup = field.workingGroupBodyId ? data.directory.bodies.get(field.workingGroupBodyId)?.name : undefined;
  const goals = data.goals.filter((g) => g.actionFieldId === field.id).sort((a, b) => a.position - b.position);
  const heading: Content = { text: `${number}. ${field.title}`, style: 'h2', margin: [0, 18, 0, 6] };
  const facts = factsTable(
    [
      ['Leitung', field.leadText || MISSING],
      ['Verantwortung', RESPONSIBILITY_LABEL[field.responsibility]],
      ...(workingGroup ? [['Arbeitskreis', workingGroup] as [string, string]] : []),
    ],
    mm(30),
  );
  const goalBlock: Content = {
    stack: [
      { text: goals.length === 1 ? 'Ziel' : 'Ziele', bold: true, margin: [0, 6, 0, 2] },
      goals.length === 0
        ? { text: 'Keine Ziele erfasst.', italics: true }
        : { ul: goals.map((g) => (g.targetDate ? `${g.text} (Zieldatum ${formatDate(g.targetDate)})` : g.text)) },
    ],
  };
  const description: Content[] = field.description
    ? [{ text: field.description, style: 'paragraph', margin: [0, 6, 0, 0] }]
    : [];
  return keepWithNext([heading, facts], [...description, goalBlock]);
}

function measuresTable(data: ActionFieldReportData, measures: Measure[]): Content {
  if (measures.length === 0) return { text: 'Keine Maßnahmen erfasst.', italics: true, margin: [0, 8, 0, 0] };
  return dataTable(
    [
      { header: 'Maßnahme', width: '*' },
      { header: 'Verantwortlich', width: mm(32) },
      { header: 'Zeitraum', width: mm(30) },
      { header: 'Status', width: mm(23) },
    ],
    measures.map((m): TableCell[] => [
      m.description ? { stack: [m.title, { text: m.description, style: 'muted' }] } : m.title,
      measureLead(data, m),
      period(m),
      MEASURE_STATUS_LABEL[m.status],
    ]),
    { caption: 'Maßnahmen' },
  );
}

function indicatorsTable(data: ActionFieldReportData, indicators: Indicator[]): Content[] {
  if (indicators.length === 0) return [];
  const latest = (indicator: Indicator) =>
    data.indicatorValues.filter((v) => v.indicatorId === indicator.id).sort((a, b) => b.year - a.year)[0];
  return [
    dataTable(
      [
        { header: 'Indikator', width: '*' },
        { header: 'Ausgangswert', width: mm(25), alignment: 'right' },
        { header: 'Zielwert', width: mm(25), alignment: 'right' },
        { header: 'Aktuell', width: mm(25), alignment: 'right' },
      ],
      indicators.map((i): TableCell[] => {
        const current = latest(i);
        return [
          i.dataSource ? { stack: [i.name, { text: `Quelle: ${i.dataSource}`, style: ['small', 'muted'] }] } : i.name,
          valueWithYear(i.baselineValue, i.baselineYear, i.unit),
          valueWithYear(i.targetValue, i.targetYear, i.unit),
          valueWithYear(current?.value, current?.year, i.unit, true),
        ];
      }),
      { caption: 'Indikatoren' },
    ),
  ];
}

/** Sachstandsbericht Handlungsfelder: per field goals, measures, indicators and open tasks. */
export function buildActionFieldReport(data: ActionFieldReportData): BuiltDocument {
  const warnings = new Warnings();
  const fields = fieldContents(data);
  if (fields.length === 0) warnings.add('Es sind noch keine Handlungsfelder angelegt.');
  const stand = `Stand ${formatDate(data.context.issuedOn)}`;
  return compose(
    data.context,
    {
      kind: 'sachstandsbericht',
      title: `Sachstandsbericht Handlungsfelder, ${stand}`,
      subject: ['Ziele, Maßnahmen, Indikatoren und offene Aufgaben der Handlungsfelder', data.audience]
        .filter(Boolean)
        .join(' – '),
      keywords: ['Handlungsfelder', 'Maßnahmen', 'Indikatoren'],
      runningTitle: `Sachstandsbericht Handlungsfelder · ${stand}`,
      firstPage: 'report',
      heading: {
        title: 'Sachstandsbericht Handlungsfelder',
        subtitle: [stand, data.audience && `für: ${data.audience}`].filter(Boolean).join(' · '),
      },
      content: () =>
        fields.length === 0
          ? [{ text: 'Keine Handlungsfelder erfasst.', italics: true }]
          : [
              overviewTable(fields),
              ...fields.flatMap((content): Content[] => [
                ...fieldIntro(data, content),
                measuresTable(data, content.measures),
                ...indicatorsTable(data, content.indicators),
                ...(content.tasks.length > 0
                  ? [
                      taskTable(content.tasks, data.directory, {
                        caption: 'Offene Aufgaben',
                        today: data.context.issuedOn,
                      }),
                    ]
                  : []),
              ]),
            ],
    },
    warnings,
  );
}

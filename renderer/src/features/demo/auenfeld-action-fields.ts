import type { ActionFieldInput, BodyInput, GoalInput } from '../../../../shared/schemas';

export type DemoActionField = Omit<ActionFieldInput, 'networkId' | 'position' | 'workingGroupBodyId'>;

/** Bildungsmonitoring is cross-cutting (domain-research §10.4): every field's figures come from it. */
const MONITORING_NOTE =
  'Querschnitt Bildungsmonitoring: Die Indikatoren erhebt das Bildungsbüro; sie fließen in den 1. Bildungsbericht 2026 ein, den die Bildungskonferenz berät.';

/** The six Handlungsfelder of domain-research §10.4, in their order in the Kooperationsvertrag. */
export const ACTION_FIELDS = {
  kitaGs: {
    title: 'Übergang Kita–Grundschule',
    description: `Verbindliche Zusammenarbeit von Kitas und Grundschulen in jedem Sozialraum, gemeinsame Fortbildung und eine Übergabe mit Einwilligung der Eltern. ${MONITORING_NOTE}`,
    leadText: 'Selin Aydın (Bildungsbüro); Co-Leitung: untere Schulaufsicht',
    responsibility: 'gemeinsam',
  },
  kaoa: {
    title: 'Berufliche Orientierung / KAoA',
    description: `Umsetzung der Standardelemente von „Kein Abschluss ohne Anschluss“ an allen weiterführenden Schulen, Berufsfelderkundungen in Betrieben und Anschlussvereinbarungen. ${MONITORING_NOTE}`,
    leadText: 'Kommunale Koordinierung KAoA; Partner: Agentur für Arbeit, IHK, Kreishandwerkerschaft',
    responsibility: 'kommune',
  },
  inklusion: {
    title: 'Inklusion',
    description: `Gemeinsame Standards für die Schulbegleitung, Fachtage und ein Netzwerk der Inklusionskoordinationen. ${MONITORING_NOTE}`,
    leadText: 'Dr. Tobias Reinartz (Bildungsbüro)',
    responsibility: 'land',
  },
  sprache: {
    title: 'Sprachbildung und Integration Neuzugewanderter',
    description: `Schnelle Schulplatzvergabe für neu zugewanderte Kinder und Jugendliche, Sprachpatenschaften und Elternarbeit. ${MONITORING_NOTE}`,
    leadText: 'Bildungskoordination für Neuzugewanderte und Kommunales Integrationszentrum',
    responsibility: 'gemeinsam',
  },
  digital: {
    title: 'Digitale Bildung und MINT',
    description: `MINT-Angebote mit außerschulischen Partnern an jeder weiterführenden Schule, Fortbildung zum Medienkompetenzrahmen NRW. ${MONITORING_NOTE}`,
    leadText: 'Marek Wiechers (Bildungsbüro) mit dem zdi-Zentrum MINT Auenfeld',
    responsibility: 'kommune',
  },
  ganztag: {
    title: 'Ganztag (OGS-Rechtsanspruch 2026)',
    description: `Vorbereitung auf den Rechtsanspruch auf Ganztagsbetreuung im Grundschulalter ab August 2026: Räume, Personal und ein gemeinsamer Qualitätsrahmen. ${MONITORING_NOTE}`,
    leadText: 'Kreisjugendamt und Amt für Schule und Bildung',
    responsibility: 'kommune',
  },
} satisfies Record<string, DemoActionField>;

export type ActionFieldKey = keyof typeof ACTION_FIELDS;

export interface DemoWorkingGroup extends Omit<
  BodyInput,
  'networkId' | 'kind' | 'code' | 'actionFieldId' | 'minutesKind' | 'approvalRule' | 'noticeDays'
> {
  field: ActionFieldKey;
}

/** All working groups invite two weeks ahead and approve their results minutes at the next meeting. */
export const WORKING_GROUP_PROCEDURE = {
  noticeDays: 14,
  minutesKind: 'ergebnisprotokoll',
  approvalRule: 'naechste-sitzung',
} as const satisfies Pick<BodyInput, 'noticeDays' | 'minutesKind' | 'approvalRule'>;

/** One working group per action field, keyed by its body code. */
export const WORKING_GROUPS = {
  'AK-KITA': {
    field: 'kitaGs',
    name: 'AK Übergang Kita–GS',
    description: 'Arbeitskreis der Kitas, Grundschulen, Träger und der Schulaufsicht zum Übergang Kita–Grundschule.',
    defaultLocation: 'Kreishaus Auenfeld, Raum 1.08',
    defaultStartTime: '14:00',
    defaultDurationMinutes: 120,
  },
  'AK-SB': {
    field: 'kaoa',
    name: 'AK Übergang Schule–Beruf',
    description: 'Arbeitskreis der Kommunalen Koordinierung mit StuBos, Agentur für Arbeit, Kammern und Jobcenter.',
    defaultLocation: 'Agentur für Arbeit Auenfeld, Besprechungsraum 1.05',
    defaultStartTime: '09:30',
    defaultDurationMinutes: 120,
  },
  'QZ-INKL': {
    field: 'inklusion',
    name: 'Qualitätszirkel Inklusion',
    description: 'Qualitätszirkel aus Förderschulen, allgemeinen Schulen, Schulpsychologie und Jugendhilfe.',
    defaultLocation: 'Förderschule am Auenpark, Konferenzraum',
    defaultStartTime: '14:30',
    defaultDurationMinutes: 90,
  },
  'AK-SPR': {
    field: 'sprache',
    name: 'AK Sprachbildung',
    description: 'Arbeitskreis zu Sprachbildung und Schulplatzvergabe für Neuzugewanderte.',
    defaultLocation: 'Kommunales Integrationszentrum, Bahnhofstraße 42, Raum 3',
    defaultStartTime: '10:00',
    defaultDurationMinutes: 90,
  },
  'AK-DIGI': {
    field: 'digital',
    name: 'AK Digitale Welten',
    description: 'Arbeitskreis zu digitaler Bildung und MINT mit dem zdi-Zentrum und der Hochschule.',
    defaultLocation: 'Hochschule Auenfeld, MINT-Labor (Gebäude C)',
    defaultStartTime: '15:00',
    defaultDurationMinutes: 120,
  },
  'AK-GT': {
    field: 'ganztag',
    name: 'AK Qualität im Ganztag',
    description:
      'Arbeitskreis von Kreisjugendamt, Schulträgern und OGS-Trägern zum Ausbau und zur Qualität des Ganztags.',
    defaultLocation: 'Kreishaus Auenfeld, Raum 2.14',
    defaultStartTime: '09:00',
    defaultDurationMinutes: 120,
  },
} satisfies Record<string, DemoWorkingGroup>;

export type WorkingGroupCode = keyof typeof WORKING_GROUPS;
export type BodyCode = 'BK' | 'LK' | 'RBB' | WorkingGroupCode;

export interface DemoGoal extends Omit<GoalInput, 'actionFieldId' | 'position'> {
  field: ActionFieldKey;
}

export const GOALS = {
  kitaVereinbarungen: {
    field: 'kitaGs',
    text: 'Bis Juli 2027 haben alle 38 Grundschulen im Kreis eine schriftliche Kooperationsvereinbarung mit ihren abgebenden Kitas.',
    targetDate: '2027-07-31',
  },
  kaoaBerufsfelder: {
    field: 'kaoa',
    text: 'Jede Schülerin und jeder Schüler der Jahrgangsstufe 8 absolviert mindestens drei Berufsfelderkundungen in Betrieben.',
    targetDate: '2026-07-31',
  },
  kaoaAnschluss: {
    field: 'kaoa',
    text: 'Bis 2027 verlassen 90 % der Schulabgängerinnen und Schulabgänger die Schule mit einer Anschlussvereinbarung.',
    targetDate: '2027-07-31',
  },
  inklusionLeitfaden: {
    field: 'inklusion',
    text: 'Bis Ende 2026 gilt bei allen neun Schulträgern ein gemeinsamer Leitfaden für die Schulbegleitung.',
    targetDate: '2026-12-31',
  },
  spracheWartezeit: {
    field: 'sprache',
    text: 'Neu zugewanderte Kinder und Jugendliche erhalten spätestens sechs Wochen nach ihrer Anmeldung einen Schulplatz.',
    targetDate: '2026-12-31',
  },
  digitalMint: {
    field: 'digital',
    text: 'Jede weiterführende Schule bietet mindestens ein außerunterrichtliches MINT-Angebot mit einem außerschulischen Partner an.',
    targetDate: '2026-07-31',
  },
  ganztagRahmen: {
    field: 'ganztag',
    text: 'Vor dem Start des Rechtsanspruchs im August 2026 haben alle Schulträger einen gemeinsamen Qualitätsrahmen für die OGS vereinbart.',
    targetDate: '2026-07-31',
  },
  ganztagVereinbarungen: {
    field: 'ganztag',
    text: 'Bis Sommer 2027 hat jeder OGS-Standort eine Qualitätsvereinbarung nach dem gemeinsamen Qualitätsrahmen.',
    targetDate: '2027-07-31',
  },
} satisfies Record<string, DemoGoal>;

export type GoalKey = keyof typeof GOALS;

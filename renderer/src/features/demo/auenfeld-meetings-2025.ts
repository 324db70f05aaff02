import { akOpening, lkOpening, verschiedenes } from './demo-agenda';
import type { DemoMeeting } from './demo-model';

/** Lenkungskreis, 1. Sitzung 2025 (domain-research §10.5, meeting 1). */
const LK_2025_1: DemoMeeting = {
  key: 'lk-2025-1',
  body: 'LK',
  date: '2025-02-18',
  startTime: '14:00',
  endTime: '16:00',
  location: 'Kreishaus Auenfeld, Raum 2.14',
  theme: 'Jahresplanung 2025 und Vorbereitung der Bildungskonferenz',
  chair: 'stammen',
  minuteTaker: 'hollmann',
  status: 'protokoll-genehmigt',
  invitationSentOn: '2025-01-28',
  replyBy: '2025-02-11',
  actualStart: '14:00',
  actualEnd: '15:55',
  attendance: {
    represented: [{ person: 'rettinghaus', by: 'kortmann' }],
    guests: [{ person: 'wiechers', role: 'Berichterstattung zu TOP 6' }],
  },
  agenda: [
    {
      kind: 'formalia',
      title: 'Begrüßung, Feststellung der Tagesordnung',
      minutes: 5,
      presenter: 'stammen',
      notes: [
        'Frau Dr. Stammen begrüßt die Mitglieder und stellt die fristgerechte Einladung vom 28.01.2025 fest. Frau Rettinghaus wird durch Herrn Kortmann (Büro des Bürgermeisters, Stadt Brückhoven) vertreten.',
        'Die Tagesordnung wird ohne Änderungen festgestellt.',
      ],
    },
    {
      kind: 'formalia',
      title: 'Genehmigung des Protokolls vom 26.11.2024',
      minutes: 5,
      proposedResolution: 'Das Protokoll der 4. Sitzung 2024 vom 26.11.2024 wird genehmigt.',
      result: {
        kind: 'beschluss',
        text: 'Das Protokoll der Sitzung vom 26.11.2024 wird ohne Einwände genehmigt.',
        followUp: 'umgesetzt',
      },
    },
    {
      kind: 'bericht',
      title: 'Bericht aus dem Bildungsbüro',
      minutes: 20,
      presenter: 'hollmann',
      description: 'Rückblick auf das zweite Halbjahr 2024, Stand der sechs Arbeitskreise, Personal, Termine.',
      notes: [
        'Frau Hollmann berichtet über die Arbeit der sechs Arbeitskreise. Die BFE-Platzbörse bietet für das Schuljahr 2024/25 980 Plätze an; 61 % der Grundschulen haben eine Kooperationsvereinbarung mit ihren Kitas.',
        'Die Stelle für das Bildungsmonitoring ist seit April 2020 besetzt; der 1. Bildungsbericht ist für 2026 geplant.',
      ],
      result: { kind: 'kenntnisnahme', text: 'Der Lenkungskreis nimmt den Bericht zur Kenntnis.' },
    },
    {
      kind: 'beschluss',
      title: 'Jahresplanung 2025 und Arbeitsaufträge an die sechs Arbeitskreise',
      minutes: 30,
      presenter: 'hollmann',
      actionFields: ['kitaGs', 'kaoa', 'inklusion', 'sprache', 'digital', 'ganztag'],
      papers: [
        {
          sequence: 1,
          title: 'Jahresplanung 2025 und Arbeitsaufträge an die Arbeitskreise',
          fileName: 'Vorlage_LK-01-2025_Jahresplanung.pdf',
        },
      ],
      proposedResolution:
        'Der Lenkungskreis beschließt die Jahresplanung 2025 (Vorlage LK-01/2025) und erteilt den sechs Arbeitskreisen die dort beschriebenen Arbeitsaufträge.',
      chairNotes:
        'Konsens vorab mit Herrn Kleinhaus abgestimmt. Beim Qualitätszirkel Inklusion die Benennung von zwei Schulvertretungen durch das Schulamt ansprechen.',
      notes: [
        'Die Arbeitsaufträge werden einzeln erläutert. Für den Qualitätszirkel Inklusion benennt das Schulamt zwei Vertretungen allgemeiner Schulen.',
      ],
      result: {
        kind: 'beschluss',
        sequence: 1,
        text: 'Der Lenkungskreis beschließt im Konsens die Jahresplanung 2025 (Vorlage LK-01/2025) und erteilt den sechs Arbeitskreisen die dort beschriebenen Arbeitsaufträge.',
        followUp: 'umgesetzt',
      },
      tasks: [
        {
          title: 'Zwei Schulvertretungen für den Qualitätszirkel Inklusion benennen',
          owner: { person: 'vos' },
          due: '2025-03-15',
          status: 'erledigt',
          completedOn: '2025-03-12',
          actionField: 'inklusion',
        },
      ],
    },
    {
      kind: 'beschluss',
      title: 'Vorbereitung der Bildungskonferenz: Termin, Thema, Sitzliste',
      minutes: 25,
      presenter: 'stammen',
      description: 'Termin 14.05.2025, Thema „Übergänge gestalten“, Sitzliste der 48 Sitze, Ablauf mit drei Fachforen.',
      papers: [
        {
          sequence: 2,
          title: 'Vorbereitung der 11. Regionalen Bildungskonferenz am 14.05.2025 – Thema und Sitzliste',
          fileName: 'Vorlage_LK-02-2025_Bildungskonferenz.pdf',
        },
      ],
      proposedResolution:
        'Die 11. Regionale Bildungskonferenz findet am 14.05.2025 von 14:00 bis 17:30 Uhr im Forum des Berufskollegs Auenfeld zum Thema „Übergänge gestalten“ statt. Der Lenkungskreis beschließt die Sitzliste gemäß Vorlage LK-02/2025 und schlägt der Konferenz vor, ab 2026 einen Arbeitskreis „Demokratiebildung“ einzurichten.',
      chairNotes: 'Frau Tellmann hat das Grußwort der Bezirksregierung zugesagt.',
      result: {
        kind: 'beschluss',
        sequence: 2,
        text: 'Die 11. Regionale Bildungskonferenz findet am 14.05.2025 von 14:00 bis 17:30 Uhr im Forum des Berufskollegs Auenfeld zum Thema „Übergänge gestalten“ statt. Der Lenkungskreis beschließt im Konsens die Sitzliste gemäß Vorlage LK-02/2025 und schlägt der Konferenz vor, ab 2026 einen Arbeitskreis „Demokratiebildung“ einzurichten.',
        followUp: 'umgesetzt',
      },
      tasks: [
        {
          title: 'Einladung zur 11. Regionalen Bildungskonferenz versenden',
          owner: { person: 'hollmann' },
          due: '2025-04-30',
          status: 'erledigt',
          completedOn: '2025-04-28',
        },
      ],
    },
    {
      kind: 'beschluss',
      title: 'Gliederung des Bildungsberichts 2026',
      minutes: 25,
      presenter: 'wiechers',
      papers: [
        {
          sequence: 3,
          title: 'Gliederung des 1. Bildungsberichts Kreis Auenfeld 2026',
          fileName: 'Vorlage_LK-03-2025_Gliederung_Bildungsbericht.pdf',
        },
      ],
      proposedResolution:
        'Der Lenkungskreis beschließt die Gliederung des 1. Bildungsberichts 2026 gemäß Vorlage LK-03/2025.',
      notes: [
        'Herr Wiechers stellt die Gliederung vor. Frau Sauerland regt an, die non-formale und kulturelle Bildung in einem eigenen Kapitel darzustellen; Herr Kleinhaus bittet, die Indikatoren der Handlungsfelder in einer Übersicht voranzustellen.',
      ],
      result: {
        kind: 'beschluss',
        sequence: 3,
        text: 'Der Lenkungskreis beschließt im Konsens die Gliederung des 1. Bildungsberichts 2026 gemäß Vorlage LK-03/2025 mit folgender Änderung: Ein Kapitel „Non-formale und kulturelle Bildung“ wird ergänzt, und die Indikatoren der sechs Handlungsfelder werden in einer Übersicht vorangestellt.',
        followUp: 'umgesetzt',
      },
      tasks: [
        {
          title: 'Indikatorenliste für den Bildungsbericht an den Lenkungskreis senden',
          owner: { person: 'wiechers' },
          due: '2025-04-15',
          status: 'erledigt',
          completedOn: '2025-04-22',
        },
      ],
    },
    {
      kind: 'verschiedenes',
      title: 'Verschiedenes, Termine',
      minutes: 10,
      description: 'Weitere Sitzungen 2025: 27.05., 09.09. und 25.11.2025, jeweils 14:00 Uhr im Kreishaus Auenfeld.',
      result: {
        kind: 'kenntnisnahme',
        text: 'Die Termine 27.05., 09.09. und 25.11.2025 werden zur Kenntnis genommen.',
      },
    },
  ],
  minutes: { status: 'genehmigt', sentOn: '2025-03-04', approvedOn: '2025-05-27', approvedIn: 'lk-2025-2' },
};

/** 11. Regionale Bildungskonferenz (domain-research §10.5, meeting 2): 41 of 48 seats present, 12 guests. */
const BK_2025: DemoMeeting = {
  key: 'bk-2025',
  body: 'BK',
  date: '2025-05-14',
  startTime: '14:00',
  endTime: '17:30',
  location: 'Forum des Berufskollegs Auenfeld, Europaring 20, 47610 Auenfeld',
  theme: '11. Regionale Bildungskonferenz: Übergänge gestalten',
  isPublic: true,
  chair: 'weidenbach',
  minuteTaker: 'hollmann',
  status: 'protokoll-versandt',
  invitationSentOn: '2025-04-28',
  replyBy: '2025-05-02',
  actualStart: '14:00',
  actualEnd: '17:35',
  attendance: {
    excused: ['hamacher', 'sprenger', 'kamphausen', 'rosendahl', 'verhoeven', 'kuerten', 'dahlmann'],
    staff: ['reinartz', 'aydin', 'wiechers', 'lohmeier', 'brueggemann', 'sadiqi'],
    guests: [
      { name: 'Dr. Jens Ehlert', organisation: 'Servicestelle Regionale Bildungsnetzwerke' },
      { name: 'Prof. Dr. Sabine Kuhlmann', organisation: 'Hochschule Auenfeld', role: 'Impuls im Forum Ganztag' },
      { name: 'Tim Berghoff', organisation: 'Auenfelder Rundschau', role: 'Presse' },
      { name: 'Ingrid Vennekamp', organisation: 'Kreistag Auenfeld' },
      { name: 'Hans-Georg Pütz', organisation: 'Grundschule Lindmar-Mitte' },
      { person: 'schlueter' },
      { name: 'Frederik Janßen', organisation: 'Stadtwerke Auenfeld', role: 'Ausbildungsleitung' },
      { name: 'Sibel Yavuz', organisation: 'Elterncafé Brückhoven' },
      { person: 'hinz' },
      { person: 'kloeckner' },
      { name: 'Ulla Kersting', organisation: 'Stadtbibliothek Auenfeld' },
      { name: 'Kai Overbeck', organisation: 'Bildungsbüro eines Nachbarkreises', role: 'Hospitation' },
    ],
  },
  agenda: [
    { kind: 'formalia', title: 'Begrüßung durch den Landrat', minutes: 10, presenter: 'weidenbach' },
    { kind: 'bericht', title: 'Grußwort der Bezirksregierung Düsseldorf', minutes: 10, presenter: 'tellmann' },
    {
      kind: 'bericht',
      title: 'Rechenschaftsbericht des Lenkungskreises und des Bildungsbüros 2024',
      minutes: 20,
      presenterText: 'Dr. Ulrike Stammen, Bernd Kleinhaus, Katrin Hollmann',
      result: {
        kind: 'kenntnisnahme',
        text: 'Die Bildungskonferenz nimmt den Rechenschaftsbericht 2024 zustimmend zur Kenntnis.',
      },
    },
    {
      kind: 'bericht',
      title: 'Ergebnisse aus den Arbeitskreisen',
      minutes: 0,
      children: [
        {
          kind: 'bericht',
          title: 'AK Übergang Kita–GS: Kooperationskalender und Tandem-Treffen',
          minutes: 12,
          presenter: 'aydin',
          actionFields: ['kitaGs'],
        },
        {
          kind: 'bericht',
          title: 'AK Übergang Schule–Beruf: BFE-Platzbörse und Ausbildungsmesse',
          minutes: 13,
          presenter: 'brueggemann',
          actionFields: ['kaoa'],
        },
      ],
    },
    {
      kind: 'beratung',
      title: 'Fachforen: Kita–Grundschule · Schule–Beruf · Ganztag',
      minutes: 85,
      description:
        'Drei parallele Foren. Forum A (Raum 101): Übergang Kita–Grundschule, Moderation Selin Aydın. Forum B (Raum 102): Übergang Schule–Beruf, Moderation Jana Brüggemann. Forum C (Aula): Ganztag, Moderation Miriam Sauerland, Impuls Prof. Dr. Sabine Kuhlmann.',
      actionFields: ['kitaGs', 'kaoa', 'ganztag'],
      notes: [
        'Forum A empfiehlt, den Kooperationskalender bei allen Schulträgern verbindlich zu machen. Forum B schlägt vor, die Ausbildungsmesse für die Sekundarstufe II zu öffnen. Forum C sammelt Fragen zum Raumbedarf und zur Qualifizierung des OGS-Personals für den AK Qualität im Ganztag.',
      ],
    },
    {
      kind: 'empfehlung',
      title: 'Empfehlungen an die Schulträger und Partner',
      minutes: 0,
      children: [
        {
          kind: 'empfehlung',
          title: 'Empfehlung zum Kooperationskalender Kita–Grundschule',
          minutes: 15,
          actionFields: ['kitaGs'],
          proposedResolution:
            'Die Bildungskonferenz empfiehlt allen Schulträgern im Kreis Auenfeld, den Kooperationskalender Kita–Grundschule für ihre Grundschulen verbindlich einzuführen.',
          result: {
            kind: 'empfehlung',
            sequence: 1,
            text: 'Die Bildungskonferenz empfiehlt allen Schulträgern im Kreis Auenfeld, den Kooperationskalender Kita–Grundschule für ihre Grundschulen verbindlich einzuführen.',
            addressee: 'Schulträger im Kreis Auenfeld (Kreis, Städte und Gemeinden)',
            followUp: 'in-umsetzung',
            updates: [
              {
                date: '2025-11-25',
                meeting: 'lk-2025-4',
                text: 'Vier von neun Schulträgern haben den Kooperationskalender eingeführt; Halmsdorf und Sankt Elmen folgen zum Schuljahr 2026/27.',
              },
              {
                date: '2026-09-15',
                meeting: 'lk-2026-3',
                text: 'Sieben von neun Schulträgern haben den Kooperationskalender eingeführt; Kesselbach und Wiesenrath beraten im Dezember 2026 in ihren Schulausschüssen.',
              },
            ],
          },
          tasks: [
            {
              title: 'Kooperationskalender mit Anschreiben an alle Schulträger versenden',
              owner: { body: 'RBB' },
              due: '2025-06-13',
              status: 'erledigt',
              completedOn: '2025-06-05',
              actionField: 'kitaGs',
              measure: 'kooperationskalender',
            },
          ],
        },
        {
          kind: 'empfehlung',
          title: 'Empfehlung zur Öffnung der Ausbildungsmesse für die Sekundarstufe II',
          minutes: 15,
          actionFields: ['kaoa'],
          proposedResolution:
            'Die Bildungskonferenz empfiehlt, die Ausbildungsmesse „Zukunft Auenfeld“ ab 2025 auch für die Sekundarstufe II der Gymnasien und Gesamtschulen zu öffnen.',
          result: {
            kind: 'empfehlung',
            sequence: 2,
            text: 'Die Bildungskonferenz empfiehlt, die Ausbildungsmesse „Zukunft Auenfeld“ ab 2025 auch für die Sekundarstufe II der Gymnasien und Gesamtschulen zu öffnen und die Schulen bei der Vorbereitung zu unterstützen.',
            addressee:
              'Kommunale Koordinierung KAoA, IHK, Kreishandwerkerschaft, Schulleitungen der Gymnasien und Gesamtschulen',
            followUp: 'umgesetzt',
            updates: [
              {
                date: '2025-06-26',
                meeting: 'ak-sb-2025-2',
                text: 'Der AK Übergang Schule–Beruf plant einen Pilotbesuch der Sekundarstufe II des Gymnasiums Kesselbach; der Termin folgt bis zum 15.09.2025.',
              },
              {
                date: '2025-09-09',
                meeting: 'lk-2025-3',
                text: 'Die Messe am 19.09.2025 ist für die Sekundarstufe II geöffnet; vier Gymnasien und zwei Gesamtschulen haben sich angemeldet.',
              },
              {
                date: '2025-11-25',
                meeting: 'lk-2025-4',
                text: 'Umgesetzt: 610 Schülerinnen und Schüler der Sekundarstufe II besuchten die Messe. Die Öffnung wird beibehalten.',
              },
            ],
          },
        },
      ],
    },
    {
      kind: 'beschluss',
      title: 'Einrichtung eines Arbeitskreises Demokratiebildung ab 2026',
      minutes: 15,
      presenter: 'stammen',
      proposedResolution:
        'Auf Vorschlag des Lenkungskreises beschließt die Bildungskonferenz, ab 2026 einen Arbeitskreis „Demokratiebildung“ einzurichten. Der Lenkungskreis legt Auftrag und Zusammensetzung fest.',
      result: {
        kind: 'beschluss',
        sequence: 1,
        text: 'Auf Vorschlag des Lenkungskreises beschließt die Bildungskonferenz im Konsens, ab 2026 einen Arbeitskreis „Demokratiebildung“ einzurichten. Der Lenkungskreis legt Auftrag und Zusammensetzung fest.',
        followUp: 'in-umsetzung',
        updates: [
          {
            date: '2025-11-25',
            meeting: 'lk-2025-4',
            text: 'Der Lenkungskreis hat Auftrag und Zusammensetzung beraten; das Bildungsbüro legt eine Konzeptskizze vor.',
          },
          {
            date: '2026-09-15',
            meeting: 'lk-2026-3',
            text: 'Die Mitglieder werden bis November 2026 benannt; die konstituierende Sitzung folgt nach der 12. Bildungskonferenz.',
          },
        ],
      },
    },
    {
      kind: 'verschiedenes',
      title: 'Ausblick und Verabschiedung',
      minutes: 15,
      presenter: 'weidenbach',
      description: 'Die 12. Regionale Bildungskonferenz 2026 berät den 1. Bildungsbericht des Kreises Auenfeld.',
    },
  ],
  minutes: { status: 'versandt', sentOn: '2025-06-11' },
};

/** AK Übergang Schule–Beruf, 1. Sitzung 2025 (the meeting before §10.5 meeting 3). */
const AK_SB_2025_1: DemoMeeting = {
  key: 'ak-sb-2025-1',
  body: 'AK-SB',
  date: '2025-03-13',
  startTime: '09:30',
  endTime: '11:30',
  chair: 'brueggemann',
  minuteTaker: 'hollmann',
  status: 'protokoll-genehmigt',
  invitationSentOn: '2025-02-20',
  attendance: { excused: ['hamacher'] },
  agenda: [
    akOpening('21.11.2024', 10),
    {
      kind: 'bericht',
      title: 'Arbeitsauftrag des Lenkungskreises für 2025',
      minutes: 20,
      presenter: 'hollmann',
      result: { kind: 'kenntnisnahme' },
    },
    {
      kind: 'beratung',
      title: 'BFE-Platzbörse 2025: Stand der Akquise',
      minutes: 40,
      presenter: 'brueggemann',
      actionFields: ['kaoa'],
      notes: ['Für das Frühjahr 2025 sind 1.200 Plätze eingestellt; Engpässe bestehen in Pflege und Handwerk.'],
      tasks: [
        {
          title: 'Handwerksbetriebe für zusätzliche BFE-Plätze ansprechen',
          owner: { person: 'ostendarp' },
          due: '2025-05-30',
          status: 'erledigt',
          completedOn: '2025-05-21',
          actionField: 'kaoa',
          measure: 'bfePlatzboerse',
        },
      ],
    },
    {
      kind: 'beratung',
      title: 'Ausbildungsmesse „Zukunft Auenfeld“ am 19.09.2025',
      minutes: 40,
      presenter: 'kloeckner',
      actionFields: ['kaoa'],
    },
    verschiedenes(10),
  ],
  minutes: { status: 'genehmigt', sentOn: '2025-03-27', approvedOn: '2025-06-26', approvedIn: 'ak-sb-2025-2' },
};

/** AK Übergang Schule–Beruf, 2. Sitzung 2025 (domain-research §10.5, meeting 3): nine members, hybrid. */
const AK_SB_2025_2: DemoMeeting = {
  key: 'ak-sb-2025-2',
  body: 'AK-SB',
  date: '2025-06-26',
  startTime: '09:30',
  endTime: '11:30',
  location: 'Agentur für Arbeit Auenfeld, Besprechungsraum 1.05 (hybrid)',
  chair: 'brueggemann',
  minuteTaker: 'hollmann',
  status: 'protokoll-entwurf',
  invitationSentOn: '2025-06-10',
  actualStart: '09:30',
  actualEnd: '11:25',
  attendance: {},
  agenda: [
    {
      kind: 'formalia',
      title: 'Genehmigung des Protokolls vom 13.03.2025',
      minutes: 10,
      result: {
        kind: 'beschluss',
        text: 'Das Protokoll vom 13.03.2025 wird ohne Änderungen genehmigt.',
        followUp: 'umgesetzt',
      },
    },
    {
      kind: 'bericht',
      title: 'Auswertung der BFE-Platzbörse',
      minutes: 35,
      presenter: 'brueggemann',
      description: '1.080 von 1.200 angebotenen Plätzen wurden genutzt.',
      actionFields: ['kaoa'],
      notes: [
        'Von 1.200 angebotenen Plätzen wurden 1.080 genutzt (90 %). Nicht besetzt blieben vor allem Plätze in kleinen Betrieben außerhalb der Kreisstadt; in Pflege und Elektrohandwerk fehlen Plätze.',
      ],
      result: {
        kind: 'kenntnisnahme',
        text: 'Der Arbeitskreis nimmt die Auswertung zur Kenntnis: 1.080 von 1.200 Plätzen wurden genutzt.',
      },
      tasks: [
        {
          title: 'Liste mit 30 weiteren Betrieben für BFE-Plätze vorlegen',
          owner: { organisation: 'ihk' },
          due: '2025-07-31',
          status: 'in-arbeit',
          actionField: 'kaoa',
          measure: 'bfePlatzboerse',
        },
      ],
    },
    {
      kind: 'beratung',
      title: 'Umsetzung der Empfehlung E-2025-02',
      minutes: 35,
      presenter: 'hoelscher',
      description: 'Öffnung der Ausbildungsmesse „Zukunft Auenfeld“ für die Sekundarstufe II.',
      actionFields: ['kaoa'],
      result: {
        kind: 'beschluss',
        sequence: 1,
        text: 'Der Arbeitskreis bereitet einen Pilotbesuch der Sekundarstufe II des Gymnasiums Kesselbach auf der Ausbildungsmesse 2025 vor; die StuBos der übrigen Gymnasien und Gesamtschulen werden eingeladen.',
        followUp: 'umgesetzt',
      },
      tasks: [
        {
          title: 'Termin für den Pilotbesuch der Sekundarstufe II auf der Ausbildungsmesse festlegen',
          owner: { person: 'hoelscher' },
          due: '2025-09-15',
          status: 'erledigt',
          completedOn: '2025-09-02',
          actionField: 'kaoa',
          measure: 'ausbildungsmesse',
        },
        {
          title: 'Dem Lenkungskreis am 09.09.2025 über die Umsetzung der Empfehlung E-2025-02 berichten',
          owner: { body: 'RBB' },
          due: '2025-09-09',
          status: 'erledigt',
          completedOn: '2025-09-09',
          actionField: 'kaoa',
        },
      ],
    },
    {
      kind: 'beratung',
      title: 'Planung der Elternabende',
      minutes: 30,
      presenter: 'brueggemann',
      actionFields: ['kaoa'],
      result: {
        kind: 'beschluss',
        sequence: 2,
        text: 'Im Herbst 2025 finden drei mehrsprachige Elternabende zur Berufsorientierung (Türkisch, Arabisch, Ukrainisch) in Auenfeld, Brückhoven und Wiesenrath statt.',
        followUp: 'umgesetzt',
      },
      tasks: [
        {
          title: 'Raum und Sprachmittlung für den Elternabend in Wiesenrath klären',
          owner: { person: 'yildiz' },
          due: '2025-09-30',
          status: 'erledigt',
          completedOn: '2025-09-24',
          actionField: 'kaoa',
          measure: 'elternabende',
        },
      ],
    },
    verschiedenes(10, 'Nächste Sitzung nach der Ausbildungsmesse.'),
  ],
  minutes: { status: 'entwurf' },
};

const LK_2025_2: DemoMeeting = {
  key: 'lk-2025-2',
  body: 'LK',
  date: '2025-05-27',
  startTime: '14:00',
  endTime: '16:00',
  chair: 'kleinhaus',
  minuteTaker: 'hollmann',
  status: 'protokoll-genehmigt',
  invitationSentOn: '2025-05-08',
  attendance: { excused: ['pannenbecker'] },
  agenda: [
    ...lkOpening('18.02.2025'),
    {
      kind: 'bericht',
      title: 'Rückblick auf die 11. Regionale Bildungskonferenz',
      minutes: 25,
      presenter: 'hollmann',
      result: { kind: 'kenntnisnahme' },
    },
    {
      kind: 'beschluss',
      title: 'Arbeitsaufträge zur Umsetzung der Empfehlungen E-2025-01 und E-2025-02',
      minutes: 35,
      actionFields: ['kitaGs', 'kaoa'],
      result: {
        kind: 'beschluss',
        sequence: 4,
        text: 'Das Bildungsbüro begleitet die Einführung des Kooperationskalenders bei den Schulträgern. Der AK Übergang Schule–Beruf bereitet die Öffnung der Ausbildungsmesse vor und berichtet am 09.09.2025.',
        followUp: 'umgesetzt',
      },
    },
    {
      kind: 'beschluss',
      title: 'Indikatorenliste für den Bildungsbericht 2026',
      minutes: 40,
      presenter: 'wiechers',
      result: {
        kind: 'beschluss',
        sequence: 5,
        text: 'Der Lenkungskreis beschließt die Indikatorenliste für den 1. Bildungsbericht 2026; je Handlungsfeld werden höchstens drei Kernindikatoren berichtet.',
        followUp: 'umgesetzt',
      },
    },
    verschiedenes(10),
  ],
  minutes: { status: 'genehmigt', sentOn: '2025-06-06', approvedOn: '2025-09-09', approvedIn: 'lk-2025-3' },
};

const LK_2025_3: DemoMeeting = {
  key: 'lk-2025-3',
  body: 'LK',
  date: '2025-09-09',
  startTime: '14:00',
  endTime: '16:00',
  chair: 'stammen',
  minuteTaker: 'hollmann',
  status: 'protokoll-genehmigt',
  invitationSentOn: '2025-08-19',
  attendance: {
    excused: ['moellers'],
    guests: [{ person: 'brueggemann', role: 'Berichterstattung zu TOP 3' }],
  },
  agenda: [
    ...lkOpening('27.05.2025'),
    {
      kind: 'bericht',
      title: 'Bericht des AK Übergang Schule–Beruf zur Empfehlung E-2025-02',
      minutes: 20,
      presenter: 'brueggemann',
      actionFields: ['kaoa'],
      result: { kind: 'kenntnisnahme' },
    },
    {
      kind: 'beratung',
      title: 'Entwurf des Leitfadens Schulbegleitung',
      minutes: 40,
      presenter: 'reinartz',
      actionFields: ['inklusion'],
      tasks: [
        {
          title: 'Stellungnahmen der Schulträger zum Leitfadenentwurf einholen',
          owner: { person: 'reinartz' },
          due: '2025-10-31',
          status: 'erledigt',
          completedOn: '2025-11-03',
          actionField: 'inklusion',
          measure: 'leitfadenSchulbegleitung',
        },
      ],
    },
    {
      kind: 'beratung',
      title: 'Haushalt 2026: Sachmittel des Bildungsbüros',
      minutes: 40,
      presenter: 'oberdieck',
      result: { kind: 'kenntnisnahme' },
    },
    verschiedenes(10),
  ],
  minutes: { status: 'genehmigt', sentOn: '2025-09-22', approvedOn: '2025-11-25', approvedIn: 'lk-2025-4' },
};

const LK_2025_4: DemoMeeting = {
  key: 'lk-2025-4',
  body: 'LK',
  date: '2025-11-25',
  startTime: '14:00',
  endTime: '16:00',
  chair: 'kleinhaus',
  minuteTaker: 'hollmann',
  status: 'protokoll-genehmigt',
  invitationSentOn: '2025-11-04',
  attendance: { excused: ['sauerland'] },
  agenda: [
    ...lkOpening('09.09.2025'),
    {
      kind: 'bericht',
      title: 'Bericht aus dem Bildungsbüro',
      minutes: 20,
      presenter: 'hollmann',
      result: { kind: 'kenntnisnahme' },
    },
    {
      kind: 'beschluss',
      title: 'Jahresplanung 2026',
      minutes: 35,
      presenter: 'hollmann',
      result: {
        kind: 'beschluss',
        sequence: 6,
        text: 'Der Lenkungskreis tagt 2026 am 17.02., 12.05., 15.09. und 15.12.2026. Die 12. Regionale Bildungskonferenz findet am 02.12.2026 statt und berät den 1. Bildungsbericht.',
        followUp: 'umgesetzt',
      },
    },
    {
      kind: 'beratung',
      title: 'Auftrag und Zusammensetzung des AK Demokratiebildung',
      minutes: 45,
      presenter: 'stammen',
      tasks: [
        {
          title: 'Konzeptskizze für den AK Demokratiebildung vorlegen',
          owner: { person: 'hollmann' },
          due: '2026-01-30',
          status: 'erledigt',
          completedOn: '2026-02-03',
        },
      ],
    },
    verschiedenes(10),
  ],
  minutes: { status: 'genehmigt', sentOn: '2025-12-05', approvedOn: '2026-02-17', approvedIn: 'lk-2026-1' },
};

/** The meetings of 2025, including the three of domain-research §10.5. */
export const MEETINGS_2025: readonly DemoMeeting[] = [
  LK_2025_1,
  AK_SB_2025_1,
  BK_2025,
  LK_2025_2,
  AK_SB_2025_2,
  LK_2025_3,
  LK_2025_4,
];

import type { AgendaItemKind, BodyInput, NetworkInput } from '../../../../shared/schemas';

/** The day the demo data describes: meetings before it took place, tasks due before it are overdue. */
export const DEMO_AS_OF = '2026-11-27';

/** The fictional demo network of domain-research §10. */
export const NETWORK: NetworkInput = {
  name: 'Regionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld',
  region: 'Kreis Auenfeld',
  governmentDistrict: 'Düsseldorf',
  contractDate: '2014-03-12',
  contractYear: 2014,
  mission: [
    'Leitbild der Bildungsregion Kreis Auenfeld',
    'Jedes Kind und jeder Jugendliche im Kreis Auenfeld soll unabhängig von Herkunft, Wohnort und Lebenslage die bestmöglichen Bildungschancen erhalten – von der Kita über die Schule bis in Ausbildung, Studium und Beruf.',
    'Land und Kommunen arbeiten dafür auf Augenhöhe zusammen: Schulaufsicht, Schulträger, Jugendhilfe, Wirtschaft, Weiterbildung und Zivilgesellschaft stimmen ihre Angebote ab und gestalten die Übergänge gemeinsam. Entscheidungen fallen im Konsens; die Zuständigkeiten der Beteiligten bleiben unberührt.',
    'Wir steuern datengestützt: Das Bildungsmonitoring des Bildungsbüros macht Entwicklungen sichtbar, der Bildungsbericht ist Grundlage der Empfehlungen der Bildungskonferenz.',
  ].join('\n\n'),
  letterheadSender: 'Kreis Auenfeld · Amt für Schule und Bildung · Regionales Bildungsbüro',
  letterheadAddress:
    'Kreis Auenfeld\nAmt für Schule und Bildung – Regionales Bildungsbüro\nKreishausplatz 1\n47610 Auenfeld',
  letterheadContact: 'Telefon 02851 908-410 · bildungsbuero@kreis-auenfeld.de · www.bildungsregion-auenfeld.de',
};

type FixedBodyCode = 'BK' | 'LK' | 'RBB';

/** How the demo network runs its three fixed bodies, on top of the set-up defaults. */
export const FIXED_BODY_DETAILS: Record<FixedBodyCode, Partial<BodyInput>> = {
  BK: {
    description:
      'Tagt einmal im Jahr unter dem Vorsitz des Landrats; 48 Sitze. Gibt Empfehlungen an Schulträger, Schulaufsicht und Partner.',
    defaultLocation: 'Kreishaus Auenfeld, Großer Sitzungssaal',
  },
  LK: {
    description:
      'Tagt viermal im Jahr; Co-Vorsitz Kommune (Kreisdezernentin) und Land (Regionalkoordination). Beschlüsse im Konsens.',
    defaultLocation: 'Kreishaus Auenfeld, Raum 2.14',
  },
  RBB: {
    description: 'Geschäftsstelle des Netzwerks im Amt für Schule und Bildung; Teamsitzung alle zwei Wochen.',
    defaultLocation: 'Kreishaus Auenfeld, Raum 2.10',
  },
};

export interface DemoTemplateItem {
  kind: AgendaItemKind;
  title: string;
  minutes: number;
}

/** The standard agenda of each fixed body. */
export const STANDARD_AGENDAS: Record<FixedBodyCode, { name: string; items: DemoTemplateItem[] }> = {
  LK: {
    name: 'Standardtagesordnung Lenkungskreis',
    items: [
      { kind: 'formalia', title: 'Begrüßung und Feststellung der Tagesordnung', minutes: 5 },
      { kind: 'formalia', title: 'Genehmigung des Protokolls der letzten Sitzung', minutes: 5 },
      { kind: 'bericht', title: 'Bericht aus dem Bildungsbüro', minutes: 20 },
      { kind: 'beratung', title: 'Sachstand Handlungsfelder und offene Aufgaben', minutes: 30 },
      { kind: 'beschluss', title: 'Beratung und Beschlüsse', minutes: 50 },
      { kind: 'verschiedenes', title: 'Verschiedenes und Termine', minutes: 10 },
    ],
  },
  BK: {
    name: 'Standardprogramm Bildungskonferenz',
    items: [
      { kind: 'formalia', title: 'Begrüßung und Feststellung der Tagesordnung', minutes: 10 },
      { kind: 'bericht', title: 'Grußwort der Bezirksregierung Düsseldorf', minutes: 10 },
      { kind: 'bericht', title: 'Rechenschaftsbericht des Lenkungskreises und des Bildungsbüros', minutes: 20 },
      { kind: 'bericht', title: 'Bericht aus dem Bildungsbüro: Ergebnisse der Arbeitskreise', minutes: 25 },
      { kind: 'beratung', title: 'Fachforen', minutes: 85 },
      { kind: 'empfehlung', title: 'Empfehlungen und Beschlüsse', minutes: 45 },
      { kind: 'verschiedenes', title: 'Ausblick und Verschiedenes', minutes: 15 },
    ],
  },
  RBB: {
    name: 'Teamsitzung Bildungsbüro',
    items: [
      { kind: 'formalia', title: 'Begrüßung und Feststellung der Tagesordnung', minutes: 5 },
      { kind: 'formalia', title: 'Genehmigung des Protokolls der letzten Sitzung', minutes: 5 },
      { kind: 'bericht', title: 'Bericht aus dem Bildungsbüro und aus den Handlungsfeldern', minutes: 40 },
      { kind: 'beratung', title: 'Vorbereitung der nächsten Gremiensitzungen', minutes: 25 },
      { kind: 'verschiedenes', title: 'Termine, Fristen und Verschiedenes', minutes: 15 },
    ],
  },
};

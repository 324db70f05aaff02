/** The documents the app produces, with their printed title and file-name part. */
export const DOCUMENT_KINDS = {
  einladung: { title: 'Einladung', fileLabel: 'Einladung' },
  tagesordnung: { title: 'Tagesordnung', fileLabel: 'Tagesordnung' },
  'tagesordnung-sitzungsleitung': {
    title: 'Tagesordnung – Exemplar der Sitzungsleitung',
    fileLabel: 'Tagesordnung_Sitzungsleitung',
  },
  anwesenheitsliste: { title: 'Anwesenheitsliste', fileLabel: 'Anwesenheitsliste' },
  protokoll: { title: 'Protokoll', fileLabel: 'Protokoll' },
  aufgabenuebersicht: { title: 'Aufgaben- und Beschlussübersicht', fileLabel: 'Aufgaben-und-Beschlussuebersicht' },
  sachstandsbericht: { title: 'Sachstandsbericht Handlungsfelder', fileLabel: 'Sachstandsbericht_Handlungsfelder' },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

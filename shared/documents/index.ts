/** Pure document builders: view model → pdfmake document definition (no fonts, no I/O). */
export { buildActionFieldReport } from './action-field-report';
export { buildAgenda, type AgendaOptions } from './agenda';
export { buildAttendanceSheet } from './attendance-sheet';
export type { BuiltDocument } from './compose';
export { DOCUMENT_KINDS, type DocumentKind } from './document-kinds';
export { documentFileName } from './file-name';
export { buildInvitation } from './invitation';
export { assembleMeetingDocumentData } from './meeting-data';
export { buildMinutes } from './minutes';
export { minutesContent } from './minutes-content';
export type * from './model';
export { TASK_OVERVIEW_GROUPING, buildTaskOverview } from './task-overview';

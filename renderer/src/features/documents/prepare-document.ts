import {
  TASK_OVERVIEW_GROUPING,
  buildActionFieldReport,
  buildAgenda,
  buildAttendanceSheet,
  buildInvitation,
  buildMinutes,
  buildTaskOverview,
  documentFileName,
  type BuiltDocument,
  type MeetingDocumentData,
} from '../../../../shared/documents';
import { actionFieldReportData, meetingDocumentData, taskOverviewData } from './document-data';
import type { DocumentJob, MeetingDocumentKind } from './document-jobs';
import { checkApprovedMinutes, type MinutesProblem } from './minutes-check';

/** A document ready to render: its definition, what the user should know, and its file name. */
export interface PreparedDocument extends BuiltDocument {
  fileName: string;
  /** Approved minutes whose records no longer match the approval. */
  minutesProblem?: MinutesProblem;
}

const MEETING_BUILDERS: Record<MeetingDocumentKind, (data: MeetingDocumentData) => BuiltDocument> = {
  einladung: buildInvitation,
  tagesordnung: (data) => buildAgenda(data),
  'tagesordnung-sitzungsleitung': (data) => buildAgenda(data, { chairCopy: true }),
  anwesenheitsliste: buildAttendanceSheet,
  protokoll: buildMinutes,
};

/**
 * Reads what a document needs through the repositories and builds it. `issuedOn` is the date
 * printed as "Stand" and used in the file names of the reports.
 */
export async function prepareDocument(job: DocumentJob, issuedOn: string): Promise<PreparedDocument> {
  switch (job.kind) {
    case 'aufgabenuebersicht': {
      const data = await taskOverviewData(job.groupBy, issuedOn);
      const name = `${data.context.network.region} ${TASK_OVERVIEW_GROUPING[job.groupBy]}`;
      return { ...buildTaskOverview(data), fileName: documentFileName(issuedOn, name, job.kind) };
    }
    case 'sachstandsbericht': {
      const data = await actionFieldReportData(issuedOn, job.audience);
      const name = job.audience ?? data.context.network.region;
      return { ...buildActionFieldReport(data), fileName: documentFileName(issuedOn, name, job.kind) };
    }
    default: {
      const data = await meetingDocumentData(job.meetingId, issuedOn);
      const minutesProblem = job.kind === 'protokoll' ? await checkApprovedMinutes(data) : undefined;
      return {
        ...MEETING_BUILDERS[job.kind](data),
        fileName: documentFileName(data.meeting.date, data.body.name, job.kind),
        ...(minutesProblem ? { minutesProblem } : {}),
      };
    }
  }
}

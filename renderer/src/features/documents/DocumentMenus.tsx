import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { bodyRepo } from '../../db/repos';
import { actionFieldReportOptions, meetingDocumentOptions, taskOverviewOptions } from './document-jobs';
import { DocumentMenu } from './DocumentMenu';

/** The documents of one meeting, as its status allows. */
export function MeetingDocumentsMenu({ meeting }: { meeting: Pick<Meeting, 'id' | 'status'> }) {
  return <DocumentMenu options={meetingDocumentOptions(meeting)} />;
}

/** The overview of open tasks and resolutions, by body or by action field. */
export function TaskOverviewMenu() {
  return <DocumentMenu options={taskOverviewOptions()} />;
}

/** The action-field report for the Lenkungskreis and the Bildungskonferenz. */
export function ActionFieldReportMenu() {
  const network = useActiveNetwork();
  const bodies = useLiveQuery(() => bodyRepo.list(network.id), [network.id]);
  return bodies ? <DocumentMenu options={actionFieldReportOptions(bodies)} /> : null;
}

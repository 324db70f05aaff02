import { Group } from '@mantine/core';
import { MeetingDocumentsMenu } from '../documents/DocumentMenus';
import { DeleteMeetingAction } from './DeleteMeetingAction';
import type { MeetingDetail } from './meeting-data';
import { MeetingStatusActions } from './MeetingStatusActions';

/** The meeting page's actions: next status steps, documents, and the menu with "Sitzung löschen". */
export function MeetingToolbar({ detail }: { detail: MeetingDetail }) {
  return (
    <Group gap="sm">
      <MeetingStatusActions meeting={detail.meeting} />
      <MeetingDocumentsMenu meeting={detail.meeting} />
      <DeleteMeetingAction detail={detail} />
    </Group>
  );
}

import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/routes';
import { meetingPlanRepo, meetingRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { notifyUndo } from '../../ui/notify-undo';
import type { MeetingDetail } from './meeting-data';
import { MoreMenu } from '../../ui/MoreMenu';

/**
 * "Sitzung löschen" in the page's menu. A meeting with minutes asks first; either way it is only
 * marked deleted, and the toast offers "Rückgängig".
 */
export function DeleteMeetingAction({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const { meeting, body } = detail;
  const name = t('common.meetingOfBody', { body: body.name, number: meeting.number, year: meeting.year });

  const remove = async () => {
    setAsking(false);
    try {
      await meetingRepo.remove(meeting.id);
      navigate(paths.meetings);
      notifyUndo(t('meetings.deleted'), name, async () => {
        await meetingPlanRepo.restore(meeting.id);
        navigate(paths.meeting(meeting.id));
      });
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    }
  };

  return (
    <>
      <MoreMenu label={t('meetings.moreActions')} size="input-sm" variant="default">
        <Menu.Item
          color="red"
          leftSection={<IconTrash size="1rem" aria-hidden />}
          onClick={() => (detail.hasMinutes ? setAsking(true) : void remove())}
        >
          {t('meetings.delete')}
        </Menu.Item>
      </MoreMenu>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('meetings.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('meetings.deleteWithMinutes', { name })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('meetings.dialogCancel')}
            </Button>
            <Button color="red" onClick={remove}>
              {t('meetings.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

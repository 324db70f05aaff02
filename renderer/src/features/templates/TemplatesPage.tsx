import { Badge, Button, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconStar, IconTemplate } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AgendaTemplate, Body } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { templateEditRepo } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { BackToMeetings } from '../meetings/BackToMeetings';
import { TemplateEditor } from './TemplateEditor';
import { loadBodyTemplates } from './templates-data';

function CreateStandardButton({ body }: { body: Body }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      await templateEditRepo.createStandard(body.id);
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button leftSection={<IconTemplate size="1.125rem" aria-hidden />} onClick={create} loading={busy}>
      {t('templates.createStandard')}
    </Button>
  );
}

function BodyTemplate({ body, templates }: { body: Body; templates: readonly AgendaTemplate[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const template = templates.find((tpl) => tpl.id === chosen) ?? templates[0];
  if (!template) {
    return (
      <Stack gap="md" align="flex-start">
        <EmptyHint text={t('templates.none', { body: body.name })} />
        <CreateStandardButton body={body} />
      </Stack>
    );
  }
  return (
    <Section
      title={template.name}
      aside={
        template.isStandard ? (
          <Badge variant="light" leftSection={<IconStar size="0.875rem" aria-hidden />}>
            {t('templates.standard')}
          </Badge>
        ) : (
          <Button variant="default" onClick={() => void templateEditRepo.setStandard(template.id)}>
            {t('templates.makeStandardButton')}
          </Button>
        )
      }
    >
      {templates.length > 1 && (
        <Select
          label={t('templates.chooseTemplate')}
          data={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          value={template.id}
          onChange={setChosen}
          allowDeselect={false}
          maw="28rem"
          mb="md"
        />
      )}
      <TemplateEditor template={template} />
    </Section>
  );
}

/** Each body's standard agenda, edited like an agenda. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const [params, setParams] = useSearchParams();
  const groups = useLiveQuery(() => loadBodyTemplates(network.id), [network.id]);
  const bodyId = params.get('gremium') ?? groups?.[0]?.body.id ?? null;
  const group = groups?.find((g) => g.body.id === bodyId);

  return (
    <>
      <BackToMeetings />
      <PageHeader title={t('templates.title')} description={t('templates.intro')} />
      {!groups ? (
        <LoadingState />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw="40rem">
            <Select
              label={t('meetings.filterBody')}
              data={groups.map((g) => ({ value: g.body.id, label: g.body.name }))}
              value={bodyId}
              onChange={(value) => value && setParams({ gremium: value }, { replace: true })}
              allowDeselect={false}
            />
          </SimpleGrid>
          {group && <BodyTemplate key={group.body.id} body={group.body} templates={group.templates} />}
        </Stack>
      )}
    </>
  );
}

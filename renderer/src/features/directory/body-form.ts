import { useForm } from '@mantine/form';
import { BodyInput, type Body } from '../../../../shared/schemas';
import { blanksAsUndefined, schemaResolver } from '../../ui/schema-resolver';

type Count = number | '';

export interface BodyFormValues {
  networkId: string;
  kind: Body['kind'];
  name: string;
  code: string;
  actionFieldId: string;
  description: string;
  defaultLocation: string;
  defaultStartTime: string;
  defaultDurationMinutes: Count;
  noticeDays: Count;
  minutesKind: Body['minutesKind'];
  approvalRule: Body['approvalRule'];
  objectionDays: Count;
}

/** A new Arbeitskreis starts with the procedure most working groups follow. */
const formValues = (networkId: string, body?: Body): BodyFormValues => ({
  networkId,
  kind: body?.kind ?? 'arbeitskreis',
  name: body?.name ?? '',
  code: body?.code ?? 'AK-',
  actionFieldId: body?.actionFieldId ?? '',
  description: body?.description ?? '',
  defaultLocation: body?.defaultLocation ?? '',
  defaultStartTime: body?.defaultStartTime ?? '',
  defaultDurationMinutes: body?.defaultDurationMinutes ?? 120,
  noticeDays: body?.noticeDays ?? 14,
  minutesKind: body?.minutesKind ?? 'ergebnisprotokoll',
  approvalRule: body?.approvalRule ?? 'naechste-sitzung',
  objectionDays: body?.objectionDays ?? '',
});

/** Only the rule "deemed approved after N days" keeps an objection period. */
export function bodyInput(values: BodyFormValues): BodyInput {
  const input = blanksAsUndefined(values);
  return {
    ...input,
    networkId: values.networkId,
    kind: values.kind,
    name: values.name,
    code: values.code,
    noticeDays: input.noticeDays as number,
    minutesKind: values.minutesKind,
    approvalRule: values.approvalRule,
    objectionDays: values.approvalRule === 'fristablauf' ? input.objectionDays : undefined,
  };
}

export const useBodyForm = (networkId: string, body?: Body) =>
  useForm<BodyFormValues>({ initialValues: formValues(networkId, body), validate: schemaResolver(BodyInput) });

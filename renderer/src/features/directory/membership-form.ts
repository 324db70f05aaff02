import { useForm } from '@mantine/form';
import { MembershipInput, type Membership, type MembershipRole } from '../../../../shared/schemas';
import { blanksAsUndefined, schemaResolver } from '../../ui/schema-resolver';

export interface MembershipFormValues {
  personId: string;
  bodyId: string;
  role: MembershipRole;
  seat: string;
  representedOrganisationId: string;
  deputyOfPersonId: string;
  from: string;
  to: string;
  notes: string;
}

/** The person or body the dialog was opened from. */
export interface MembershipPreset {
  personId?: string;
  bodyId?: string;
}

const formValues = (membership: Membership | undefined, preset: MembershipPreset, today: string) => ({
  personId: membership?.personId ?? preset.personId ?? '',
  bodyId: membership?.bodyId ?? preset.bodyId ?? '',
  role: membership?.role ?? 'mitglied',
  seat: membership?.seat ?? '',
  representedOrganisationId: membership?.representedOrganisationId ?? '',
  deputyOfPersonId: membership?.deputyOfPersonId ?? '',
  from: membership?.from ?? today,
  to: membership?.to ?? '',
  notes: membership?.notes ?? '',
});

/** Only a Stellvertretung names whom it deputises. */
export function membershipInput(values: MembershipFormValues): MembershipInput {
  const input = blanksAsUndefined(values);
  return {
    ...input,
    personId: values.personId,
    bodyId: values.bodyId,
    role: values.role,
    from: values.from,
    deputyOfPersonId: values.role === 'stellvertretung' ? input.deputyOfPersonId : undefined,
  };
}

export const useMembershipForm = (membership: Membership | undefined, preset: MembershipPreset, today: string) =>
  useForm<MembershipFormValues>({
    initialValues: formValues(membership, preset, today),
    validate: schemaResolver(MembershipInput),
  });

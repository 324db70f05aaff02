import { useForm } from '@mantine/form';
import { ORGANISATION_FIELDS, type OrganisationField } from '../../../../shared/directory/import-fields';
import { BUILT_IN_ORGANISATION_TYPES, OrganisationInput, type Organisation } from '../../../../shared/schemas';
import { blanksAsUndefined, schemaResolver } from '../../ui/schema-resolver';

/** The type that asks for a Schulform. */
export const SECONDARY_SCHOOL_TYPE: string = BUILT_IN_ORGANISATION_TYPES[2];

/** Every field as text; the fields are those an organisation CSV import knows. */
export type OrganisationFormValues = Record<OrganisationField, string>;

const formValues = (organisation?: Organisation): OrganisationFormValues =>
  Object.fromEntries(
    ORGANISATION_FIELDS.map((field) => [field, organisation?.[field] ?? '']),
  ) as OrganisationFormValues;

/** What the repository gets; a Schulform only for a weiterführende Schule. */
export function organisationInput(values: OrganisationFormValues): OrganisationInput {
  const input = blanksAsUndefined(values);
  return {
    ...input,
    name: values.name,
    type: values.type,
    schoolForm: values.type === SECONDARY_SCHOOL_TYPE ? input.schoolForm : undefined,
  };
}

export const useOrganisationForm = (organisation?: Organisation) =>
  useForm<OrganisationFormValues>({
    initialValues: formValues(organisation),
    validate: schemaResolver(OrganisationInput),
  });

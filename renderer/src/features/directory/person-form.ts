import { useForm } from '@mantine/form';
import { PersonInput, type Person, type Salutation } from '../../../../shared/schemas';
import { blanksAsUndefined, schemaResolver } from '../../ui/schema-resolver';

const TEXT_FIELDS = [
  'title',
  'firstName',
  'lastName',
  'function',
  'organisationId',
  'email',
  'phone',
  'notes',
] as const satisfies readonly (keyof PersonInput)[];

export type PersonFormValues = Record<(typeof TEXT_FIELDS)[number], string> & { salutation: Salutation };

const formValues = (person?: Person): PersonFormValues => ({
  salutation: person?.salutation ?? 'keine',
  ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, person?.[field] ?? ''])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >),
});

export function personInput(values: PersonFormValues): PersonInput {
  return {
    ...blanksAsUndefined(values),
    salutation: values.salutation,
    firstName: values.firstName.trim(),
    lastName: values.lastName,
  };
}

export const usePersonForm = (person?: Person) =>
  useForm<PersonFormValues>({ initialValues: formValues(person), validate: schemaResolver(PersonInput) });

import type { Minutes, Person } from '../schemas';

/** Shown instead of the name of an anonymised person (DSGVO Art. 17). */
export const ANONYMISED_NAME = 'anonymisiert';

/**
 * A person's fields after anonymisation: no name or contact data left. The organisation link
 * stays, so memberships keep their place in a body's history.
 */
export const ANONYMISED_PERSON_FIELDS = {
  salutation: 'keine',
  title: undefined,
  firstName: '',
  lastName: ANONYMISED_NAME,
  function: undefined,
  email: undefined,
  phone: undefined,
  notes: undefined,
} as const satisfies Partial<Person>;

/** Approved minutes are the record as printed and signed off: their names stay as they were. */
export const keepsPrintedNames = (minutes: Minutes | undefined): boolean => minutes?.status === 'genehmigt';

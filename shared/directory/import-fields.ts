import { normalizeForSearch } from './search';

export type ImportTarget = 'persons' | 'organisations';

export const PERSON_FIELDS = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'function',
  'organisation',
  'email',
  'phone',
  'notes',
] as const;
export const ORGANISATION_FIELDS = [
  'name',
  'shortName',
  'type',
  'schoolForm',
  'street',
  'postalCode',
  'town',
  'email',
  'phone',
  'website',
  'notes',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
export type ImportField = PersonField | OrganisationField;

/** What the CSV column feeds, one entry per column (null: column not imported). */
export type ColumnMapping = readonly (ImportField | null)[];

interface FieldSpec {
  /** German field name, shown in the mapping step and in row messages. */
  label: string;
  /** Column headers recognised: our own export's header first, then Excel and Outlook exports'. */
  headers: readonly string[];
}

const EMAIL: FieldSpec = {
  label: 'E-Mail',
  headers: ['E-Mail', 'E-Mail-Adresse', 'E-mail Address', 'Email', 'E-Mail geschäftlich', 'Mail'],
};
const PHONE: FieldSpec = {
  label: 'Telefon',
  headers: ['Telefon', 'Telefon geschäftlich', 'Business Phone', 'Telefonnummer', 'Tel.', 'Phone'],
};
const NOTES: FieldSpec = {
  label: 'Notizen',
  headers: ['Notizen', 'Notes', 'Bemerkungen', 'Bemerkung', 'Anmerkungen', 'Kommentar'],
};

export const FIELD_SPECS: {
  readonly persons: Record<PersonField, FieldSpec>;
  readonly organisations: Record<OrganisationField, FieldSpec>;
} = {
  persons: {
    // English Outlook calls the salutation "Title" (Mr., Ms.).
    salutation: { label: 'Anrede', headers: ['Anrede', 'Salutation', 'Title'] },
    title: { label: 'Titel', headers: ['Titel', 'Akademischer Titel', 'Academic Title'] },
    firstName: { label: 'Vorname', headers: ['Vorname', 'First Name', 'Given Name'] },
    lastName: { label: 'Nachname', headers: ['Nachname', 'Familienname', 'Last Name', 'Surname', 'Name'] },
    function: {
      label: 'Funktion',
      headers: ['Funktion', 'Position', 'Job Title', 'Berufsbezeichnung', 'Dienstbezeichnung'],
    },
    organisation: {
      label: 'Organisation',
      headers: ['Organisation', 'Firma', 'Company', 'Einrichtung', 'Institution', 'Dienststelle'],
    },
    email: EMAIL,
    phone: PHONE,
    notes: NOTES,
  },
  organisations: {
    name: {
      label: 'Name',
      headers: ['Name', 'Organisation', 'Firma', 'Company', 'Einrichtung', 'Institution', 'Bezeichnung'],
    },
    shortName: { label: 'Kurzname', headers: ['Kurzname', 'Kürzel', 'Kurzbezeichnung', 'Abkürzung'] },
    type: { label: 'Art', headers: ['Art', 'Typ', 'Organisationsart', 'Art der Organisation'] },
    schoolForm: { label: 'Schulform', headers: ['Schulform'] },
    street: { label: 'Straße', headers: ['Straße', 'Straße geschäftlich', 'Business Street', 'Anschrift', 'Adresse'] },
    postalCode: { label: 'PLZ', headers: ['PLZ', 'Postleitzahl', 'Postleitzahl geschäftlich', 'Business Postal Code'] },
    town: { label: 'Ort', headers: ['Ort', 'Ort geschäftlich', 'Business City', 'Stadt', 'Gemeinde'] },
    email: EMAIL,
    phone: PHONE,
    website: {
      label: 'Webseite',
      headers: ['Webseite', 'Website', 'Web Page', 'Internet', 'Homepage', 'Internetadresse'],
    },
    notes: NOTES,
  },
};

/** Fields a row cannot do without. */
export const REQUIRED_FIELDS: {
  readonly persons: readonly PersonField[];
  readonly organisations: readonly OrganisationField[];
} = {
  persons: ['lastName'],
  organisations: ['name'],
};

export const fieldsOf = (target: ImportTarget): readonly ImportField[] =>
  target === 'persons' ? PERSON_FIELDS : ORGANISATION_FIELDS;

const specOf = (target: ImportTarget, field: ImportField): FieldSpec =>
  (FIELD_SPECS[target] as Record<ImportField, FieldSpec>)[field];

export const fieldLabel = (target: ImportTarget, field: ImportField): string => specOf(target, field).label;

/** The header our own CSV export writes for a field. */
export const exportHeader = (target: ImportTarget, field: ImportField): string => specOf(target, field).headers[0]!;

const headerKey = (header: string) => normalizeForSearch(header).replace(/[^a-z0-9]/g, '');

/** Proposes a field for each column from its header; each field is given to one column at most. */
export function suggestMapping(headers: readonly string[], target: ImportTarget): ColumnMapping {
  const byHeader = new Map<string, ImportField>();
  for (const field of fieldsOf(target)) {
    for (const header of specOf(target, field).headers) {
      if (!byHeader.has(headerKey(header))) byHeader.set(headerKey(header), field);
    }
  }
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = byHeader.get(headerKey(header));
    if (field === undefined || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** German messages for a mapping the import cannot use: a required field missing, a field twice. */
export function mappingProblems(mapping: ColumnMapping, target: ImportTarget): string[] {
  const problems: string[] = [];
  for (const field of REQUIRED_FIELDS[target]) {
    if (!mapping.includes(field)) problems.push(`Bitte eine Spalte für „${fieldLabel(target, field)}“ zuordnen.`);
  }
  for (const field of fieldsOf(target)) {
    if (mapping.filter((f) => f === field).length > 1) {
      problems.push(`„${fieldLabel(target, field)}“ ist mehreren Spalten zugeordnet. Bitte nur eine Spalte wählen.`);
    }
  }
  return problems;
}

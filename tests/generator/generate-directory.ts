import {
  SCHOOL_FORMS,
  type Organisation,
  type OrganisationInput,
  type Person,
  type PersonInput,
} from '../../shared/schemas';
import { organisationRepo, personRepo } from '../../renderer/src/db/repos';
import type { Random } from './random';
import {
  FEMALE_FIRST_NAMES,
  INSTITUTION_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  REGION,
  STREETS,
  TOWNS,
  asciiSlug,
} from './vocabulary';

type Town = (typeof TOWNS)[number];

/** The Kreis and its towns, the Schulträger of the network. */
const KOMMUNEN: readonly { name: string; town: Town }[] = [
  { name: REGION, town: TOWNS[0] },
  ...TOWNS.map((town) => ({ name: `Stadt ${town.name}`, town })),
];

/** A job title as [for women, for men]. */
type JobTitle = readonly [string, string];

/** How many organisations of each type a ten-year Kreis network knows (399 + the Servicestelle). */
// prettier-ignore
const ORGANISATION_MIX: readonly { type: string; count: number; prefix: string; functions: readonly JobTitle[] }[] = [
  { type: 'Grundschule', count: 120, prefix: 'Grundschule', functions: [['Schulleiterin', 'Schulleiter'], ['Konrektorin', 'Konrektor'], ['Lehrerin', 'Lehrer']] },
  { type: 'Weiterführende Schule', count: 50, prefix: '', functions: [['Schulleiterin', 'Schulleiter'], ['StuBo-Koordinatorin', 'StuBo-Koordinator'], ['Didaktische Leiterin', 'Didaktischer Leiter']] },
  { type: 'Berufskolleg', count: 6, prefix: 'Berufskolleg', functions: [['Schulleiterin', 'Schulleiter'], ['Abteilungsleiterin', 'Abteilungsleiter']] },
  { type: 'Förderschule', count: 12, prefix: 'Förderschule', functions: [['Schulleiterin', 'Schulleiter'], ['Sonderpädagogin', 'Sonderpädagoge']] },
  { type: 'Kita/Kita-Träger', count: 110, prefix: 'Kita', functions: [['Kita-Leitung', 'Kita-Leitung'], ['Fachberaterin', 'Fachberater']] },
  { type: 'Weiterbildung/VHS', count: 4, prefix: 'Volkshochschule', functions: [['Leiterin der VHS', 'Leiter der VHS'], ['Fachbereichsleiterin', 'Fachbereichsleiter']] },
  { type: 'Offene Jugendarbeit', count: 20, prefix: 'Jugendzentrum', functions: [['Einrichtungsleitung', 'Einrichtungsleitung'], ['Sozialarbeiterin', 'Sozialarbeiter']] },
  { type: 'Hochschule', count: 2, prefix: 'Hochschule', functions: [['Professorin', 'Professor'], ['Referentin für Transfer', 'Referent für Transfer']] },
  { type: 'Verein', count: 25, prefix: 'Förderverein', functions: [['Vorsitzende', 'Vorsitzender'], ['Geschäftsführerin', 'Geschäftsführer']] },
  { type: 'Stiftung', count: 6, prefix: 'Bildungsstiftung', functions: [['Vorständin', 'Vorstand'], ['Projektleiterin', 'Projektleiter']] },
  { type: 'Theater/Kultur', count: 8, prefix: 'Kulturzentrum', functions: [['Theaterpädagogin', 'Theaterpädagoge'], ['Leiterin', 'Leiter']] },
  { type: 'Schulaufsicht (obere)', count: 1, prefix: 'Bezirksregierung', functions: [['Regierungsschuldirektorin', 'Regierungsschuldirektor'], ['Dezernentin', 'Dezernent']] },
  { type: 'Schulaufsicht (untere)', count: 1, prefix: 'Schulamt', functions: [['Schulamtsdirektorin', 'Schulamtsdirektor'], ['Schulrätin', 'Schulrat']] },
  { type: 'Kommune/Schulträger', count: KOMMUNEN.length, prefix: '', functions: [['Beigeordnete', 'Beigeordneter'], ['Leiterin des Schulamts', 'Leiter des Schulamts'], ['Sachbearbeiterin Schule', 'Sachbearbeiter Schule']] },
  { type: 'Jugendamt', count: 4, prefix: 'Jugendamt', functions: [['Leiterin des Jugendamts', 'Leiter des Jugendamts'], ['Jugendhilfeplanerin', 'Jugendhilfeplaner']] },
  { type: 'Agentur für Arbeit/Jobcenter', count: 3, prefix: 'Agentur für Arbeit', functions: [['Berufsberaterin', 'Berufsberater'], ['Teamleiterin', 'Teamleiter']] },
  { type: 'Kammer/Wirtschaft', count: 5, prefix: 'Kammer', functions: [['Ausbildungsberaterin', 'Ausbildungsberater'], ['Bereichsleiterin Bildung', 'Bereichsleiter Bildung']] },
  { type: 'Wohlfahrtsverband', count: 8, prefix: 'Wohlfahrtsverband', functions: [['Fachbereichsleitung OGS', 'Fachbereichsleitung OGS'], ['Geschäftsführerin', 'Geschäftsführer']] },
  { type: 'Eltern-/Schülervertretung', count: 3, prefix: 'Elternvertretung', functions: [['Vorsitzende', 'Vorsitzender'], ['Sprecherin', 'Sprecher']] },
];

function organisationName(
  rng: Random,
  type: string,
  prefix: string,
  index: number,
): { name: string; town: Town; schoolForm?: string } {
  if (type === 'Kommune/Schulträger') return KOMMUNEN[index]!;
  const town = rng.pick(TOWNS);
  if (type === 'Weiterführende Schule') {
    const schoolForm = rng.pick(SCHOOL_FORMS);
    return { name: `${schoolForm} ${rng.pick(INSTITUTION_NAMES)} ${town.name}`, town, schoolForm };
  }
  return { name: `${prefix} ${rng.pick(INSTITUTION_NAMES)} ${town.name}`, town };
}

/** A name not used yet: "… (2)", "… (3)" for repeats. */
function unique(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
  used.add(candidate);
  return candidate;
}

/** 399 organisations across the towns, each name unique. */
function organisationInputs(rng: Random): OrganisationInput[] {
  const used = new Set<string>();
  const inputs: OrganisationInput[] = [];
  for (const { type, count, prefix } of ORGANISATION_MIX) {
    for (let i = 0; i < count; i++) {
      const { town, schoolForm, ...proposal } = organisationName(rng, type, prefix, i);
      const name = unique(proposal.name, used);
      inputs.push({
        name,
        type,
        schoolForm,
        street: `${rng.pick(STREETS)} ${rng.int(1, 120)}`,
        postalCode: town.postalCode,
        town: town.name,
        email: rng.chance(0.8) ? `info@${asciiSlug(name).slice(0, 40)}.de` : undefined,
        phone: rng.chance(0.6) ? `${town.areaCode} ${rng.int(1000, 99999)}` : undefined,
      });
    }
  }
  return inputs;
}

function personInput(rng: Random, organisation: Organisation): PersonInput {
  const female = rng.chance(0.6);
  const firstName = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const functions = ORGANISATION_MIX.find((m) => m.type === organisation.type)?.functions ?? [
    ['Mitarbeiterin', 'Mitarbeiter'] as const,
  ];
  const domain = organisation.email?.split('@')[1] ?? `${asciiSlug(organisation.town ?? 'rabenau')}.de`;
  return {
    salutation: female ? 'frau' : 'herr',
    title: rng.weighted([
      [undefined, 90],
      ['Dr.', 9],
      ['Prof. Dr.', 1],
    ]),
    firstName,
    lastName,
    function: rng.pick(functions)[female ? 0 : 1],
    organisationId: organisation.id,
    email: `${asciiSlug(firstName)}.${asciiSlug(lastName)}@${domain}`,
    phone: rng.chance(0.5) ? `${TOWNS[0].areaCode} ${rng.int(100, 999)}-${rng.int(10, 99)}` : undefined,
  };
}

/** The first persons of the directory work for the Kreis: the bureau's staff. */
export const STAFF_COUNT = 20;

export interface Directory {
  organisations: Organisation[];
  persons: Person[];
}

/** Organisations (as many as ORGANISATION_MIX holds), then persons working for them. */
export async function generateDirectory(
  rng: Random,
  counts: { organisations: number; persons: number },
): Promise<Directory> {
  const inputs = organisationInputs(rng);
  if (inputs.length !== counts.organisations)
    throw new Error(`the organisation mix holds ${inputs.length}, not ${counts.organisations}`);
  const organisations = await organisationRepo.bulkCreate(inputs);
  const kreis = organisations.find((o) => o.name === REGION)!;
  const persons = await personRepo.bulkCreate(
    Array.from({ length: counts.persons }, (_, i) =>
      personInput(rng, i < STAFF_COUNT ? kreis : rng.pick(organisations)),
    ),
  );
  return { organisations, persons };
}

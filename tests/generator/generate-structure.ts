import { addDays } from '../../shared/domain/dates';
import { periodsOverlap, type Period } from '../../shared/directory/membership-rules';
import type {
  ActionField,
  Body,
  Measure,
  MeasureStatus,
  Membership,
  MembershipInput,
  MembershipRole,
  Organisation,
  Person,
} from '../../shared/schemas';
import {
  actionFieldRepo,
  bodyRepo,
  goalRepo,
  indicatorRepo,
  indicatorValueRepo,
  measureRepo,
  membershipRepo,
} from '../../renderer/src/db/repos';
import { STAFF_COUNT, type Directory } from './generate-directory';
import { distribute, type Random } from './random';
import { ACTION_FIELD_TITLES, GOAL_PATTERNS, MEASURE_PATTERNS, fill } from './vocabulary';

export interface Structure {
  fields: ActionField[];
  measures: Measure[];
  /** The fixed bodies and the working groups. */
  bodies: Body[];
  memberships: Membership[];
}

/** Working groups, one for each of the first action fields. */
const WORKING_GROUPS = [
  { code: 'AK-KITA', name: 'AK Übergang Kita–Grundschule' },
  { code: 'AK-SB', name: 'AK Übergang Schule–Beruf' },
  { code: 'QZ-INKL', name: 'Qualitätszirkel Inklusion' },
  { code: 'AK-SPR', name: 'AK Sprachbildung' },
  { code: 'AK-DIGI', name: 'AK Digitale Bildung' },
  { code: 'AK-GT', name: 'AK Qualität im Ganztag' },
  { code: 'AK-MINT', name: 'AK MINT' },
  { code: 'AK-BNE', name: 'AK Bildung für nachhaltige Entwicklung' },
  { code: 'AK-DEMO', name: 'AK Demokratiebildung' },
] as const;

/** Seats per body kind: the first seat's role, then voting members, the last may be advisory. */
const SEATS: Readonly<Record<string, readonly { role: MembershipRole; seat: string }[]>> = {
  BK: [
    { role: 'vorsitz', seat: 'Vorsitz (Landrat)' },
    ...Array.from({ length: 47 }, (_, i) => ({ role: 'mitglied' as const, seat: `Sitz ${i + 2}` })),
  ],
  LK: [
    { role: 'co-vorsitz', seat: 'Co-Vorsitz Kommune' },
    { role: 'co-vorsitz', seat: 'Co-Vorsitz Land' },
    ...Array.from({ length: 7 }, (_, i) => ({ role: 'mitglied' as const, seat: `Sitz ${i + 3}` })),
    { role: 'beratend', seat: 'Leitung Bildungsbüro' },
  ],
  RBB: [
    { role: 'vorsitz', seat: 'Leitung' },
    ...Array.from({ length: 4 }, (_, i) => ({ role: 'mitglied' as const, seat: `Stelle ${i + 2}` })),
    { role: 'geschaeftsfuehrung', seat: 'Sekretariat' },
  ],
  AK: [
    { role: 'vorsitz', seat: 'Leitung' },
    ...Array.from({ length: 9 }, (_, i) => ({ role: 'mitglied' as const, seat: `Mitglied ${i + 2}` })),
  ],
};

/** Consecutive terms of 2–7 years from `start`, the last one still running on `asOf`. */
function terms(rng: Random, start: string, asOf: string): { from: string; to?: string }[] {
  const result: { from: string; to?: string }[] = [];
  let from = start;
  for (;;) {
    const to = addDays(from, rng.int(2 * 365, 7 * 365));
    if (to >= asOf) return [...result, { from }];
    result.push({ from, to });
    from = addDays(to, 1);
  }
}

function membershipInputs(
  rng: Random,
  body: Body,
  start: string,
  asOf: string,
  directory: Directory,
): MembershipInput[] {
  const staff = directory.persons.slice(0, STAFF_COUNT);
  const external = directory.persons.slice(STAFF_COUNT);
  const seats = SEATS[body.kind === 'arbeitskreis' ? 'AK' : body.code]!;
  const inputs: MembershipInput[] = [];
  // Nobody holds two seats of the same body at the same time.
  const holder = (pool: readonly Person[], term: Period): Person => {
    const busy = (p: Person) => inputs.some((m) => m.personId === p.id && periodsOverlap(m, term));
    const person = rng.shuffle(pool).find((p) => !busy(p));
    if (!person) throw new Error(`no free person for ${body.code} ${term.from}`);
    return person;
  };
  for (const { role, seat } of seats) {
    const pool = body.code === 'RBB' || role === 'beratend' ? staff : external;
    for (const term of terms(rng, start, asOf)) {
      const person = holder(pool, term);
      inputs.push({
        personId: person.id,
        bodyId: body.id,
        role,
        seat,
        representedOrganisationId: person.organisationId,
        ...term,
      });
    }
  }
  if (body.code === 'LK') {
    // Three deputies, each for the current holder of a member seat and for the same period.
    for (const principal of rng.sample(
      inputs.filter((m) => m.role === 'mitglied' && m.to === undefined),
      3,
    )) {
      const deputy = holder(external, principal);
      inputs.push({ ...principal, personId: deputy.id, role: 'stellvertretung', deputyOfPersonId: principal.personId });
    }
  }
  return inputs;
}

const STATUSES_BY_AGE: readonly (readonly [MeasureStatus, number])[] = [
  ['abgeschlossen', 6],
  ['laufend', 3],
  ['abgebrochen', 1],
];

/** Action fields with goals, measures, indicators and values, and a working group for the first nine. */
export async function generateStructure(
  rng: Random,
  network: { id: string; fixedBodies: Body[] },
  directory: Directory,
  counts: { actionFields: number; measures: number },
  years: { first: number; asOf: string },
): Promise<Structure> {
  const lastYear = Number(years.asOf.slice(0, 4));
  const fieldStartYear = (position: number) => Math.min(lastYear, years.first + Math.floor((position - 1) / 4));
  const person = (): Person => rng.pick(directory.persons);
  const organisation = (): Organisation => rng.pick(directory.organisations);

  const fields = await actionFieldRepo.bulkCreate(
    ACTION_FIELD_TITLES.slice(0, counts.actionFields).map((title, i) => ({
      networkId: network.id,
      position: i + 1,
      title,
      description: `Handlungsfeld seit ${fieldStartYear(i + 1)}: Ziele, Maßnahmen und Kennzahlen zu ${title}.`,
      leadText: `${person().lastName} (${organisation().name})`,
      responsibility: rng.pick(['land', 'kommune', 'gemeinsam'] as const),
    })),
  );

  const groups = await bodyRepo.bulkCreate(
    WORKING_GROUPS.map(({ code, name }, i) => ({
      networkId: network.id,
      kind: 'arbeitskreis' as const,
      code,
      name,
      actionFieldId: fields[i]!.id,
      defaultLocation: 'Kreishaus, Raum 1.12',
      defaultStartTime: rng.pick(['09:30', '14:00', '15:00']),
      defaultDurationMinutes: rng.pick([90, 120]),
      noticeDays: 14,
      minutesKind: 'ergebnisprotokoll' as const,
      approvalRule: 'naechste-sitzung' as const,
    })),
  );
  for (const [i, group] of groups.entries())
    await actionFieldRepo.update(fields[i]!.id, { workingGroupBodyId: group.id });

  const goals = await goalRepo.bulkCreate(
    fields.flatMap((field) =>
      Array.from({ length: rng.int(1, 3) }, (_, i) => {
        const targetYear = rng.int(fieldStartYear(field.position) + 2, lastYear + 3);
        return {
          actionFieldId: field.id,
          position: i + 1,
          text: `Bis Sommer ${targetYear}: ${fill(GOAL_PATTERNS[i]!, { field: field.title })}`,
          targetDate: `${targetYear}-07-31`,
        };
      }),
    ),
  );

  const perField = distribute(
    rng,
    counts.measures,
    fields.map(() => [4, 10] as const),
  );
  const measures = await measureRepo.bulkCreate(
    fields.flatMap((field, f) =>
      Array.from({ length: perField[f]! }, (_, i) => {
        const start = `${rng.int(fieldStartYear(field.position), lastYear)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
        const end = rng.chance(0.7) ? addDays(start, rng.int(180, 4 * 365)) : undefined;
        const finished = end !== undefined && end < years.asOf;
        return {
          actionFieldId: field.id,
          goalId: rng.pick(goals.filter((g) => g.actionFieldId === field.id)).id,
          position: i + 1,
          title: fill(MEASURE_PATTERNS[(f + i) % MEASURE_PATTERNS.length]!, { field: field.title }),
          leadPersonId: person().id,
          leadOrganisationId: organisation().id,
          partners: `${organisation().name}, ${organisation().name}`,
          workingGroupBodyId: groups[f]?.id,
          start: start > years.asOf ? years.asOf : start,
          end,
          status: finished
            ? rng.weighted(STATUSES_BY_AGE)
            : start > years.asOf
              ? 'geplant'
              : rng.pick<MeasureStatus>(['laufend', 'laufend', 'pausiert']),
          fundingNote: rng.pick([
            'Landesmittel',
            'Mittel des Kreises',
            'Stiftungsförderung',
            'ohne zusätzliche Mittel',
          ]),
        };
      }),
    ),
  );

  for (const field of fields) {
    const baselineYear = fieldStartYear(field.position);
    const indicatorCount = rng.int(1, 2);
    for (let i = 0; i < indicatorCount; i++) {
      const baselineValue = rng.int(5, 60);
      const indicator = await indicatorRepo.create({
        actionFieldId: field.id,
        position: i + 1,
        name: i === 0 ? `Beteiligte Schulen ${field.title}` : `Anteil mit Konzept ${field.title}`,
        unit: i === 0 ? 'Schulen' : '%',
        dataSource: 'Bildungsmonitoring',
        baselineYear,
        baselineValue,
        targetYear: lastYear + 2,
        targetValue: i === 0 ? baselineValue + 40 : 100,
      });
      let value = baselineValue;
      const values = [];
      for (let year = baselineYear; year <= lastYear; year++) {
        values.push({ indicatorId: indicator.id, year, value });
        value = Math.min(i === 0 ? 200 : 100, value + rng.int(-2, 8));
      }
      await indicatorValueRepo.bulkCreate(values);
    }
  }

  const bodies = [...network.fixedBodies, ...groups];
  const memberships = await membershipRepo.bulkCreate(
    bodies.flatMap((body) => {
      const field = fields.find((f) => f.id === body.actionFieldId);
      const start = field ? `${fieldStartYear(field.position)}-01-01` : `${years.first - 1}-09-01`;
      return membershipInputs(rng, body, start, years.asOf, directory);
    }),
  );
  return { fields, measures, bodies, memberships };
}

import { minutesRepo, networkRepo } from '../../renderer/src/db/repos';
import { db } from '../../renderer/src/db/database';
import { RECORD_SCHEMAS, type StoredTableName } from '../../renderer/src/db/record-schemas';
import { generateAgendas } from './generate-agenda';
import { generateDirectory } from './generate-directory';
import { generatePapers } from './generate-papers';
import { generateResults } from './generate-results';
import { generateParticipants } from './generate-participants';
import { generateSchedule } from './generate-schedule';
import { generateStructure } from './generate-structure';
import { generateTasks } from './generate-tasks';
import { Random } from './random';
import { REGION } from './vocabulary';

/** A ten-year network as product.md "Scale" describes it. */
export const TEN_YEAR_SCALE = {
  bodies: 12,
  persons: 600,
  organisations: 400,
  meetings: 400,
  agendaItems: 6000,
  tasks: 4000,
  actionFields: 30,
  measures: 200,
  attachments: 300,
} as const;

export interface TenYearOptions {
  seed: number;
  /** First of the ten years (default 2017). */
  firstYear?: number;
  /** The day the data describes: meetings before it took place (default 27.11. of the last year). */
  asOf?: string;
  /** Size of each paper (default 2 KiB; up to 20 MiB for size tests). */
  attachmentBytes?: number;
}

export interface TenYearSummary {
  seed: number;
  asOf: string;
  /** Records per table after generation. */
  counts: Record<StoredTableName, number>;
}

/**
 * Writes a complete, reproducible ten-year network into the current (empty) database through the
 * repositories: the same seed gives the same data, apart from record keys and timestamps.
 */
export async function generateTenYearNetwork(options: TenYearOptions): Promise<TenYearSummary> {
  const { seed, firstYear = 2017, attachmentBytes = 2048 } = options;
  const asOf = options.asOf ?? `${firstYear + 9}-11-27`;
  const years = Array.from({ length: 10 }, (_, i) => firstYear + i);
  const rng = new Random(seed);
  const scale = TEN_YEAR_SCALE;

  const { network, bodies } = await networkRepo.setUp({
    name: `Regionales Bildungsnetzwerk ${REGION}`,
    region: REGION,
    contractDate: `${firstYear - 1}-09-01`,
    contractYear: firstYear - 1,
  });
  // The Servicestelle is the one organisation set-up adds.
  const directory = await generateDirectory(rng, { organisations: scale.organisations - 1, persons: scale.persons });
  const structure = await generateStructure(
    rng,
    { id: network.id, fixedBodies: bodies },
    directory,
    { actionFields: scale.actionFields, measures: scale.measures },
    { first: firstYear, asOf },
  );
  const schedule = await generateSchedule(rng, structure, years, scale.meetings, asOf);
  await generateParticipants(rng, schedule, directory, asOf);
  const entries = await generateAgendas(rng, schedule, structure.fields, scale.agendaItems);
  await generateResults(rng, entries, asOf);
  await generateTasks(rng, entries, structure, directory, scale.tasks, asOf);
  await generatePapers(rng, entries, scale.attachments, attachmentBytes);
  await minutesRepo.bulkCreate(schedule.flatMap((s) => (s.minutes ? [s.minutes] : [])));

  const counts = Object.fromEntries(
    await Promise.all(Object.keys(RECORD_SCHEMAS).map(async (table) => [table, await db.table(table).count()])),
  ) as Record<StoredTableName, number>;
  return { seed, asOf, counts };
}

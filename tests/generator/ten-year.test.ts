import { beforeAll, describe, expect, it } from 'vitest';
import { membershipProblems } from '../../shared/directory/membership-rules';
import { dateWarnings } from '../../shared/domain/holidays';
import { sha256Hex } from '../../shared/domain/sha256';
import { meetingStatusForMinutes } from '../../shared/domain/status-cycle';
import { computeTimePlan } from '../../shared/domain/time-plan';
import { db } from '../../renderer/src/db/database';
import { RECORD_SCHEMAS } from '../../renderer/src/db/record-schemas';
import { generateTenYearNetwork, TEN_YEAR_SCALE, type TenYearSummary } from './ten-year';

const TIMEOUT = 120_000;

async function generate(seed: number): Promise<TenYearSummary> {
  await db.delete();
  await db.open();
  return generateTenYearNetwork({ seed });
}

/**
 * The stored content without keys and timestamps, as one hash. Keys are UUID v7 (time-ordered,
 * monotonic), so sorting a table's keys gives its creation order; every key is replaced by
 * "table#rank", which keeps references comparable between runs.
 */
async function contentHash(): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (t) => [t.name, (await t.toArray()) as Record<string, unknown>[]] as const),
  );
  const labels = new Map<string, string>();
  for (const [name, records] of tables) {
    records
      .map((r) => r.id as string | undefined)
      .filter((id) => id !== undefined)
      .sort()
      .forEach((id, rank) => labels.set(id, `${name}#${rank}`));
  }
  const canonical = (value: unknown): unknown => {
    if (typeof value === 'string') return labels.get(value) ?? value;
    if (value instanceof Blob) return value.size;
    if (Array.isArray(value)) return value.map(canonical);
    if (value === null || typeof value !== 'object') return value;
    return Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== 'createdAt' && key !== 'updatedAt')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => [key, canonical(v)]);
  };
  return sha256Hex(JSON.stringify(tables.map(([name, records]) => [name, records.map(canonical)])));
}

describe('ten-year data set', () => {
  let summary: TenYearSummary;
  let firstHash: string;

  beforeAll(async () => {
    summary = await generate(1);
    firstHash = await contentHash();
  }, TIMEOUT);

  it('has the sizes of product.md "Scale"', () => {
    const { counts } = summary;
    expect(counts).toMatchObject({
      bodies: TEN_YEAR_SCALE.bodies,
      persons: TEN_YEAR_SCALE.persons,
      organisations: TEN_YEAR_SCALE.organisations,
      meetings: TEN_YEAR_SCALE.meetings,
      agendaItems: TEN_YEAR_SCALE.agendaItems,
      tasks: TEN_YEAR_SCALE.tasks,
      actionFields: TEN_YEAR_SCALE.actionFields,
      measures: TEN_YEAR_SCALE.measures,
      attachments: TEN_YEAR_SCALE.attachments,
    });
    expect(counts.participants).toBeGreaterThan(3000);
    expect(counts.results).toBeGreaterThan(2000);
    expect(counts.minutes).toBeGreaterThan(350);
    expect(counts.memberships).toBeGreaterThan(300);
  });

  it('stores only schema-valid records', async () => {
    for (const [table, schema] of Object.entries(RECORD_SCHEMAS)) {
      for (const record of await db.table(table).toArray()) {
        const parsed = schema.safeParse(record);
        expect(parsed.success, `${table}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    }
  });

  it('is consistent: working days, full time plans, minutes matching meetings, valid memberships', async () => {
    const items = await db.agendaItems.toArray();
    const minutes = new Map((await db.minutes.toArray()).map((m) => [m.meetingId, m]));
    const invited = new Set((await db.participants.toArray()).map((p) => p.meetingId));
    for (const meeting of await db.meetings.toArray()) {
      expect(dateWarnings(meeting.date), meeting.date).toEqual([]);
      const agenda = items.filter((i) => i.meetingId === meeting.id);
      expect(computeTimePlan(agenda, meeting.startTime, meeting.endTime).plannedEnd).toBe(meeting.endTime);
      const record = minutes.get(meeting.id);
      if (record) expect(meeting.status).toBe(meetingStatusForMinutes(record.status));
      expect(invited.has(meeting.id)).toBe(meeting.invitationSentOn !== undefined);
    }
    const memberships = await db.memberships.toArray();
    for (const m of memberships)
      expect(
        membershipProblems(
          m,
          memberships.filter((o) => o.bodyId === m.bodyId),
        ),
      ).toEqual([]);
    const labels = (await db.results.toArray()).flatMap((r) => (r.label ? [r.label] : []));
    expect(new Set(labels).size).toBe(labels.length);
    expect(
      await db.tasks
        .where('dueDate')
        .below(summary.asOf)
        .filter((t) => t.status === 'offen')
        .count(),
    ).toBeGreaterThan(0);
  });

  it(
    'is reproducible: the same seed gives the same data, another seed different data',
    async () => {
      await generate(1);
      expect(await contentHash()).toBe(firstHash);
      await generate(2);
      expect(await contentHash()).not.toBe(firstHash);
    },
    TIMEOUT,
  );
});

import { describe, expect, it } from 'vitest';
import { canonicalMinutes, sealMinutes, verifyApprovedMinutes } from '../../shared/domain/minutes-fingerprint';
import { minutesContent } from '../../shared/documents/minutes-content';
import { results, sampleMeeting, tasks } from './sample-data';

describe('minutesContent', () => {
  const data = sampleMeeting();
  const content = minutesContent(data);

  it('reads the meeting as the Protokoll prints it: items in TOP order, names instead of keys', () => {
    expect(() => canonicalMinutes(content)).not.toThrow();
    expect(content.items.map((i) => i.number)).toEqual(data.agenda.map((e) => e.number));
    expect(content.body).toEqual({ name: 'Lenkungskreis', code: 'LK' });
    expect(content.meeting.chair).toMatch(/Stammen/);
    const withTasks = content.items.flatMap((i) => i.tasks);
    expect(withTasks).toHaveLength(tasks.filter((t) => t.agendaItemId).length);
    expect(withTasks.every((t) => t.owner !== '' && !/^[0-9a-f-]{36}$/.test(t.owner))).toBe(true);
  });

  it('keeps the vote of a resolution and none for a Kenntnisnahme', () => {
    const all = content.items.flatMap((i) => i.results);
    expect(all.filter((r) => r.kind === 'kenntnisnahme').every((r) => r.vote === undefined)).toBe(true);
    expect(all.some((r) => r.vote?.mode === 'abstimmung' && typeof r.vote.yes === 'number')).toBe(true);
  });

  it('names the action field of a task when its title is known', () => {
    const task = tasks.find((t) => t.agendaItemId)!;
    const named = minutesContent(
      sampleMeeting({ tasks: [{ ...task, actionFieldId: 'af-1' }] }),
      new Map([['af-1', 'Übergang Schule–Beruf']]),
    );
    expect(named.items.flatMap((i) => i.tasks)).toEqual([
      expect.objectContaining({ title: task.title, actionField: 'Übergang Schule–Beruf' }),
    ]);
  });

  it('approval sealed from it verifies, and a later edit of a resolution is found', async () => {
    const sealed = await sealMinutes(content);
    expect(await verifyApprovedMinutes(sealed, minutesContent(sampleMeeting()))).toEqual({ ok: true });
    const resolution = results.find((r) => r.kind === 'beschluss')!;
    const edited = sampleMeeting({
      results: results.map((r) => (r.id === resolution.id ? { ...r, text: `${r.text} (geändert)` } : r)),
    });
    expect(await verifyApprovedMinutes(sealed, minutesContent(edited))).toMatchObject({
      ok: false,
      reason: 'daten-abweichend',
    });
  });
});

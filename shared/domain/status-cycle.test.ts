import { describe, expect, it } from 'vitest';
import { MeetingStatus } from '../schemas/meeting.schema';
import {
  checkMeetingTransition,
  checkMinutesEditable,
  checkMinutesTransition,
  deemedApprovalDate,
  isDeemedApproved,
  isMinutesLocked,
  meetingStatusForMinutes,
  meetingTransitions,
  minutesTransitions,
  objectionDeadline,
} from './status-cycle';

describe('meeting status cycle', () => {
  it('walks the cycle one step at a time', () => {
    // The schema lists the cycle in order, abgesagt last.
    const cycle = MeetingStatus.options.filter((s) => s !== 'abgesagt');
    expect(cycle.at(-1)).toBe('protokoll-genehmigt');
    for (let i = 0; i + 1 < cycle.length; i++) {
      expect(checkMeetingTransition(cycle[i]!, cycle[i + 1]!)).toEqual({ ok: true });
    }
    expect(meetingTransitions('protokoll-genehmigt')).toEqual([]);
  });

  it('offers buttons with German labels', () => {
    expect(meetingTransitions('geplant')).toEqual([
      { to: 'eingeladen', label: 'Einladung versandt' },
      { to: 'abgesagt', label: 'Sitzung absagen' },
    ]);
  });

  it('cancels only meetings that have not taken place, and can take a cancellation back', () => {
    expect(checkMeetingTransition('geplant', 'abgesagt').ok).toBe(true);
    expect(checkMeetingTransition('eingeladen', 'abgesagt').ok).toBe(true);
    for (const held of ['durchgefuehrt', 'protokoll-entwurf', 'protokoll-versandt', 'protokoll-genehmigt'] as const) {
      expect(checkMeetingTransition(held, 'abgesagt')).toEqual({
        ok: false,
        message: 'Eine Sitzung, die bereits stattgefunden hat, kann nicht abgesagt werden.',
      });
    }
    expect(checkMeetingTransition('abgesagt', 'geplant').ok).toBe(true);
    expect(checkMeetingTransition('abgesagt', 'durchgefuehrt')).toEqual({
      ok: false,
      message: 'Die Sitzung ist abgesagt. Bitte zuerst die Absage zurücknehmen.',
    });
  });

  it('refuses skipped or backward steps and names the next step', () => {
    expect(checkMeetingTransition('geplant', 'durchgefuehrt')).toEqual({
      ok: false,
      message:
        'Die Sitzung kann nicht von „geplant“ auf „durchgeführt“ gesetzt werden. Nächster Schritt: „Einladung versandt“.',
    });
    expect(checkMeetingTransition('protokoll-genehmigt', 'protokoll-entwurf')).toEqual({
      ok: false,
      message: 'Die Sitzung kann nicht von „Protokoll genehmigt“ auf „Protokoll-Entwurf“ gesetzt werden.',
    });
    expect(checkMeetingTransition('eingeladen', 'eingeladen')).toEqual({
      ok: false,
      message: 'Die Sitzung ist bereits „eingeladen“.',
    });
  });

  it('has an answer for every pair of states', () => {
    for (const from of MeetingStatus.options) {
      for (const to of MeetingStatus.options) {
        const check = checkMeetingTransition(from, to);
        if (!check.ok) expect(check.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('mirrors the minutes status', () => {
    expect(meetingStatusForMinutes('entwurf')).toBe('protokoll-entwurf');
    expect(meetingStatusForMinutes('versandt')).toBe('protokoll-versandt');
    expect(meetingStatusForMinutes('einwaende')).toBe('protokoll-versandt');
    expect(meetingStatusForMinutes('genehmigt')).toBe('protokoll-genehmigt');
  });
});

describe('minutes status cycle', () => {
  const draft = { status: 'entwurf' as const };
  const sent = { status: 'versandt' as const, sentOn: '2025-03-04' };
  const objected = { status: 'einwaende' as const, sentOn: '2025-03-04' };
  const approved = { status: 'genehmigt' as const, sentOn: '2025-03-04' };

  it('sends a draft with its date', () => {
    expect(checkMinutesTransition(draft, { to: 'versandt', sentOn: '2025-03-04' })).toEqual({ ok: true });
    expect(checkMinutesTransition(draft, { to: 'versandt' })).toEqual({
      ok: false,
      message: 'Bitte das Datum angeben, an dem das Protokoll versandt wurde.',
    });
    expect(
      checkMinutesTransition(draft, { to: 'genehmigt', approvedOn: '2025-03-04', approvedInMeetingId: 'm2' }),
    ).toEqual({
      ok: false,
      message: 'Das Protokoll muss zuerst versandt werden, bevor es genehmigt werden kann.',
    });
  });

  it('records objections, then sends again or approves', () => {
    expect(checkMinutesTransition(sent, { to: 'einwaende', objections: 'Frau Vos: TOP 4 Wortlaut falsch.' }).ok).toBe(
      true,
    );
    expect(checkMinutesTransition(sent, { to: 'einwaende', objections: '  ' }).ok).toBe(false);
    expect(minutesTransitions('einwaende').map((t) => t.to)).toEqual(['versandt', 'genehmigt']);
    expect(checkMinutesTransition(objected, { to: 'versandt', sentOn: '2025-03-20' }).ok).toBe(true);
    expect(
      checkMinutesTransition(objected, { to: 'genehmigt', approvedOn: '2025-05-27', approvedInMeetingId: 'm2' }).ok,
    ).toBe(true);
  });

  it('approves with date and the approving meeting, or as deemed approved', () => {
    expect(
      checkMinutesTransition(sent, { to: 'genehmigt', approvedOn: '2025-05-27', approvedInMeetingId: 'm2' }).ok,
    ).toBe(true);
    expect(checkMinutesTransition(sent, { to: 'genehmigt', approvedOn: '2025-03-19', deemedApproved: true }).ok).toBe(
      true,
    );
    expect(checkMinutesTransition(sent, { to: 'genehmigt', approvedOn: '2025-05-27' })).toEqual({
      ok: false,
      message: 'Bitte angeben, in welcher Sitzung das Protokoll genehmigt wurde.',
    });
    expect(checkMinutesTransition(sent, { to: 'genehmigt', approvedInMeetingId: 'm2' })).toEqual({
      ok: false,
      message: 'Bitte das Datum der Genehmigung angeben.',
    });
    expect(
      checkMinutesTransition(sent, { to: 'genehmigt', approvedOn: '2025-03-01', approvedInMeetingId: 'm2' }),
    ).toEqual({
      ok: false,
      message: 'Die Genehmigung kann nicht vor dem Versand am 04.03.2025 liegen.',
    });
  });

  it('locks approved minutes against every change', () => {
    expect(isMinutesLocked(approved)).toBe(true);
    expect(isMinutesLocked(sent)).toBe(false);
    expect(checkMinutesEditable(sent)).toEqual({ ok: true });
    const locked = checkMinutesEditable(approved);
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.message).toMatch(/genehmigt und kann nicht mehr geändert werden.*Berichtigung/);
    expect(checkMinutesTransition(approved, { to: 'versandt', sentOn: '2025-06-01' })).toEqual(locked);
    expect(minutesTransitions('genehmigt')).toEqual([]);
  });
});

describe('approval by lapse of the objection period', () => {
  const fristablauf = { approvalRule: 'fristablauf' as const, objectionDays: 14 };
  const sent = { status: 'versandt' as const, sentOn: '2025-03-04' };

  it('counts the period from the day after sending', () => {
    expect(objectionDeadline('2025-03-04', 14)).toBe('2025-03-18');
    expect(deemedApprovalDate('2025-03-04', 14)).toBe('2025-03-19');
    expect(deemedApprovalDate('2025-12-20', 14)).toBe('2026-01-04');
  });

  it('applies once the period is over and nobody objected', () => {
    expect(isDeemedApproved(sent, fristablauf, '2025-03-18')).toBe(false);
    expect(isDeemedApproved(sent, fristablauf, '2025-03-19')).toBe(true);
    expect(isDeemedApproved({ ...sent, status: 'einwaende' }, fristablauf, '2025-04-30')).toBe(false);
    expect(isDeemedApproved({ status: 'entwurf' }, fristablauf, '2025-04-30')).toBe(false);
  });

  it('never applies to bodies approving at the next meeting', () => {
    expect(isDeemedApproved(sent, { approvalRule: 'naechste-sitzung' }, '2026-01-01')).toBe(false);
  });
});

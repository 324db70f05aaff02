import { describe, expect, it } from 'vitest';
import { MeetingStatus } from '../../../../shared/schemas';
import {
  MEETING_DOCUMENT_KINDS,
  actionFieldReportOptions,
  meetingDocumentOptions,
  taskOverviewOptions,
} from './document-jobs';

const offered = (status: MeetingStatus) =>
  meetingDocumentOptions({ id: 'm1', status }).map(({ job, unavailable }) => [job.kind, unavailable ?? 'ok']);

describe('meetingDocumentOptions', () => {
  it('offers all five documents of a meeting, in the order of its life, each for that meeting', () => {
    const options = meetingDocumentOptions({ id: 'm1', status: 'durchgefuehrt' });
    expect(options.map((o) => o.job)).toEqual(MEETING_DOCUMENT_KINDS.map((kind) => ({ kind, meetingId: 'm1' })));
    expect(options.every((o) => o.unavailable === undefined)).toBe(true);
  });

  it.each(['geplant', 'eingeladen'] as const)('holds back the minutes while the meeting is %s', (status) => {
    expect(offered(status)).toEqual([
      ['einladung', 'ok'],
      ['tagesordnung', 'ok'],
      ['tagesordnung-sitzungsleitung', 'ok'],
      ['anwesenheitsliste', 'ok'],
      ['protokoll', 'meetingAhead'],
    ]);
  });

  it.each(['durchgefuehrt', 'protokoll-entwurf', 'protokoll-versandt', 'protokoll-genehmigt'] as const)(
    'offers the minutes once the meeting is %s',
    (status) => {
      expect(offered(status).every(([, state]) => state === 'ok')).toBe(true);
    },
  );

  it('offers nothing for a cancelled meeting, and says why', () => {
    expect(offered('abgesagt').every(([, state]) => state === 'meetingCancelled')).toBe(true);
  });

  it('decides for every meeting status', () => {
    for (const status of MeetingStatus.options) expect(offered(status)).toHaveLength(5);
  });
});

describe('taskOverviewOptions', () => {
  it('groups by body or by action field', () => {
    expect(taskOverviewOptions().map((o) => o.job)).toEqual([
      { kind: 'aufgabenuebersicht', groupBy: 'body' },
      { kind: 'aufgabenuebersicht', groupBy: 'actionField' },
    ]);
  });
});

describe('actionFieldReportOptions', () => {
  it('addresses the report to the Lenkungskreis first, then the Bildungskonferenz, by their names', () => {
    const bodies = [
      { kind: 'bildungskonferenz', name: 'Regionale Bildungskonferenz' },
      { kind: 'arbeitskreis', name: 'AK Übergang' },
      { kind: 'lenkungskreis', name: 'Lenkungskreis' },
      { kind: 'bildungsbuero', name: 'Regionales Bildungsbüro' },
    ] as const;
    expect(actionFieldReportOptions(bodies).map((o) => o.job)).toEqual([
      { kind: 'sachstandsbericht', audience: 'Lenkungskreis' },
      { kind: 'sachstandsbericht', audience: 'Regionale Bildungskonferenz' },
    ]);
  });

  it('still offers the report without an addressee when neither body exists', () => {
    expect(actionFieldReportOptions([{ kind: 'arbeitskreis', name: 'AK' }])).toEqual([
      { job: { kind: 'sachstandsbericht' } },
    ]);
  });
});

import {
  MinutesAmendmentInput,
  MinutesInput,
  type Minutes,
  type MinutesAmendment,
  ResultInput,
  ResultUpdateInput,
  type Result,
  type ResultUpdate,
} from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';
import { insertRecord } from '../record';

export const minutesRepo = {
  ...crud<Minutes, typeof MinutesInput>(() => db.minutes, MinutesInput, 'Das Protokoll'),
  forMeeting: (meetingId: string): Promise<Minutes | undefined> =>
    db.minutes.where('meetingId').equals(meetingId).first(),
  addAmendment: (input: MinutesAmendmentInput): Promise<MinutesAmendment> =>
    insertRecord(db.minutesAmendments, MinutesAmendmentInput, input),
  amendments: (minutesId: string): Promise<MinutesAmendment[]> =>
    db.minutesAmendments.where('minutesId').equals(minutesId).sortBy('date'),
};

export const resultRepo = {
  ...crud<Result, typeof ResultInput>(() => db.results, ResultInput, 'Das Ergebnis'),
  async forMeeting(meetingId: string): Promise<Result[]> {
    return (await db.results.where('meetingId').equals(meetingId).sortBy('position')).filter((r) => !r.deletedAt);
  },
  addUpdate: (input: ResultUpdateInput): Promise<ResultUpdate> =>
    insertRecord(db.resultUpdates, ResultUpdateInput, input),
};

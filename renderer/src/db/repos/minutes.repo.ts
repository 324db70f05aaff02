import {
  MinutesInput,
  type Minutes,
  type MinutesAmendment,
  ResultInput,
  ResultUpdateInput,
  type Result,
  type ResultUpdate,
} from '../../../../shared/schemas';
import { db } from '../database';
import { insertRecord } from '../record';
import { minutesContentCrud, writeMinutesContent } from './minutes-lock';
import { addAmendment, changeMinutesStatus } from './minutes-status';
import { RESULT_TABLES, checkResult, numberingFor } from './result-record';

export const minutesRepo = {
  /** Approved minutes refuse every edit; their status moves only through changeStatus. */
  ...minutesContentCrud<Minutes, typeof MinutesInput>(() => db.minutes, MinutesInput, 'Das Protokoll'),
  forMeeting: (meetingId: string): Promise<Minutes | undefined> =>
    db.minutes.where('meetingId').equals(meetingId).first(),
  changeStatus: changeMinutesStatus,
  addAmendment,
  amendments: (minutesId: string): Promise<MinutesAmendment[]> =>
    db.minutesAmendments.where('minutesId').equals(minutesId).sortBy('date'),
};

const resultCrud = minutesContentCrud<Result, typeof ResultInput>(() => db.results, ResultInput, 'Das Ergebnis', [
  'followUpStatus',
]);

export const resultRepo = {
  ...resultCrud,
  /** Adds a result as given (imports keep their numbers); its vote checked against the voting members present. */
  create: (input: ResultInput): Promise<Result> =>
    writeMinutesContent([input.meetingId], RESULT_TABLES(), async () => {
      await checkResult(input);
      return resultCrud.create(input);
    }),
  /** Records a result in the minutes: its vote checked, a Beschluss or Empfehlung numbered automatically. */
  record: (input: ResultInput): Promise<Result> =>
    writeMinutesContent([input.meetingId], RESULT_TABLES(), async () =>
      resultCrud.create({ ...input, ...(await numberingFor(await checkResult(input))) }),
    ),
  /** Changes a result; a Beschluss or Empfehlung keeps its number unless it changes kind. */
  update: (id: string, changes: Partial<ResultInput>): Promise<Result> =>
    db.transaction('rw', RESULT_TABLES(), async () => {
      const current = await resultCrud.require(id);
      if (Object.keys(changes).every((key) => key === 'followUpStatus')) return resultCrud.update(id, changes);
      return writeMinutesContent([current.meetingId], RESULT_TABLES(), async () => {
        const numbering = await numberingFor(await checkResult({ ...current, ...changes }), current);
        return resultCrud.update(id, { ...changes, ...numbering });
      });
    }),
  async forMeeting(meetingId: string): Promise<Result[]> {
    return (await db.results.where('meetingId').equals(meetingId).sortBy('position')).filter((r) => !r.deletedAt);
  },
  addUpdate: (input: ResultUpdateInput): Promise<ResultUpdate> =>
    insertRecord(db.resultUpdates, ResultUpdateInput, input),
};

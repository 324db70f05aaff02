import type { Result, ResultInput, ResultKind } from '../../../../../shared/schemas';

type VoteMode = NonNullable<Result['voteMode']>;
type Outcome = NonNullable<Result['outcome']>;
type Count = number | string;

/** A result as its form holds it: text fields as typed, counts as the number fields give them. */
export interface ResultValues {
  kind: ResultKind;
  text: string;
  addressee: string;
  voteMode?: VoteMode;
  votesYes: Count;
  votesNo: Count;
  votesAbstain: Count;
  outcome?: Outcome;
}

/** The agenda item's kind suggests the result: a Beschluss item ends in a Beschluss. */
export const suggestedKind = (itemKind: string): ResultKind =>
  itemKind === 'beschluss' || itemKind === 'wahl'
    ? 'beschluss'
    : itemKind === 'empfehlung'
      ? 'empfehlung'
      : 'kenntnisnahme';

export const resultValues = (result: Result | undefined, kind: ResultKind): ResultValues => ({
  kind: result?.kind ?? kind,
  text: result?.text ?? '',
  addressee: result?.addressee ?? '',
  voteMode: result?.voteMode ?? (kind === 'kenntnisnahme' ? undefined : 'konsens'),
  votesYes: result?.votesYes ?? '',
  votesNo: result?.votesNo ?? '',
  votesAbstain: result?.votesAbstain ?? '',
  outcome: result?.outcome ?? (kind === 'kenntnisnahme' ? undefined : 'angenommen'),
});

const text = (value: string) => value.trim() || undefined;
const count = (value: Count) => (value === '' ? undefined : Number(value));

/**
 * The form as a change of the stored result. What does not belong to the kind is cleared: a
 * Kenntnisnahme has no vote, only an Empfehlung an addressee, only a counted vote counts.
 */
export function resultChanges(values: ResultValues): Partial<ResultInput> & Pick<ResultInput, 'kind'> {
  const decided = values.kind !== 'kenntnisnahme';
  const counted = decided && values.voteMode === 'abstimmung';
  return {
    kind: values.kind,
    text: text(values.text),
    addressee: values.kind === 'empfehlung' ? text(values.addressee) : undefined,
    voteMode: decided ? values.voteMode : undefined,
    votesYes: counted ? count(values.votesYes) : undefined,
    votesNo: counted ? count(values.votesNo) : undefined,
    votesAbstain: counted ? count(values.votesAbstain) : undefined,
    outcome: decided ? values.outcome : undefined,
  };
}

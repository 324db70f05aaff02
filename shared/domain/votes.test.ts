import { describe, expect, it } from 'vitest';
import { formatVote, validateVote, voteOf, voteOutcome, votingMembersPresent } from './votes';

describe('validateVote', () => {
  it('accepts a consensus without counts and a plausible count', () => {
    expect(validateVote({ mode: 'konsens' }, 9)).toEqual([]);
    expect(validateVote({ mode: 'abstimmung', yes: 7, no: 1, abstain: 1 }, 9)).toEqual([]);
    expect(validateVote({ mode: 'abstimmung', yes: 5, no: 0, abstain: 0 }, 9)).toEqual([]);
  });

  it('refuses more votes than voting members present', () => {
    expect(validateVote({ mode: 'abstimmung', yes: 8, no: 2, abstain: 1 }, 9)).toEqual([
      {
        field: 'total',
        message: 'Es wurden 11 Stimmen gezählt, aber nur 9 stimmberechtigte Mitglieder sind anwesend.',
      },
    ]);
    expect(validateVote({ mode: 'abstimmung', yes: 2, no: 0, abstain: 0 }, 1)[0]?.message).toBe(
      'Es wurden 2 Stimmen gezählt, aber nur 1 stimmberechtigtes Mitglied ist anwesend.',
    );
    expect(validateVote({ mode: 'abstimmung', yes: 1, no: 0, abstain: 0 }, 0)[0]?.message).toBe(
      'Es wurde 1 Stimme gezählt, aber kein stimmberechtigtes Mitglied ist anwesend.',
    );
  });

  it('skips the total while attendance is unknown', () => {
    expect(validateVote({ mode: 'abstimmung', yes: 30, no: 0, abstain: 0 }, undefined)).toEqual([]);
  });

  it('names missing, negative and fractional counts at their field', () => {
    expect(validateVote({ mode: 'abstimmung', yes: 4 }, 9)).toEqual([
      { field: 'no', message: 'Bitte die Zahl der Nein-Stimmen angeben.' },
      { field: 'abstain', message: 'Bitte die Zahl der Enthaltungen angeben.' },
    ]);
    expect(validateVote({ mode: 'abstimmung', yes: -1, no: 1.5, abstain: Number.NaN }, 9)).toEqual([
      { field: 'yes', message: 'Die Zahl der Ja-Stimmen kann nicht negativ sein.' },
      { field: 'no', message: 'Die Zahl der Nein-Stimmen muss eine ganze Zahl sein.' },
      { field: 'abstain', message: 'Bitte die Zahl der Enthaltungen angeben.' },
    ]);
  });
});

describe('voteOutcome', () => {
  it('suggests adoption for consensus or more yes than no, rejection otherwise', () => {
    expect(voteOutcome({ mode: 'konsens' })).toBe('angenommen');
    expect(voteOutcome({ mode: 'abstimmung', yes: 5, no: 3, abstain: 1 })).toBe('angenommen');
    expect(voteOutcome({ mode: 'abstimmung', yes: 3, no: 3, abstain: 3 })).toBe('abgelehnt');
    expect(voteOutcome({ mode: 'abstimmung', yes: 1, no: 4, abstain: 0 })).toBe('abgelehnt');
    expect(voteOutcome({ mode: 'abstimmung', yes: 1 })).toBeUndefined();
    expect(voteOutcome({})).toBeUndefined();
  });
});

describe('formatVote', () => {
  it('prints consensus or the counts', () => {
    expect(formatVote({ mode: 'konsens' })).toBe('Konsens');
    expect(formatVote({ mode: 'abstimmung', yes: 7, no: 1, abstain: 0 })).toBe('Ja 7 · Nein 1 · Enthaltungen 0');
    expect(formatVote({})).toBe('');
  });

  it('reads the vote of a stored result', () => {
    expect(formatVote(voteOf({ voteMode: 'abstimmung', votesYes: 6, votesNo: 2, votesAbstain: 1 }))).toBe(
      'Ja 6 · Nein 2 · Enthaltungen 1',
    );
  });
});

describe('votingMembersPresent', () => {
  it('counts voting members who are present or represented', () => {
    const participants = [
      { isVoting: true, attendance: 'anwesend' as const },
      { isVoting: true, attendance: 'vertreten' as const },
      { isVoting: true, attendance: 'entschuldigt' as const },
      { isVoting: true, attendance: 'unentschuldigt' as const },
      { isVoting: true, attendance: 'offen' as const },
      { isVoting: false, attendance: 'anwesend' as const },
      { isVoting: false, attendance: 'gast' as const },
      { isVoting: true, attendance: 'anwesend' as const, deletedAt: '2025-02-18T13:00:00.000Z' },
    ];
    expect(votingMembersPresent(participants)).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import {
  nextResultSequence,
  nextSequence,
  nextVorlageSequence,
  resultLabel,
  vorlageLabel,
  vorlageNumberConflict,
  type NumberedResult,
} from './numbering';

describe('series numbers', () => {
  it('continue after the highest number and never fill gaps', () => {
    expect(nextSequence([])).toBe(1);
    expect(nextSequence([1, 2, 3])).toBe(4);
    expect(nextSequence([3, 1])).toBe(4);
  });
});

describe('Vorlage numbers', () => {
  const papers = [
    { id: 'a', bodyId: 'lk', year: 2026, sequence: 1 },
    { id: 'b', bodyId: 'lk', year: 2026, sequence: 2 },
    { id: 'c', bodyId: 'lk', year: 2025, sequence: 7 },
    { id: 'd', bodyId: 'bk', year: 2026, sequence: 5 },
    { id: 'e', bodyId: 'lk', year: 2026 },
  ];

  it('are formatted per body and year', () => {
    expect(vorlageLabel('LK', 3, 2026)).toBe('Vorlage LK-03/2026');
    expect(vorlageLabel('AK-KITA', 12, 2027)).toBe('Vorlage AK-KITA-12/2027');
    expect(vorlageLabel('LK', 100, 2026)).toBe('Vorlage LK-100/2026');
  });

  it('count per body and year', () => {
    expect(nextVorlageSequence(papers, 'lk', 2026)).toBe(3);
    expect(nextVorlageSequence(papers, 'lk', 2027)).toBe(1);
    expect(nextVorlageSequence(papers, 'bk', 2026)).toBe(6);
  });

  it('refuse a duplicate with a German message naming the next free number', () => {
    expect(vorlageNumberConflict({ id: 'new', bodyId: 'lk', year: 2026, sequence: 2 }, papers, 'LK')).toBe(
      'Die Nummer Vorlage LK-02/2026 ist bereits vergeben. Nächste freie Nummer: Vorlage LK-03/2026.',
    );
    expect(vorlageNumberConflict({ id: 'new', bodyId: 'lk', year: 2026, sequence: 4 }, papers, 'LK')).toBeUndefined();
    expect(vorlageNumberConflict({ id: 'new', bodyId: 'lk', year: 2025, sequence: 2 }, papers, 'LK')).toBeUndefined();
  });

  it('let a paper keep its own number when it is edited', () => {
    expect(vorlageNumberConflict({ id: 'b', bodyId: 'lk', year: 2026, sequence: 2 }, papers, 'LK')).toBeUndefined();
  });
});

describe('result numbers', () => {
  const results: NumberedResult[] = [
    { id: '1', kind: 'beschluss', bodyId: 'lk', year: 2026, sequence: 1 },
    { id: '2', kind: 'beschluss', bodyId: 'lk', year: 2026, sequence: 2 },
    { id: '3', kind: 'beschluss', bodyId: 'bk', year: 2026, sequence: 1 },
    { id: '4', kind: 'empfehlung', bodyId: 'bk', year: 2025, sequence: 2 },
    { id: '5', kind: 'empfehlung', bodyId: 'bk', year: 2026, sequence: 1 },
    { id: '6', kind: 'empfehlung', bodyId: 'ak', year: 2026, sequence: 2 },
    { id: '7', kind: 'kenntnisnahme', bodyId: 'lk', year: 2026 },
  ];

  it('are formatted as in the demo data', () => {
    expect(resultLabel('beschluss', 'LK', 2026, 3)).toBe('B-LK-2026-03');
    expect(resultLabel('empfehlung', 'BK', 2025, 1)).toBe('E-2025-01');
    expect(resultLabel('kenntnisnahme', 'LK', 2026, 1)).toBeUndefined();
  });

  it('count decisions per body and year', () => {
    expect(nextResultSequence(results, 'beschluss', 'lk', 2026)).toBe(3);
    expect(nextResultSequence(results, 'beschluss', 'bk', 2026)).toBe(2);
    expect(nextResultSequence(results, 'beschluss', 'lk', 2027)).toBe(1);
  });

  it('count recommendations per year across the network', () => {
    expect(nextResultSequence(results, 'empfehlung', 'lk', 2026)).toBe(3);
    expect(nextResultSequence(results, 'empfehlung', 'bk', 2025)).toBe(3);
    expect(nextResultSequence(results, 'empfehlung', 'bk', 2027)).toBe(1);
  });
});

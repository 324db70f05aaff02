import { describe, expect, it } from 'vitest';
import { bodyGenitive } from './body-phrases';

describe('body in the genitive', () => {
  it('declines the names of the fixed bodies and working groups', () => {
    expect(bodyGenitive({ name: 'Lenkungskreis', kind: 'lenkungskreis' })).toBe('des Lenkungskreises');
    expect(bodyGenitive({ name: 'Regionale Bildungskonferenz', kind: 'bildungskonferenz' })).toBe(
      'der Regionalen Bildungskonferenz',
    );
    expect(bodyGenitive({ name: 'Regionales Bildungsbüro', kind: 'bildungsbuero' })).toBe(
      'des Regionalen Bildungsbüros',
    );
    expect(bodyGenitive({ name: 'Arbeitskreis Übergang Schule–Beruf', kind: 'arbeitskreis' })).toBe(
      'des Arbeitskreises Übergang Schule–Beruf',
    );
    expect(bodyGenitive({ name: 'Qualitätszirkel Inklusion', kind: 'arbeitskreis' })).toBe(
      'des Qualitätszirkels Inklusion',
    );
  });

  it('quotes names it cannot decline', () => {
    expect(bodyGenitive({ name: 'AK Digitale Welten', kind: 'arbeitskreis' })).toBe(
      'des Arbeitskreises „AK Digitale Welten“',
    );
    expect(bodyGenitive({ name: 'Steuerung 2030', kind: 'lenkungskreis' })).toBe('des Gremiums „Steuerung 2030“');
  });
});

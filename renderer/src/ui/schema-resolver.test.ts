import { describe, expect, it } from 'vitest';
import { OrganisationInput, PersonInput } from '../../../shared/schemas';
import { blanksAsUndefined, schemaResolver, withoutBlanks } from './schema-resolver';

describe('form values and the shared schemas', () => {
  it('treats blank fields as not given', () => {
    expect(withoutBlanks({ name: 'VHS', email: '  ', town: null, count: 0 })).toEqual({ name: 'VHS', count: 0 });
    expect(blanksAsUndefined({ name: 'VHS', email: '' })).toEqual({ name: 'VHS', email: undefined });
  });

  it('puts the schema’s German message at the field, and accepts an empty optional e-mail', () => {
    const validate = schemaResolver<Record<string, string>>(OrganisationInput);
    expect(validate({ name: '', type: 'Verein', email: '', postalCode: '4082' })).toEqual({
      name: 'Bitte den Namen der Organisation angeben.',
      postalCode: 'Die Postleitzahl hat fünf Ziffern.',
    });
    expect(validate({ name: 'Kreissportbund', type: 'Verein', email: '' })).toEqual({});
  });

  it('reports a malformed e-mail', () => {
    const validate = schemaResolver<Record<string, string>>(PersonInput);
    expect(validate({ lastName: 'Becker', email: 'becker@' })).toEqual({
      email: 'Bitte eine gültige E-Mail-Adresse angeben (z. B. name@kreis-auenfeld.de).',
    });
  });
});

import type { FormErrors } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { z } from 'zod';

const isBlank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

/** Form values with empty (or blank) fields left out: optional fields are absent, not "". */
export function withoutBlanks<V extends object>(values: V): Partial<V> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => !isBlank(value))) as Partial<V>;
}

/**
 * Form values as a repository change: blank fields become `undefined`, which clears them on
 * update (every key is kept) and leaves them out on create.
 */
export function blanksAsUndefined<V extends object>(values: V): { [K in keyof V]: Exclude<V[K], ''> | undefined } {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, isBlank(value) ? undefined : value]),
  ) as {
    [K in keyof V]: Exclude<V[K], ''> | undefined;
  };
}

/**
 * Validates a form with a shared schema, as the repository will: blank fields count as not given,
 * so "Bitte … angeben." appears at an empty required field and an empty optional e-mail is fine.
 */
export function schemaResolver<V extends object>(schema: z.ZodType): (values: V) => FormErrors {
  const resolve = zod4Resolver(z.preprocess((input) => withoutBlanks(input as object), schema));
  return (values) => resolve(values as Record<string, unknown>);
}

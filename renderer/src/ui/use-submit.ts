import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../db/errors';
import { issuesToFormErrors } from './form-errors';
import { notify } from './notify';

/**
 * Submits a form through a repository call: the repository's German refusals appear at the
 * fields they name (others as a message), and nothing counts as saved unless the call succeeded.
 */
export function useSubmit<V>(
  form: UseFormReturnType<V>,
  action: (values: V) => Promise<unknown>,
  done: () => void,
  /** Where a refusal about a field the form does not have is shown, e.g. `{ size: 'file' }`. */
  fieldOf: Readonly<Record<string, string>> = {},
) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      await action(values);
      done();
    } catch (error) {
      if (error instanceof ValidationError) {
        form.setErrors(issuesToFormErrors(error.issues.map((i) => ({ ...i, path: fieldOf[i.path] ?? i.path }))));
      } else notify('error', t('common.error'), (error as Error).message);
    } finally {
      setSaving(false);
    }
  });
  return { saving, submit };
}

import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { ValidationError } from '../../db/errors';
import { issuesToFormErrors } from '../../ui/form-errors';

/**
 * Submits a dialog's form through a repository call. Invalid input keeps the dialog open with the
 * messages at the fields (the schema's, or the repository's rules) and focus on the first of them;
 * what no field can show appears as `problem`. Nothing is saved unless the whole input is valid.
 */
export function useFormSave<V extends object>(
  form: UseFormReturnType<V>,
  save: (values: V) => Promise<unknown>,
  done: () => void,
) {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  const focusFirstError = (paths: readonly string[]) => {
    const path = paths[0];
    if (path !== undefined) form.getInputNode(path)?.focus();
  };

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true);
      setProblem(undefined);
      try {
        await save(values);
        done();
      } catch (error) {
        if (!(error instanceof ValidationError)) {
          setProblem((error as Error).message);
          return;
        }
        const fields = Object.keys(form.getValues());
        const placed = error.issues.filter((issue) => fields.includes(issue.path));
        const unplaced = error.issues.filter((issue) => !fields.includes(issue.path));
        form.setErrors(issuesToFormErrors(placed));
        if (unplaced.length > 0) setProblem(unplaced.map((issue) => issue.message).join(' '));
        focusFirstError(placed.map((issue) => issue.path));
      } finally {
        setSaving(false);
      }
    },
    (errors) => focusFirstError(Object.keys(errors)),
  );

  return { saving, problem, submit };
}

import type { FormErrors } from '@mantine/form';
import type { FieldIssue } from '../db/errors';

/** Repository validation issues placed at the matching form fields. */
export const issuesToFormErrors = (issues: readonly FieldIssue[]): FormErrors =>
  Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));

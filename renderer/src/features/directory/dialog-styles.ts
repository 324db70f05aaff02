import type { ModalProps } from '@mantine/core';

/** Dialog titles read as headings: the size and weight of a section title. */
export const DIALOG_STYLES: ModalProps['styles'] = {
  title: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 650 },
};

/** Hints under the field, so fields side by side stay aligned whether they have a hint or not. */
export const DESCRIPTION_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

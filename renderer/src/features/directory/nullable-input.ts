import type { UseFormReturnType } from '@mantine/form';

/**
 * Input props for a select or date field whose form value is text: an empty value is shown as
 * "nothing chosen" (null, so no clear button appears), and clearing stores "" again.
 */
export function nullableInputProps<V>(form: UseFormReturnType<V>, path: keyof V & string) {
  const props = form.getInputProps(path);
  return {
    ...props,
    value: (props.value as string) || null,
    onChange: (value: string | null) => props.onChange(value ?? ''),
  };
}

import { Toolbar } from '@mantine/core';
import { IconBold, IconItalic, IconList, IconListNumbers, IconUnderline, type Icon } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

type Format = 'bold' | 'italic' | 'underline' | 'bulletList' | 'orderedList';

const FORMATS: readonly { format: Format; icon: Icon; toggle: (editor: Editor) => boolean }[] = [
  { format: 'bold', icon: IconBold, toggle: (e) => e.chain().focus().toggleBold().run() },
  { format: 'italic', icon: IconItalic, toggle: (e) => e.chain().focus().toggleItalic().run() },
  { format: 'underline', icon: IconUnderline, toggle: (e) => e.chain().focus().toggleUnderline().run() },
  { format: 'bulletList', icon: IconList, toggle: (e) => e.chain().focus().toggleBulletList().run() },
  { format: 'orderedList', icon: IconListNumbers, toggle: (e) => e.chain().focus().toggleOrderedList().run() },
];

/**
 * The formats of the notes as toggle buttons (arrow keys move between them); each names its
 * keyboard shortcut, and pressed ones say so to screen readers, not by colour alone.
 */
export function NotesToolbar({
  editor,
  label,
  controls,
  disabled,
}: {
  editor: Editor;
  label: string;
  controls: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => Object.fromEntries(FORMATS.map(({ format }) => [format, e.isActive(format)])),
  });
  return (
    <Toolbar aria-label={label} aria-controls={controls} size="sm" withBorder={false}>
      {FORMATS.map(({ format, icon: FormatIcon, toggle }) => (
        <Toolbar.Toggle
          key={format}
          active={active[format] ?? false}
          disabled={disabled}
          aria-label={t(`minutes.format.${format}`)}
          title={t(`minutes.format.${format}`)}
          onMouseDown={(event: React.MouseEvent) => event.preventDefault()}
          onClick={() => toggle(editor)}
        >
          <FormatIcon size="1.1rem" stroke={2} aria-hidden />
        </Toolbar.Toggle>
      ))}
    </Toolbar>
  );
}

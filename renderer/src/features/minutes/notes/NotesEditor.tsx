import { Box, Text } from '@mantine/core';
import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichText } from '../../../../../shared/schemas';
import { ConflictError } from '../../../db/errors';
import { agendaRepo, type StoredNotes } from '../../../db/repos';
import { useAutosave } from '../autosave/use-autosave';
import classes from './NotesEditor.module.css';
import { NotesConflictDialog, type NotesChoice } from './NotesConflictDialog';
import { NOTES_EXTENSIONS, notesFromEditor } from './notes-extensions';
import { NotesToolbar } from './NotesToolbar';

interface NotesEditorProps {
  itemId: string;
  /** The notes and revision as stored now (live). */
  notes: RichText | undefined;
  revision: number;
  /** "Notizen zu TOP 3" */
  label: string;
  readOnly: boolean;
}

interface Conflict {
  mine: RichText | undefined;
  theirs: StoredNotes;
}

/**
 * The discussion notes of one item, saved while typing. Saves start from the revision the editor
 * last loaded: when another window saved in between, the user sees both texts and chooses. Notes
 * saved elsewhere while this editor has nothing unsaved are loaded at once.
 */
export function NotesEditor({ itemId, notes, revision, label, readOnly }: NotesEditorProps) {
  const { t } = useTranslation();
  const contentId = useId();
  const baseRevision = useRef(revision);
  const [conflict, setConflict] = useState<Conflict>();
  const autosave = useAutosave(async (json: JSONContent | undefined) => {
    const doc = notesFromEditor(json);
    try {
      baseRevision.current = await agendaRepo.saveNotes(itemId, doc, baseRevision.current);
    } catch (error) {
      if (error instanceof ConflictError) setConflict({ mine: doc, theirs: error.stored as StoredNotes });
      throw error;
    }
  });
  const [initialNotes] = useState(notes);
  const editorProps = useMemo(
    () => ({
      attributes: {
        id: contentId,
        class: classes.content!,
        role: 'textbox',
        'aria-label': label,
        'aria-multiline': 'true',
        'aria-readonly': String(readOnly),
      },
    }),
    [contentId, label, readOnly],
  );
  const editor = useEditor({
    extensions: NOTES_EXTENSIONS,
    content: initialNotes ?? '',
    editable: !readOnly,
    editorProps,
    onUpdate: ({ editor: e }) => autosave.schedule(e.isEmpty ? undefined : e.getJSON()),
    onBlur: () => void autosave.flush(),
  });

  useEffect(() => editor.setEditable(!readOnly, false), [editor, readOnly]);

  // Saved in another window while nothing is waiting here (and no conflict is open): show it.
  const { hasUnsaved } = autosave;
  const conflicted = conflict !== undefined;
  useEffect(() => {
    if (revision <= baseRevision.current || hasUnsaved() || conflicted) return;
    baseRevision.current = revision;
    editor.commands.setContent(notes ?? '', { emitUpdate: false });
  }, [editor, notes, revision, hasUnsaved, conflicted]);

  const resolve = (choice: NotesChoice, doc: RichText | undefined) => {
    if (!conflict) return;
    baseRevision.current = conflict.theirs.revision;
    setConflict(undefined);
    editor.commands.setContent(doc ?? '', { emitUpdate: false });
    if (choice !== 'theirs') void autosave.saveNow(doc);
    editor.commands.focus();
  };

  return (
    <>
      <Box className={classes.frame} data-readonly={readOnly || undefined}>
        <Box className={classes.toolbar}>
          <NotesToolbar
            editor={editor}
            label={t('minutes.notes.toolbar', { label })}
            controls={contentId}
            disabled={readOnly}
          />
        </Box>
        <EditorContent editor={editor} />
      </Box>
      {!readOnly && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('minutes.notes.hint')}
        </Text>
      )}
      {conflict && <NotesConflictDialog mine={conflict.mine} theirs={conflict.theirs.notes} onChoose={resolve} />}
    </>
  );
}

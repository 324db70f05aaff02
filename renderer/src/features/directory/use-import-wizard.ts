import { useState } from 'react';
import {
  suggestMapping,
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
} from '../../../../shared/directory/import-fields';
import type { ImportDecision } from '../../../../shared/directory/import-plan';
import { validateImport, type ImportContext, type ImportPreview } from '../../../../shared/directory/validate-import';
import { importContext, importOrganisations, importPersons, type ImportCounts } from '../../db/repos';
import { readCsvFile, type LoadedCsv } from './import-wizard';

export type ImportStep = 'file' | 'mapping' | 'preview' | 'done';

export interface PreviewState {
  preview: ImportPreview;
  /** The stored directory the preview was checked against (names of duplicates). */
  context: ImportContext;
}

/**
 * The import wizard's state: file → column mapping → preview with decisions → saved counts.
 * Going back and changing an earlier step discards what depended on it; nothing is saved before
 * `runImport`, which saves all valid rows in one transaction (or nothing).
 */
export function useImportWizard(initialTarget: ImportTarget) {
  const [step, setStep] = useState<ImportStep>('file');
  const [target, setTargetState] = useState(initialTarget);
  const [loaded, setLoaded] = useState<LoadedCsv>();
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [checked, setChecked] = useState<PreviewState>();
  const [decisions, setDecisions] = useState<ReadonlyMap<number, ImportDecision>>(new Map());
  const [counts, setCounts] = useState<ImportCounts>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  /** Runs a step's work; a failure is shown in the wizard and changes nothing. */
  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const setTarget = (next: ImportTarget) => {
    setTargetState(next);
    if (loaded) setMapping(suggestMapping(loaded.csv.headers, next));
  };

  const chooseFile = (file: File | null) =>
    guarded(async () => {
      setLoaded(undefined);
      if (!file) return;
      const read = await readCsvFile(file);
      setLoaded(read);
      setMapping(suggestMapping(read.csv.headers, target));
    });

  const mapColumn = (column: number, field: ImportField | null) =>
    setMapping((current) => current.map((f, i) => (i === column ? field : f)));

  const checkRows = () =>
    guarded(async () => {
      if (!loaded) return;
      const context = await importContext();
      setChecked({ preview: validateImport(loaded.csv.rows, mapping, target, context), context });
      setDecisions(new Map());
      setStep('preview');
    });

  const decide = (rowNumber: number, decision: ImportDecision) =>
    setDecisions((current) => new Map(current).set(rowNumber, decision));

  /** One choice for every duplicate; "merge" only where a stored record is the duplicate. */
  const decideAllDuplicates = (decision: ImportDecision) => {
    if (!checked) return;
    const next = new Map<number, ImportDecision>();
    for (const row of checked.preview.rows) {
      if (row.status !== 'duplikat') continue;
      next.set(row.rowNumber, decision === 'merge' && row.duplicateOf?.in !== 'bestand' ? 'skip' : decision);
    }
    setDecisions(next);
  };

  const runImport = () =>
    guarded(async () => {
      if (!checked) return;
      const { preview } = checked;
      setCounts(
        preview.target === 'persons'
          ? await importPersons(preview, decisions)
          : await importOrganisations(preview, decisions),
      );
      setStep('done');
    });

  const restart = () => {
    setError(undefined);
    setLoaded(undefined);
    setChecked(undefined);
    setCounts(undefined);
    setStep('file');
  };

  const goTo = (next: ImportStep) => {
    setError(undefined);
    setStep(next);
  };

  return {
    step,
    goTo,
    target,
    setTarget,
    loaded,
    chooseFile,
    mapping,
    mapColumn,
    checked,
    checkRows,
    decisions,
    decide,
    decideAllDuplicates,
    runImport,
    counts,
    busy,
    error,
    restart,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;

import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/errors/query-error';
import { useImportFormats, type ImportDataSet, type ImportFormat } from '../api/list-import-formats';
import { useImportFile, type ImportMode, type ImportRun } from '../api/import-file';
import { dataSetLabel, fileSize, importFailureMessage } from '../utils/labels';
import { FormatColumns } from './format-columns';
import { ImportSummary } from './import-summary';
import { RowErrors } from './row-errors';

export const IMPORT_FIELD_IDS = { dataSet: 'data-set', file: 'file', mode: 'mode' } as const;

interface Choice {
  dataSet: ImportDataSet | '';
  file: File | null;
  mode: ImportMode;
}

/** Field errors before anything is sent. */
export function validateChoice(choice: Choice): Partial<Record<'dataSet' | 'file', string>> {
  const errors: Partial<Record<'dataSet' | 'file', string>> = {};
  if (!choice.dataSet) errors.dataSet = 'Select what the file holds';
  if (!choice.file) errors.file = 'Select a CSV file';
  else if (choice.file.size === 0) errors.file = 'The selected file is empty';
  else if (!/\.(csv|txt)$/i.test(choice.file.name) && choice.file.type !== 'text/csv')
    errors.file = 'The selected file must be a CSV file';
  return errors;
}

/** Whether a checked file can be imported: every row good, or the good rows when the user chose to import them. */
export function canConfirm(run: ImportRun): boolean {
  if (!run.dryRun) return false;
  if (run.outcome === 'accepted') return true;
  return run.outcome === 'accepted-valid-rows' && run.rowsRead > run.rejected;
}

/** Seconds since `running` became true, ticking while it stays true. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    setSeconds(0);
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return seconds;
}

/**
 * Choose the data set and the file, check it (a dry run: nothing written), read every bad row, then
 * import the same file. Changing any choice after a check means checking again.
 */
export function ImportUpload() {
  const formats = useImportFormats();
  if (formats.isError) return <QueryError error={formats.error} what="page" />;
  if (!formats.data) return <Loading label="Loading the file formats…" />;
  return <ImportUploadForm formats={formats.data} />;
}

function ImportUploadForm({ formats }: { formats: ImportFormat[] }) {
  const upload = useImportFile();
  const [choice, setChoice] = useState<Choice>({ dataSet: '', file: null, mode: 'all-or-nothing' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'dataSet' | 'file', string>>>({});
  const [checked, setChecked] = useState<ImportRun>();
  const [imported, setImported] = useState<ImportRun>();
  const [fileInputKey, setFileInputKey] = useState(0);
  const [pendingStep, setPendingStep] = useState<'check' | 'import'>();
  const elapsed = useElapsedSeconds(upload.isPending);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const format = formats.find((entry) => entry.dataSet === choice.dataSet);

  // The result replaces the busy message: focus moves to its heading so that it is read out next.
  useEffect(() => {
    if (checked || imported) resultHeading.current?.focus();
  }, [checked, imported]);

  function choose(next: Partial<Choice>) {
    setChoice((current) => ({ ...current, ...next }));
    setChecked(undefined);
    setImported(undefined);
    upload.reset();
  }

  function send(dryRun: boolean) {
    if (!choice.dataSet || !choice.file) return;
    setPendingStep(dryRun ? 'check' : 'import');
    upload.mutate(
      { dataSet: choice.dataSet, file: choice.file, mode: choice.mode, dryRun },
      {
        onSuccess: (run) => {
          if (run.dryRun) {
            setChecked(run);
          } else {
            setImported(run);
            setChecked(undefined);
            if (run.outcome !== 'rejected') {
              // the file has been imported: start again with a fresh choice of file
              setChoice((current) => ({ ...current, file: null }));
              setFileInputKey((key) => key + 1);
            }
          }
        },
      },
    );
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateChoice(choice);
    setFieldErrors(errors);
    setImported(undefined);
    if (Object.keys(errors).length) return;
    send(true);
  }

  const summaryItems: ErrorSummaryItem[] = [];
  if (fieldErrors.dataSet) summaryItems.push({ key: 'dataSet', text: fieldErrors.dataSet, href: `#${IMPORT_FIELD_IDS.dataSet}` });
  if (fieldErrors.file) summaryItems.push({ key: 'file', text: fieldErrors.file, href: `#${IMPORT_FIELD_IDS.file}` });
  if (upload.isError) {
    summaryItems.push({ key: 'failure', text: importFailureMessage(upload.error) });
    if (isApiError(upload.error)) {
      for (const [index, violation] of (upload.error.problem.violations ?? []).entries()) {
        summaryItems.push({ key: `violation-${index}`, text: `${violation.field}: ${violation.detail}` });
      }
    }
  }

  const busyText = upload.isPending && choice.file
    ? `${pendingStep === 'import' ? 'Importing' : 'Uploading and checking'} ${choice.file.name} (${fileSize(choice.file.size)}). A large file can take a minute or two.`
    : '';

  return (
    <>
      {summaryItems.length > 0 && <ErrorSummary key={summaryItems.map((item) => item.text).join('|')} items={summaryItems} />}
      <form onSubmit={check} noValidate aria-labelledby="upload-heading">
        <h2 className="wi-heading-m" id="upload-heading">
          Check and import a file
        </h2>
        <div className={fieldErrors.dataSet ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
          <label className="wi-label" htmlFor={IMPORT_FIELD_IDS.dataSet}>
            What the file holds
          </label>
          {fieldErrors.dataSet && (
            <p className="wi-error-message" id="data-set-error">
              <span className="wi-visually-hidden">Error:</span> {fieldErrors.dataSet}
            </p>
          )}
          <select
            className="wi-select"
            id={IMPORT_FIELD_IDS.dataSet}
            name="dataSet"
            value={choice.dataSet}
            aria-invalid={fieldErrors.dataSet ? true : undefined}
            aria-describedby={fieldErrors.dataSet ? 'data-set-error' : undefined}
            onChange={(event) => choose({ dataSet: event.target.value as ImportDataSet | '' })}
          >
            <option value="">Select a data set</option>
            {formats.map((entry) => (
              <option key={entry.dataSet} value={entry.dataSet}>
                {dataSetLabel(entry.dataSet)}
              </option>
            ))}
          </select>
        </div>
        {format && <FormatColumns format={format} />}
        <div className={fieldErrors.file ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
          <label className="wi-label" htmlFor={IMPORT_FIELD_IDS.file}>
            CSV file
          </label>
          <div className="wi-hint" id="file-hint">
            Saved as “CSV UTF-8”, with a header row. Imports run in the order workers, assignments, agency
            assignments, then the rest.
          </div>
          {fieldErrors.file && (
            <p className="wi-error-message" id="file-error">
              <span className="wi-visually-hidden">Error:</span> {fieldErrors.file}
            </p>
          )}
          <input
            key={fileInputKey}
            className="wi-file-upload"
            id={IMPORT_FIELD_IDS.file}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fieldErrors.file ? true : undefined}
            aria-describedby={fieldErrors.file ? 'file-hint file-error' : 'file-hint'}
            onChange={(event) => choose({ file: event.target.files?.[0] ?? null })}
          />
        </div>
        <fieldset className="wi-fieldset">
          <legend className="wi-label">When some rows are bad</legend>
          <div className="wi-radios">
            {(
              [
                ['all-or-nothing', 'Import nothing until every row is good'],
                ['valid-rows', 'Import the good rows and list the bad ones'],
              ] as const
            ).map(([value, text], index) => (
              <div className="wi-radios__item" key={value}>
                <input
                  className="wi-radios__input"
                  id={index === 0 ? IMPORT_FIELD_IDS.mode : `${IMPORT_FIELD_IDS.mode}-${value}`}
                  type="radio"
                  name="mode"
                  value={value}
                  checked={choice.mode === value}
                  onChange={() => choose({ mode: value })}
                />
                <label className="wi-radios__label" htmlFor={index === 0 ? IMPORT_FIELD_IDS.mode : `${IMPORT_FIELD_IDS.mode}-${value}`}>
                  {text}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="wi-button" disabled={upload.isPending}>
          Check the file
        </button>
      </form>

      <div aria-live="polite" className="wi-import-progress">
        {busyText && (
          <p>
            {busyText}
            <span aria-hidden="true"> {elapsed > 0 ? `${elapsed} s` : ''}</span>
          </p>
        )}
      </div>
      {upload.isPending && <progress className="wi-progress" aria-label="Sending and checking the file" />}

      {checked && <CheckResult run={checked} busy={upload.isPending} headingRef={resultHeading} onConfirm={() => send(false)} />}
      {imported && <ImportResult run={imported} headingRef={resultHeading} />}
    </>
  );
}

function CheckResult({
  run,
  busy,
  headingRef,
  onConfirm,
}: {
  run: ImportRun;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onConfirm: () => void;
}) {
  const problems = run.errorCount ?? run.errors?.length ?? 0;
  return (
    <section className="wi-section" aria-labelledby="check-heading">
      <h2 className="wi-heading-m" id="check-heading" ref={headingRef} tabIndex={-1}>
        Result of the check
      </h2>
      <p className="wi-inset">
        <strong>Nothing has been written.</strong>{' '}
        {run.outcome === 'rejected'
          ? `The file has ${run.rejected === 1 ? '1 bad row' : `${run.rejected} bad rows`}. Correct the file, select it again and check it.`
          : run.outcome === 'accepted-valid-rows'
            ? `The file has ${run.rejected === 1 ? '1 bad row' : `${run.rejected} bad rows`}. Importing it writes the good rows only.`
            : 'Every row is good. Import the file to write it.'}
      </p>
      <ImportSummary run={run} />
      {problems > 0 && <RowErrors importId={run.id} errorCount={problems} />}
      {canConfirm(run) && (
        <button type="button" className="wi-button" onClick={onConfirm} disabled={busy}>
          Import the file
        </button>
      )}
    </section>
  );
}

function ImportResult({ run, headingRef }: { run: ImportRun; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const problems = run.errorCount ?? run.errors?.length ?? 0;
  return (
    <section className="wi-section" aria-labelledby="import-heading">
      <h2 className="wi-heading-m" id="import-heading" ref={headingRef} tabIndex={-1}>
        {run.outcome === 'rejected' ? 'The file was not imported' : 'File imported'}
      </h2>
      <div className={run.outcome === 'rejected' ? 'wi-inset' : 'wi-notification'}>
        <p>
          {run.outcome === 'rejected'
            ? 'Nothing was written: the data changed since the check. Correct the file and check it again.'
            : `${run.created} created, ${run.updated} updated, ${run.unchanged} already up to date.`}
        </p>
      </div>
      <ImportSummary run={run} />
      {problems > 0 && <RowErrors importId={run.id} errorCount={problems} />}
      <p>
        <Link to={paths.importDetail.getHref(run.id)}>See the import record</Link>
      </p>
    </section>
  );
}

import { useState } from 'react';
import { problemMessage } from '@/components/errors/query-error';
import { isApiError } from '@/lib/api-client';
import { useDownloadExport, type ExportFormat, type ReportExport } from '../api/download-export';
import { formatBytes } from '../utils/download';

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)' };

/**
 * Buttons that download a report as CSV or XLSX, saying how much has arrived while a large file
 * downloads and what went wrong when it fails. Hidden when printing (the page is the report).
 */
export function DownloadButtons({ file, what }: { file: ReportExport; what: string }) {
  const [progress, setProgress] = useState<{ received: number; total?: number }>();
  const [format, setFormat] = useState<ExportFormat>();
  const download = useDownloadExport((received, total) => setProgress({ received, total }));

  function start(chosen: ExportFormat) {
    if (download.isPending) return;
    setFormat(chosen);
    setProgress({ received: 0 });
    download.mutate({ file, format: chosen });
  }

  const status = download.isPending
    ? `Downloading the ${what} as ${FORMAT_NAMES[format ?? 'csv']}: ${formatBytes(progress?.received ?? 0)}${
        progress?.total ? ` of ${formatBytes(progress.total)}` : ''
      } received…`
    : download.isSuccess
      ? `Downloaded ${download.data.fileName} (${formatBytes(download.data.size)}).`
      : '';
  const failure = download.isError
    ? isApiError(download.error) && download.error.status === 401
      ? 'Your session has ended. Sign in again, then download the file again.'
      : (problemMessage(download.error) ??
        `The ${what} could not be downloaded: ${isApiError(download.error) ? (download.error.detail ?? download.error.title) : ''}`)
    : undefined;

  return (
    <div className="wi-download wi-no-print">
      <h2 className="wi-heading-s">Download the {what}</h2>
      <div className="wi-button-group">
        {(['csv', 'xlsx'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className="wi-button wi-button--secondary"
            aria-disabled={download.isPending || undefined}
            onClick={() => start(choice)}
          >
            Download {FORMAT_NAMES[choice]} <span className="wi-visually-hidden">of the {what}</span>
          </button>
        ))}
      </div>
      {download.isPending && progress?.total ? (
        <progress className="wi-download__progress" max={progress.total} value={progress.received} aria-hidden="true" />
      ) : null}
      {/* a live region, not role="status": it stays on the page, where "status" would read as still loading */}
      <p className="wi-download__status" aria-live="polite">
        {status}
      </p>
      {failure && (
        <p className="wi-error-message" role="alert">
          <span className="wi-visually-hidden">Error:</span> {failure}
        </p>
      )}
    </div>
  );
}

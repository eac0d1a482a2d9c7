import { useMutation } from '@tanstack/react-query';
import { toApiError, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { fileNameFrom, readWithProgress, saveBlob } from '../utils/download';

export type ExportFormat = 'csv' | 'xlsx';

/** The report files the reports pages offer, each with the filters its operation takes. */
export type ReportExport =
  | { report: 'weekly-report'; nodeId: string; asAt?: string }
  | { report: 'monthly-report'; nodeId: string; month: string }
  | { report: 'dfe-return'; censusYear: number }
  | { report: 'dfe-return-workers'; censusYear: number };

/**
 * Starts one export through the typed client (so the bearer token goes with it) and leaves the
 * body unread, to be read chunk by chunk for progress.
 */
function request(client: ApiClient, file: ReportExport, format: ExportFormat) {
  const options = { parseAs: 'stream' as const };
  switch (file.report) {
    case 'weekly-report':
      return client.GET('/api/v1/exports/weekly-report', {
        ...options,
        params: { query: { nodeId: file.nodeId, format, ...(file.asAt ? { asAt: file.asAt } : {}) } },
      });
    case 'monthly-report':
      return client.GET('/api/v1/exports/monthly-report', {
        ...options,
        params: { query: { nodeId: file.nodeId, month: file.month, format } },
      });
    case 'dfe-return':
      return client.GET('/api/v1/exports/dfe-return', { ...options, params: { query: { censusYear: file.censusYear, format } } });
    case 'dfe-return-workers':
      return client.GET('/api/v1/exports/dfe-return-workers', {
        ...options,
        params: { query: { censusYear: file.censusYear, format } },
      });
  }
}

/**
 * Downloads a report file: the bytes received so far go to onProgress, and the file is saved
 * under the name the API gives in Content-Disposition.
 */
export function useDownloadExport(onProgress: (received: number, total?: number) => void) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ file, format }: { file: ReportExport; format: ExportFormat }) => {
      // a refusal's problem+json has been read by the client already; a file's body is left unread
      const { error, response } = await request(client, file, format);
      if (!response.ok) throw toApiError(error, response);
      const blob = await readWithProgress(response, onProgress);
      const fileName = fileNameFrom(response.headers.get('Content-Disposition'), `${file.report}.${format}`);
      saveBlob(blob, fileName);
      return { fileName, size: blob.size };
    },
  });
}

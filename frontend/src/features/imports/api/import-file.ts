import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiError } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type ImportRun = components['schemas']['ImportRun'];
export type ImportMode = components['schemas']['ImportMode'];
type ImportDataSet = components['schemas']['ImportDataSet'];

export interface ImportRequest {
  dataSet: ImportDataSet;
  file: File;
  mode: ImportMode;
  dryRun: boolean;
}

/**
 * POST /api/v1/imports with the file as the text/csv body. A rejected file (422) is an answer, not a
 * failure: it carries the import record with the bad rows, so it resolves like a 200 does. Other
 * errors (403, 413, 415, 429, network) reject with an ApiError or the fetch error.
 */
export function useImportFile() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ dataSet, file, mode, dryRun }: ImportRequest): Promise<ImportRun> => {
      const { data, error, response } = await client.POST('/api/v1/imports', {
        params: { query: { dataSet, dryRun, mode, fileName: file.name.slice(0, 255) } },
        // the File itself is the body: the browser streams it, nothing is read into memory here
        body: file as unknown as string,
        bodySerializer: (body) => body,
        headers: { 'Content-Type': 'text/csv' },
      });
      if (response.ok && data) return data;
      if (response.status === 422 && isImportRun(error)) return error;
      throw toApiError(error, response);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['imports'] }),
  });
}

function isImportRun(value: unknown): value is ImportRun {
  return typeof value === 'object' && value !== null && 'outcome' in value && 'rowsRead' in value;
}

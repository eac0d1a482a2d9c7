import { queryOptions, useQuery } from '@tanstack/react-query';
import { toApiError, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { Appraisal } from './list-appraisals';

export interface VersionedAppraisal {
  appraisal: Appraisal;
  /** The ETag to send back as If-Match when correcting the appraisal. */
  etag: string;
}

export function appraisalQueryOptions(client: ApiClient, appraisalId: string) {
  return queryOptions({
    queryKey: ['appraisal', appraisalId],
    queryFn: async (): Promise<VersionedAppraisal> => {
      const { data, error, response } = await client.GET('/api/v1/appraisals/{appraisalId}', {
        params: { path: { appraisalId } },
      });
      if (!response.ok || error !== undefined || !data) throw toApiError(error, response);
      return { appraisal: data, etag: response.headers.get('ETag') ?? '' };
    },
    staleTime: 0,
  });
}

/** GET /api/v1/appraisals/{appraisalId}: one appraisal and its ETag. */
export function useAppraisal(appraisalId: string) {
  const client = useApiClient();
  return useQuery(appraisalQueryOptions(client, appraisalId));
}

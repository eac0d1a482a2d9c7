import { queryOptions, useQuery } from '@tanstack/react-query';
import { toApiError, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { SupervisionSession } from './list-supervision-sessions';

export interface VersionedSession {
  session: SupervisionSession;
  /** The ETag to send back as If-Match when correcting the session. */
  etag: string;
}

export function supervisionSessionQueryOptions(client: ApiClient, sessionId: string) {
  return queryOptions({
    queryKey: ['supervision-session', sessionId],
    queryFn: async (): Promise<VersionedSession> => {
      const { data, error, response } = await client.GET('/api/v1/supervision-sessions/{sessionId}', {
        params: { path: { sessionId } },
      });
      if (!response.ok || error !== undefined || !data) throw toApiError(error, response);
      return { session: data, etag: response.headers.get('ETag') ?? '' };
    },
    // a correction must start from the version as it is now
    staleTime: 0,
  });
}

/** GET /api/v1/supervision-sessions/{sessionId}: one session and its ETag. */
export function useSupervisionSession(sessionId: string) {
  const client = useApiClient();
  return useQuery(supervisionSessionQueryOptions(client, sessionId));
}

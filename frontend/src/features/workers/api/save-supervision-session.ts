import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import type { components } from '@/api/schema';

export type SupervisionSessionInput = components['schemas']['SupervisionSessionInput'];

/**
 * POST /api/v1/supervision-sessions, or with a session id and its ETag
 * PUT /api/v1/supervision-sessions/{sessionId} with If-Match (a stale ETag is 412).
 */
export function useSaveSupervisionSession() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, sessionId, etag }: { input: SupervisionSessionInput; sessionId?: string; etag?: string }) =>
      sessionId
        ? unwrap(
            client.PUT('/api/v1/supervision-sessions/{sessionId}', {
              params: { path: { sessionId }, header: { 'If-Match': etag ?? '' } },
              body: input,
            }),
          )
        : unwrap(client.POST('/api/v1/supervision-sessions', { body: input })),
    // Dropped rather than marked stale: the worker page opened next shows the records as
    // loading and then with the change, never the list from before it next to "recorded".
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['supervision-sessions'] });
      queryClient.removeQueries({ queryKey: ['supervision-session'] });
      queryClient.removeQueries({ queryKey: ['supervision-session-history'] });
      queryClient.removeQueries({ queryKey: ['worker-compliance'] });
    },
  });
}

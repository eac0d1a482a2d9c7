import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState, type ReactNode } from 'react';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-context';
import { AuthProvider, createAuthSession } from '@/lib/auth';
import { createQueryClient } from '@/lib/query-client';

/** Everything the pages rely on: the API client, sign-in and the query cache. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [session] = useState(createAuthSession);
  const [client] = useState(() =>
    createApiClient({ baseUrl: window.location.origin, getAccessToken: session.getAccessToken }),
  );
  const [queryClient] = useState(createQueryClient);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={client}>
          <AuthProvider session={session} client={client}>
            {children}
          </AuthProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

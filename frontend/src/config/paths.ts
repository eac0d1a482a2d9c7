/** Every route of the app, with a builder for its links. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  team: {
    path: '/teams/:teamId',
    getHref: (teamId: string, asAt?: string) =>
      asAt ? `/teams/${encodeURIComponent(teamId)}?asAt=${encodeURIComponent(asAt)}` : `/teams/${encodeURIComponent(teamId)}`,
  },
  authCallback: {
    path: '/auth/callback',
  },
} as const;

import type { ReactNode } from 'react';
import { useAuth } from '@/lib/auth';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/errors/query-error';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { SignInFailed } from '@/features/auth/components/sign-in-failed';
import { useCurrentUser, type CurrentUser } from '@/features/auth/api/get-current-user';
import { useOrganisationTree, type OrganisationNode } from '@/features/organisation/api/get-organisation-tree';
import { accessibleNodeChoices, highestScopeNodeIds, type NodeChoice } from '@/features/organisation/utils/tree';

/** Shows the sign-in page until someone is signed in. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const auth = useAuth();
  if (auth.status === 'error') return <SignInFailed error={auth.error} />;
  if (auth.status !== 'signed-in') return <SignInPanel />;
  return <>{children}</>;
}

export interface Scope {
  user: CurrentUser;
  tree: OrganisationNode;
  /** The nodes the user may open, in tree order. */
  nodes: NodeChoice[];
  /** Where the user's pages start: the council, or the highest node they are responsible for. */
  homeNodeId: string;
}

/** The signed-in user with the nodes they may open, then the page; loading and failures in between. */
export function WithScope({ children }: { children: (scope: Scope) => ReactNode }) {
  const me = useCurrentUser();
  const tree = useOrganisationTree();
  if (me.isError) return <QueryError error={me.error} what="organisation" />;
  if (tree.isError) return <QueryError error={tree.error} what="organisation" />;
  if (me.isPending || tree.isPending) return <Loading label="Loading your details…" />;
  const nodes = accessibleNodeChoices(tree.data);
  const homeNodeId = me.data.allNodes ? tree.data.id : (highestScopeNodeIds(tree.data, me.data)[0] ?? nodes[0]?.id ?? tree.data.id);
  return <>{children({ user: me.data, tree: tree.data, nodes, homeNodeId })}</>;
}

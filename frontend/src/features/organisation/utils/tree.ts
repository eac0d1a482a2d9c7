import type { components } from '@/api/schema';

type OrganisationNode = components['schemas']['OrganisationNode'];
type CurrentUser = components['schemas']['CurrentUser'];

/** Visits every node with the chain of its ancestors' ids. */
function walk(
  node: OrganisationNode,
  visit: (node: OrganisationNode, ancestors: string[]) => void,
  ancestors: string[] = [],
) {
  visit(node, ancestors);
  for (const child of node.children) {
    walk(child, visit, [...ancestors, node.id]);
  }
}

export function findNode(root: OrganisationNode, id: string): OrganisationNode | undefined {
  let found: OrganisationNode | undefined;
  walk(root, (node) => {
    if (!found && node.id === id) found = node;
  });
  return found;
}

/**
 * The highest nodes the user may see: the council for someone who sees
 * everything, otherwise each node they are responsible for that is not
 * beneath another one of theirs. One caseload summary per node then covers
 * every team they can open.
 */
export function highestScopeNodeIds(root: OrganisationNode, user: CurrentUser): string[] {
  if (user.allNodes) return [root.id];
  // Normally the user's own nodes; failing those, whatever the tree says they may open.
  const scope = new Set(user.nodeIds);
  if (scope.size === 0) {
    walk(root, (node) => {
      if (node.accessible) scope.add(node.id);
    });
  }
  const highest: string[] = [];
  walk(root, (node, ancestors) => {
    if (scope.has(node.id) && !ancestors.some((id) => scope.has(id))) {
      highest.push(node.id);
    }
  });
  return highest;
}

/** The user's only team, when their whole scope is one team (a team manager). */
export function singleTeamInScope(root: OrganisationNode, user: CurrentUser): OrganisationNode | undefined {
  if (user.allNodes) return undefined;
  const highest = highestScopeNodeIds(root, user);
  if (highest.length !== 1) return undefined;
  const node = findNode(root, highest[0]);
  return node?.nodeType === 'team' ? node : undefined;
}

/** A node the user may open, with its depth (council 0), for choosing one in a list. */
export interface NodeChoice {
  id: string;
  name: string;
  nodeType: OrganisationNode['nodeType'];
  depth: number;
}

/** Every node the user may open, in tree order (each parent before its children). */
export function accessibleNodeChoices(root: OrganisationNode): NodeChoice[] {
  const choices: NodeChoice[] = [];
  walk(root, (node, ancestors) => {
    if (node.accessible) choices.push({ id: node.id, name: node.name, nodeType: node.nodeType, depth: ancestors.length });
  });
  return choices;
}

/** The nodes above a node, council first; empty when it is the council or is not in the tree. */
export function ancestorsOf(root: OrganisationNode, id: string): OrganisationNode[] {
  let chain: string[] | undefined;
  walk(root, (node, ancestors) => {
    if (!chain && node.id === id) chain = ancestors;
  });
  return (chain ?? []).map((ancestorId) => findNode(root, ancestorId)).filter((node): node is OrganisationNode => !!node);
}

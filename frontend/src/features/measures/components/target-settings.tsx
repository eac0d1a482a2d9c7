import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { QueryError } from '@/components/errors/query-error';
import { useMeasureDefinitions } from '@/hooks/use-measure-definitions';
import { useMeasureTargets } from '../api/get-measure-targets';
import { formatValue } from '../utils/format-measure';
import { NodeSelect, type NodeChoice } from './node-date-form';

/**
 * Every measure with the target in force at a node, where it comes from and a
 * link to change it (workforce leads only; the route checks the role).
 */
export function TargetSettings({
  nodes,
  nodeId,
  onNodeChange,
}: {
  nodes: NodeChoice[];
  /** Undefined: the council-wide targets. */
  nodeId?: string;
  onNodeChange: (nodeId: string | undefined) => void;
}) {
  const definitions = useMeasureDefinitions();
  const targets = useMeasureTargets(nodeId);
  const error = definitions.error ?? targets.error;
  if (error) return <QueryError error={error} what="part of the organisation" />;
  if (!definitions.data || !targets.data) return <Loading label="Loading the targets…" />;

  const council = nodes.find((node) => node.nodeType === 'council');
  const node = nodes.find((entry) => entry.id === nodeId) ?? council;
  const byMeasure = new Map(targets.data.map((target) => [target.measure, target]));
  const councilWide = !nodeId || nodeId === council?.id;
  return (
    <>
      <NodeSelect
        id="targets-node"
        label="Targets for"
        nodes={nodes}
        value={node?.id ?? ''}
        onChange={(id) => onNodeChange(id === council?.id ? undefined : id)}
      />
      <ScrollRegion label={`Targets for ${node?.name ?? 'the council'}`}>
        <table className="wi-table">
          <caption className="wi-table__caption">Targets for {node?.name ?? 'the council'}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="wi-numeric">
                Target
              </th>
              <th scope="col">Better when</th>
              <th scope="col" className="wi-numeric">
                Amber tolerance
              </th>
              <th scope="col">Set</th>
              <th scope="col">
                <span className="wi-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {definitions.data.map((definition) => {
              const target = byMeasure.get(definition.id);
              const source = !target
                ? 'No target'
                : !target.inherited
                  ? councilWide
                    ? 'Council-wide'
                    : 'Here'
                  : target.node
                    ? `From ${target.node.name}`
                    : 'Council-wide';
              return (
                <tr key={definition.id}>
                  <th scope="row">{definition.name}</th>
                  <td className="wi-numeric">{target ? formatValue(target.target, definition.unit) : '–'}</td>
                  <td>{target ? (target.direction === 'lower-is-better' ? 'Lower' : 'Higher') : ''}</td>
                  <td className="wi-numeric">{target ? formatValue(target.amberTolerance, definition.unit) : ''}</td>
                  <td>{source}</td>
                  <td>
                    <Link to={paths.targetEdit.getHref(definition.id, councilWide ? undefined : node?.id)}>
                      {target && !target.inherited ? 'Change' : 'Set'}{' '}
                      <span className="wi-visually-hidden">the target for {definition.name}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { isIsoDate } from '@/utils/format';

/** A council, service or team the user may open, with its depth in the tree (council 0). */
export interface NodeChoice {
  id: string;
  name: string;
  nodeType: 'council' | 'service' | 'team';
  depth: number;
}

const NODE_TYPE: Record<NodeChoice['nodeType'], string> = { council: 'council', service: 'service', team: 'team' };

/** An option's text: indented by depth (non-breaking spaces survive in a select), with its kind. */
export function nodeOptionText(node: NodeChoice): string {
  return `${'\u00a0\u00a0'.repeat(node.depth)}${node.name} (${NODE_TYPE[node.nodeType]})`;
}

export function NodeSelect({
  id,
  nodes,
  value,
  onChange,
  label = 'Council, service or team',
}: {
  id: string;
  nodes: NodeChoice[];
  value: string;
  onChange: (nodeId: string) => void;
  label?: string;
}) {
  return (
    <div className="wi-form-group">
      <label className="wi-label" htmlFor={id}>
        {label}
      </label>
      <select className="wi-select" id={id} name="nodeId" value={value} onChange={(event) => onChange(event.target.value)}>
        {nodes.map((node) => (
          <option key={node.id} value={node.id}>
            {nodeOptionText(node)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Chooses the node and the as-at date; nothing changes until "Show" is pressed. */
export function NodeDateForm({
  nodes,
  nodeId,
  asAt,
  onSubmit,
  dateLabel = 'As at',
}: {
  nodes: NodeChoice[];
  nodeId: string;
  asAt: string;
  onSubmit: (nodeId: string, asAt: string) => void;
  dateLabel?: string;
}) {
  const [node, setNode] = useState(nodeId);
  const [date, setDate] = useState(asAt);
  const [error, setError] = useState<string>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError('Enter a real date');
      document.getElementById('as-at')?.focus();
      return;
    }
    setError(undefined);
    onSubmit(node, date);
  }

  return (
    <form className="wi-filter-form" onSubmit={submit} noValidate>
      {nodes.length > 1 && <NodeSelect id="node" nodes={nodes} value={node} onChange={setNode} />}
      <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
        <label className="wi-label" htmlFor="as-at">
          {dateLabel}
        </label>
        {error && (
          <p className="wi-error-message" id="as-at-error">
            <span className="wi-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          className="wi-input"
          id="as-at"
          name="asAt"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-describedby={error ? 'as-at-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button type="submit" className="wi-button wi-button--secondary">
        Show
      </button>
    </form>
  );
}

import { useState, type FormEvent, type ReactNode } from 'react';

/** A council, service or team the user may open, with its depth in the tree (council 0). */
export interface ReportNode {
  id: string;
  name: string;
  nodeType: 'council' | 'service' | 'team';
  depth: number;
}

/** The node and one period field (a date, a month or a year); nothing changes until "Show" is pressed. */
export function ReportFilters({
  nodes,
  nodeId,
  period,
  periodField,
  validate,
  onSubmit,
}: {
  nodes?: ReportNode[];
  nodeId?: string;
  period: string;
  periodField: { id: string; label: string; hint?: string; type: 'date' | 'text'; width?: string };
  /** The error for a period that cannot be used, or undefined. */
  validate: (period: string) => string | undefined;
  onSubmit: (nodeId: string | undefined, period: string) => void;
}) {
  const [node, setNode] = useState(nodeId);
  const [value, setValue] = useState(period);
  const [error, setError] = useState<string>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = validate(value.trim());
    setError(problem);
    if (problem) {
      document.getElementById(periodField.id)?.focus();
      return;
    }
    onSubmit(node, value.trim());
  }

  const describedBy = [periodField.hint ? `${periodField.id}-hint` : '', error ? `${periodField.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  let hint: ReactNode = null;
  if (periodField.hint) {
    hint = (
      <div className="wi-hint" id={`${periodField.id}-hint`}>
        {periodField.hint}
      </div>
    );
  }
  return (
    <form className="wi-filter-form wi-no-print" onSubmit={submit} noValidate>
      {nodes && nodes.length > 1 && (
        <div className="wi-form-group">
          <label className="wi-label" htmlFor="report-node">
            Council, service or team
          </label>
          <select className="wi-select" id="report-node" value={node} onChange={(event) => setNode(event.target.value)}>
            {nodes.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {`${'\u00a0\u00a0'.repeat(choice.depth)}${choice.name} (${choice.nodeType})`}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
        <label className="wi-label" htmlFor={periodField.id}>
          {periodField.label}
        </label>
        {hint}
        {error && (
          <p className="wi-error-message" id={`${periodField.id}-error`}>
            <span className="wi-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          className={`wi-input${periodField.width ? ` wi-input--width-${periodField.width}` : ''}`}
          id={periodField.id}
          name={periodField.id}
          type={periodField.type}
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button type="submit" className="wi-button wi-button--secondary">
        Show
      </button>
    </form>
  );
}

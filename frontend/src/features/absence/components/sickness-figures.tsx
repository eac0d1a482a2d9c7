import { Loading } from '@/components/ui/loading';
import { Tag } from '@/components/ui/tag';
import { QueryError } from '@/components/errors/query-error';
import { useSicknessMeasures, SICKNESS_MEASURES } from '../api/get-sickness-measures';
import { useMeasureDefinitions } from '@/hooks/use-measure-definitions';
import { RAG_WORDS } from '@/utils/labels';
import { daysPerFte } from '../utils/labels';

/** Days lost per FTE in the 12 months to the date, in all and split short-term and long-term, each with its status in words. */
export function SicknessFigures({ nodeId, asAt }: { nodeId: string; asAt: string }) {
  const measures = useSicknessMeasures(nodeId, asAt);
  const definitions = useMeasureDefinitions();
  const error = measures.error ?? definitions.error;
  if (error) return <QueryError error={error} what="team" />;
  if (!measures.data || !definitions.data) return <Loading label="Loading the days lost…" />;
  return (
    <div className="wi-cards">
      {SICKNESS_MEASURES.map((id) => {
        const result = measures.data.measures.find((entry) => entry.measure === id);
        const definition = definitions.data.find((entry) => entry.id === id);
        const rag = RAG_WORDS[result?.rag ?? 'none'];
        return (
          <div className="wi-card" key={id}>
            <h3 className="wi-card__title wi-heading-s">{definition?.name ?? id}</h3>
            <p className="wi-heading-m">{daysPerFte(result?.value)}</p>
            <p>
              <Tag colour={rag.colour}>{result?.value === null || result?.value === undefined ? 'No value' : rag.text}</Tag>
              {result?.target && <span className="wi-secondary-text"> Target {result.target.target} days</span>}
            </p>
            {definition && <p className="wi-secondary-text">{definition.definition}</p>}
          </div>
        );
      })}
    </div>
  );
}

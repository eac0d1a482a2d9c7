import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { problemMessage } from '@/components/errors/query-error';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { formatDateTime } from '@/utils/format';
import {
  changeTypeText,
  channelText,
  describeChange,
  type HistoryField,
  type RecordChangePage,
} from '@/utils/record-changes';

/**
 * A record's history below its edit form: each change, newest first, with when, who, how and what changed
 * in words. A refusal (403) or any other failure is a message in the section, never the page failing: the
 * form above still works.
 */
export function RecordHistory({
  history,
  fields,
  what,
}: {
  history: UseQueryResult<RecordChangePage>;
  fields: HistoryField[];
  /** The record in a few words, for the caption: "supervision session". */
  what: string;
}) {
  return (
    <section className="wi-section" aria-labelledby="record-history-heading">
      <h2 className="wi-heading-m" id="record-history-heading">
        History of this {what}
      </h2>
      <HistoryBody history={history} fields={fields} what={what} />
    </section>
  );
}

function HistoryBody({ history, fields, what }: { history: UseQueryResult<RecordChangePage>; fields: HistoryField[]; what: string }) {
  if (history.isPending) return <Loading label="Loading the history…" />;
  if (history.isError) {
    const refused = isApiError(history.error) && history.error.status === 403;
    return (
      <p className="wi-inset">
        {refused
          ? `You do not have permission to see the history of this ${what}.`
          : `The history could not be loaded. ${problemMessage(history.error) ?? 'Try again later.'}`}
      </p>
    );
  }
  const { items, totalItems } = history.data;
  if (items.length === 0) return <p>No changes are recorded.</p>;
  const caption = `Changes to this ${what}, newest first`;
  return (
    <>
      {totalItems > items.length && (
        <p>
          The latest {items.length} of {totalItems} changes.
        </p>
      )}
      <ScrollRegion label={caption}>
        <table className="wi-table">
          <caption className="wi-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">How</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {items.map((change) => {
              const lines = describeChange(change, fields);
              return (
                <tr key={change.id}>
                  <td>{formatDateTime(change.changedAt)}</td>
                  <td>{change.changedBy}</td>
                  <td>{channelText(change)}</td>
                  <td>
                    <strong>{changeTypeText(change)}</strong>
                    {lines.length > 0 && (
                      <ul className="wi-list">
                        {lines.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    )}
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

import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError, problemItems } from '@/components/errors/query-error';
import { useBenchmarkComparators } from '../api/get-benchmark-comparators';
import { useLocalAuthorities, type LocalAuthority } from '../api/list-local-authorities';
import { useSetBenchmarkComparators } from '../api/set-benchmark-comparators';

/** Local authorities by region, regions and names in alphabetical order. */
export function byRegion(authorities: LocalAuthority[]): { region: string; authorities: LocalAuthority[] }[] {
  const groups = new Map<string, LocalAuthority[]>();
  for (const authority of authorities) {
    const region = authority.regionName ?? 'Other';
    groups.set(region, [...(groups.get(region) ?? []), authority]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([region, list]) => ({ region, authorities: [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) }));
}

/** Chooses the comparator councils (workforce leads): GOV.UK checkboxes, one group per region. */
export function ComparatorSettings() {
  const group = useBenchmarkComparators();
  const authorities = useLocalAuthorities();
  const error = group.error ?? authorities.error;
  if (error) return <QueryError error={error} what="comparator group" />;
  if (!group.data || !authorities.data) return <Loading label="Loading the local authorities…" />;
  return (
    <ComparatorForm
      authorities={authorities.data}
      initial={group.data.localAuthorities.map((authority) => authority.laCode)}
    />
  );
}

function ComparatorForm({ authorities, initial }: { authorities: LocalAuthority[]; initial: string[] }) {
  const save = useSetBenchmarkComparators();
  const [chosen, setChosen] = useState(() => new Set(initial));
  const [saved, setSaved] = useState(false);
  const groups = byRegion(authorities);
  const firstId = groups[0]?.authorities[0] ? `la-${groups[0].authorities[0].laCode}` : 'comparators';
  usePageTitle(save.isError ? 'Error: Comparator councils' : 'Comparator councils');

  function toggle(code: string, checked: boolean) {
    setSaved(false);
    setChosen((current) => {
      const next = new Set(current);
      if (checked) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    save.mutate([...chosen], { onSuccess: () => setSaved(true) });
  }

  return (
    <>
      <Link className="wi-back-link" to={paths.settings.getHref()}>
        Back to settings
      </Link>
      {save.isError && <ErrorSummary items={problemItems(save.error, { laCodes: firstId }, { laCodes: 'Comparator councils' })} />}
      {saved && (
        <div className="wi-notification" role="status">
          <p>The comparator group has been saved: {chosen.size} {chosen.size === 1 ? 'council' : 'councils'}.</p>
        </div>
      )}
      <h1 className="wi-heading-l">
        <span className="wi-caption">Settings</span> Comparator councils
      </h1>
      <p>Choose the councils to show beside yours on the benchmarks page. {chosen.size} chosen.</p>
      <form onSubmit={submit} noValidate>
        {groups.map((group) => (
          <fieldset className="wi-fieldset wi-section" key={group.region}>
            <legend className="wi-heading-s">
              {group.region}
            </legend>
            <div className="wi-checkboxes">
              {group.authorities.map((authority) => (
                <div className="wi-checkboxes__item" key={authority.laCode}>
                  <input
                    className="wi-checkboxes__input"
                    type="checkbox"
                    id={`la-${authority.laCode}`}
                    name="laCodes"
                    value={authority.laCode}
                    checked={chosen.has(authority.laCode)}
                    onChange={(event) => toggle(authority.laCode, event.target.checked)}
                  />
                  <label className="wi-checkboxes__label" htmlFor={`la-${authority.laCode}`}>
                    {authority.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" className="wi-button" aria-disabled={save.isPending || undefined}>
          Save comparator councils
        </button>
      </form>
    </>
  );
}

import { useAuth } from '@/lib/auth';
import { canChangeSettings, canImport, canSeeAgencyWorkers, canSeeHealthDetail, canSeeMeasures, startsOnOverview } from '@/lib/roles';
import { paths } from '@/config/paths';
import type { NavigationItem } from '@/components/layout/header';
import { useCurrentUser } from '@/features/auth/api/get-current-user';

/** The pages a user's roles let them see; nothing they would be refused. */
export function navigationFor(roles: readonly string[]): NavigationItem[] {
  if (!canSeeMeasures(roles)) return [];
  const overviewHome = startsOnOverview(roles);
  const items: NavigationItem[] = [
    { href: overviewHome ? paths.home.getHref() : paths.overview.getHref(), text: 'Overview', match: overviewHome ? ['/', '/overview', '/measures'] : ['/overview', '/measures'] },
    { href: overviewHome ? paths.caseloads.getHref() : paths.home.getHref(), text: 'Caseloads', match: overviewHome ? ['/caseloads', '/teams'] : ['/', '/caseloads', '/teams'] },
    { href: paths.trends.getHref(), text: 'Trends', match: ['/trends'] },
    { href: paths.benchmarks.getHref(), text: 'Benchmarks', match: ['/benchmarks'] },
  ];
  // --- navigation: agency, absence and imports pages ---
  if (canSeeAgencyWorkers(roles)) items.push({ href: paths.agency.getHref(), text: 'Agency', match: ['/agency'] });
  if (canSeeHealthDetail(roles)) items.push({ href: paths.absence.getHref(), text: 'Absence', match: ['/absence'] });
  if (canImport(roles)) items.push({ href: paths.imports.getHref(), text: 'Imports', match: ['/imports'] });
  // --- navigation: reports and settings pages ---
  // the reports are aggregates, for every role that reads measures (canSeeReports), so everyone who got this far
  items.push({ href: paths.reports.getHref(), text: 'Reports', match: ['/reports'] });
  if (canChangeSettings(roles)) items.push({ href: paths.settings.getHref(), text: 'Settings', match: ['/settings'] });
  return items;
}

export function useNavigation(): NavigationItem[] {
  const auth = useAuth();
  const me = useCurrentUser(auth.status === 'signed-in');
  return me.data ? navigationFor(me.data.roles) : [];
}

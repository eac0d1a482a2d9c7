/** What each role may see in the app; the API enforces the same rules, this only hides what would be refused. */
const MEASURE_ROLES = ['workforce-lead', 'senior-manager', 'team-manager', 'machine-read'];

export function canSeeMeasures(roles: readonly string[]): boolean {
  return roles.some((role) => MEASURE_ROLES.includes(role));
}

/** Workforce leads and senior managers start on the overview; others on their caseloads. */
export function startsOnOverview(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead') || roles.includes('senior-manager');
}

/** Only workforce leads change targets and the comparator group. */
export function canChangeSettings(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead');
}

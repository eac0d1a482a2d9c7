/**
 * What each role may see in the app (docs/access-rules.md); the API enforces the
 * same rules, this only hides what it would refuse.
 */
const AGGREGATE_ROLES = ['workforce-lead', 'senior-manager', 'team-manager', 'hr-absence-officer', 'viewer', 'machine-read'];

/** Roles that may see people behind a figure: every aggregate role but viewer. */
const PERSON_ROLES = AGGREGATE_ROLES.filter((role) => role !== 'viewer');

/** Measures, trends, benchmarks and caseload totals: aggregates, no person. */
export function canSeeMeasures(roles: readonly string[]): boolean {
  return roles.some((role) => AGGREGATE_ROLES.includes(role));
}

/** The workers behind a figure are person-level data. */
export function canSeeWorkers(roles: readonly string[]): boolean {
  return roles.some((role) => PERSON_ROLES.includes(role));
}

/** Workforce leads and senior managers start on the overview; others on their caseloads. */
export function startsOnOverview(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead') || roles.includes('senior-manager');
}

/** Only workforce leads change targets and the comparator group. */
export function canChangeSettings(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead');
}

/** The weekly and monthly reports and their files: aggregates, for every role that reads measures. */
export function canSeeReports(roles: readonly string[]): boolean {
  return canSeeMeasures(roles);
}

/** Commentary on the monthly report is the workforce lead's to write; others read it. */
export function canWriteCommentary(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead');
}

/** The DfE census return is the council's submission, prepared by the workforce lead. */
export function canSeeDfeReturn(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead');
}

/** Imports of data files: the workforce lead (OperationRules IMPORTERS; machine clients do not use the app). */
export function canImport(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead');
}

/** Agency workers are person-level records of the managers' teams (never the viewer or the HR absence officer). */
export function canSeeAgencyWorkers(roles: readonly string[]): boolean {
  return ['workforce-lead', 'senior-manager', 'team-manager'].some((role) => roles.includes(role));
}

/** Agency charges and costs are commercial detail: workforce leads and senior managers only. */
export function canSeeAgencyCharges(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead') || roles.includes('senior-manager');
}

/** Health detail (sickness reasons, Bradford factors): workforce leads and HR absence officers only. */
export function canSeeHealthDetail(roles: readonly string[]): boolean {
  return roles.includes('workforce-lead') || roles.includes('hr-absence-officer');
}

/**
 * The history of a person's kept record (supervision sessions, appraisals): whoever may read the record
 * (OperationRules PEOPLE_AND_MACHINE_WRITE; machine clients do not use the app).
 */
export function canSeeRecordHistory(roles: readonly string[]): boolean {
  return ['workforce-lead', 'senior-manager', 'team-manager'].some((role) => roles.includes(role));
}

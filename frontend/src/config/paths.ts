/** A query string from the values that are set, in the order given ('' when none are). */
function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface TrendsQuery {
  nodeId?: string;
  measure?: string;
  granularity?: string;
  from?: string;
  to?: string;
}

/** Every route of the app, with a builder for its links. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  team: {
    path: '/teams/:teamId',
    getHref: (teamId: string, asAt?: string) => `/teams/${encodeURIComponent(teamId)}${query({ asAt })}`,
  },
  caseloads: {
    path: '/caseloads',
    getHref: (asAt?: string) => `/caseloads${query({ asAt })}`,
  },
  overview: {
    path: '/overview',
    getHref: (nodeId?: string, asAt?: string) => `/overview${query({ nodeId, asAt })}`,
  },
  measure: {
    path: '/measures/:measureId',
    getHref: (measureId: string, nodeId?: string, asAt?: string, page?: number) =>
      `/measures/${encodeURIComponent(measureId)}${query({ nodeId, asAt, page: page ? page + 1 : undefined })}`,
  },
  trends: {
    path: '/trends',
    getHref: (values: TrendsQuery = {}) =>
      `/trends${query({ measure: values.measure, nodeId: values.nodeId, granularity: values.granularity, from: values.from, to: values.to })}`,
  },
  benchmarks: {
    path: '/benchmarks',
    getHref: (year?: number) => `/benchmarks${query({ year })}`,
  },
  settings: {
    path: '/settings',
    getHref: (nodeId?: string) => `/settings${query({ nodeId })}`,
  },
  targetEdit: {
    path: '/settings/targets/:measureId',
    getHref: (measureId: string, nodeId?: string) =>
      `/settings/targets/${encodeURIComponent(measureId)}${query({ nodeId })}`,
  },
  comparators: {
    path: '/settings/comparators',
    getHref: () => '/settings/comparators',
  },
  // --- paths: team and worker pages ---
  worker: {
    path: '/workers/:workerId',
    getHref: (workerId: string, recorded?: string) => `/workers/${encodeURIComponent(workerId)}${query({ recorded })}`,
  },
  recordSupervision: {
    path: '/workers/:workerId/supervisions/new',
    getHref: (workerId: string) => `/workers/${encodeURIComponent(workerId)}/supervisions/new`,
  },
  correctSupervision: {
    path: '/workers/:workerId/supervisions/:sessionId',
    getHref: (workerId: string, sessionId: string) =>
      `/workers/${encodeURIComponent(workerId)}/supervisions/${encodeURIComponent(sessionId)}`,
  },
  recordAppraisal: {
    path: '/workers/:workerId/appraisals/new',
    getHref: (workerId: string) => `/workers/${encodeURIComponent(workerId)}/appraisals/new`,
  },
  correctAppraisal: {
    path: '/workers/:workerId/appraisals/:appraisalId',
    getHref: (workerId: string, appraisalId: string) =>
      `/workers/${encodeURIComponent(workerId)}/appraisals/${encodeURIComponent(appraisalId)}`,
  },
  // --- paths: agency, absence and imports pages ---
  imports: {
    path: '/imports',
    getHref: (page?: number) => `/imports${query({ page: page ? page + 1 : undefined })}`,
  },
  importDetail: {
    path: '/imports/:importId',
    getHref: (importId: string, page?: number) =>
      `/imports/${encodeURIComponent(importId)}${query({ page: page ? page + 1 : undefined })}`,
  },
  agency: {
    path: '/agency',
    getHref: (nodeId?: string, asAt?: string, page?: number) =>
      `/agency${query({ nodeId, asAt, page: page ? page + 1 : undefined })}`,
  },
  agencyAssignment: {
    path: '/agency/assignments/:assignmentId',
    getHref: (assignmentId: string) => `/agency/assignments/${encodeURIComponent(assignmentId)}`,
  },
  absence: {
    path: '/absence',
    getHref: (nodeId?: string, asAt?: string, page?: number) =>
      `/absence${query({ nodeId, asAt, page: page ? page + 1 : undefined })}`,
  },
  // --- paths: reports and settings pages ---
  reports: {
    path: '/reports',
    getHref: () => '/reports',
  },
  weeklyReport: {
    path: '/reports/weekly',
    getHref: (nodeId?: string, asAt?: string) => `/reports/weekly${query({ nodeId, asAt })}`,
  },
  monthlyReport: {
    path: '/reports/monthly',
    getHref: (nodeId?: string, month?: string) => `/reports/monthly${query({ nodeId, month })}`,
  },
  dfeReturn: {
    path: '/reports/dfe-return',
    getHref: (censusYear?: number, page?: number) =>
      `/reports/dfe-return${query({ censusYear, page: page ? page + 1 : undefined })}`,
  },
  caseloadThresholds: {
    path: '/settings/caseload-thresholds',
    getHref: () => '/settings/caseload-thresholds',
  },
  caseloadThresholdEdit: {
    path: '/settings/caseload-thresholds/:key',
    getHref: (key: string) => `/settings/caseload-thresholds/${encodeURIComponent(key)}`,
  },
  measureSettings: {
    path: '/settings/measure-settings',
    getHref: () => '/settings/measure-settings',
  },
  measureSettingEdit: {
    path: '/settings/measure-settings/:key',
    getHref: (key: string) => `/settings/measure-settings/${encodeURIComponent(key)}`,
  },
  supervisionPolicy: {
    path: '/settings/supervision-policy',
    getHref: () => '/settings/supervision-policy',
  },
  supervisionPolicyEdit: {
    path: '/settings/supervision-policy/:key',
    getHref: (key: string) => `/settings/supervision-policy/${encodeURIComponent(key)}`,
  },
  caseWeights: {
    path: '/settings/case-weights',
    getHref: () => '/settings/case-weights',
  },
  caseWeightEdit: {
    path: '/settings/case-weights/:key',
    getHref: (key: string) => `/settings/case-weights/${encodeURIComponent(key)}`,
  },
  authCallback: {
    path: '/auth/callback',
  },
} as const;

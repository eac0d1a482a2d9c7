import type { components } from '@/api/schema';
import { ids } from './fixtures';

type Schemas = components['schemas'];

export const definitions: Schemas['MeasureDefinition'][] = [
  { id: 'agencyRate', name: 'Agency rate', unit: 'percent', kind: 'stock', dfe: true, defaultDirection: 'lower-is-better', definition: 'Agency social workers as a share of all social workers (FTE).' },
  { id: 'inPostFte', name: 'Social workers in post', unit: 'fte', kind: 'stock', dfe: true, defaultDirection: 'higher-is-better', definition: 'Social workers in post on the date (FTE).' },
  { id: 'supervisionCompliance', name: 'Supervision compliance', unit: 'percent', kind: 'stock', dfe: false, defaultDirection: 'higher-is-better', definition: 'Workers supervised within their required interval.' },
  { id: 'workersOverThreshold', name: 'Workers over threshold', unit: 'count', kind: 'stock', dfe: false, defaultDirection: 'lower-is-better', definition: 'Case holders whose caseload is above their threshold.' },
];

const agencyTarget: Schemas['TargetSummary'] = { target: 15, direction: 'lower-is-better', amberTolerance: 2 };
const supervisionTarget: Schemas['TargetSummary'] = { target: 90, direction: 'higher-is-better', amberTolerance: 5 };

const council = { id: ids.council, name: 'Northbridge City Council', nodeType: 'council' as const };

/** The council's measures as at a date; agency rate falls by 0.5 a month towards the date. */
export function nodeMeasures(asAt: string, monthsBefore = 0): Schemas['NodeMeasures'] {
  return {
    node: council,
    asAt,
    periodStart: '2025-11-24',
    measures: [
      { measure: 'agencyRate', value: 18.2 + monthsBefore * 0.5, rag: 'red', target: agencyTarget },
      { measure: 'inPostFte', value: 120.4, rag: 'none' },
      { measure: 'supervisionCompliance', value: 88, rag: 'amber', target: supervisionTarget },
      { measure: 'workersOverThreshold', value: null, rag: 'none' },
    ],
  };
}

export function childMeasures(): Schemas['ChildMeasures'] {
  return {
    node: council,
    asAt: '2026-11-23',
    periodStart: '2025-11-24',
    measures: [{ measure: 'agencyRate', value: 18.2, rag: 'red', target: agencyTarget }],
    children: [
      { node: { id: ids.serviceAssessment, name: 'Assessment and Intervention', nodeType: 'service' }, measures: [{ measure: 'agencyRate', value: 12.5, rag: 'green', target: agencyTarget }] },
      { node: { id: ids.serviceProtection, name: 'Child Protection and Family Support', nodeType: 'service' }, measures: [{ measure: 'agencyRate', value: 24, rag: 'red', target: agencyTarget }] },
      { node: { id: ids.teamEast, name: 'Business Support Hub', nodeType: 'team' }, measures: [{ measure: 'agencyRate', value: null, rag: 'none', target: agencyTarget }] },
    ],
  };
}

export function explanation(page = 0, totalItems = 2): Schemas['MeasureExplanationPage'] {
  return {
    node: council,
    measure: 'supervisionCompliance',
    asAt: '2026-11-23',
    periodStart: '2025-11-24',
    page,
    size: 50,
    totalItems,
    items: [
      {
        worker: { id: '10000000-0000-4000-8000-000000000001', givenName: 'Sam', familyName: 'Okafor' },
        node: { id: ids.teamNorth, name: 'Assessment and Intervention North', nodeType: 'team' },
        role: 'social-worker',
        lastSupervisionDate: '2026-09-01',
        requiredIntervalDays: 28,
        dueDate: '2026-09-29',
        daysOverdue: 55,
      },
      {
        worker: { id: '10000000-0000-4000-8000-000000000002', givenName: 'Jo', familyName: 'Patel' },
        node: { id: ids.teamEast, name: 'Child Protection East', nodeType: 'team' },
        role: 'senior-practitioner',
        requiredIntervalDays: 42,
        dueDate: '2026-11-22',
        daysOverdue: 1,
      },
    ],
  };
}

export function series(granularity: Schemas['Granularity'] = 'month'): Schemas['MeasureSeries'] {
  return {
    node: council,
    measure: 'agencyRate',
    granularity,
    from: '2026-08-01',
    to: '2026-11-23',
    target: agencyTarget,
    points: [
      { periodStart: '2026-08-01', asAt: '2026-08-31', partial: false, value: 20.1, rag: 'red' },
      { periodStart: '2026-09-01', asAt: '2026-09-30', partial: false, value: null, rag: 'none' },
      { periodStart: '2026-10-01', asAt: '2026-10-31', partial: false, value: 16.4, rag: 'amber' },
      { periodStart: '2026-11-01', asAt: '2026-11-23', partial: true, value: 14.9, rag: 'green' },
    ],
  };
}

export function targets(): Schemas['MeasureTarget'][] {
  return [
    { measure: 'agencyRate', target: 15, direction: 'lower-is-better', amberTolerance: 2, inherited: false, node: council },
    { measure: 'supervisionCompliance', target: 90, direction: 'higher-is-better', amberTolerance: 5, inherited: false, node: council },
  ];
}

function indicators(scale: number): Schemas['DfeIndicators'] {
  return { inPostFte: 120.4 * scale, inPostHeadcount: 131, turnoverRate: 15.2, agencyRate: 18.2 * scale, vacancyRate: null, averageCaseload: 17.8, absenceRate: 2.9 };
}

export function benchmarkReport(): Schemas['BenchmarkReport'] {
  return {
    censusYear: 2025,
    asAt: '2025-09-30',
    council: { level: 'council', code: 'E08000099', name: 'Northbridge City Council', indicators: indicators(1) },
    councilPublished: { level: 'local-authority', code: 'E08000099', name: 'Northbridge', indicators: indicators(1.01) },
    england: { level: 'england', name: 'England', indicators: indicators(100) },
    region: { level: 'region', code: 'E12000005', name: 'West Midlands', indicators: indicators(10) },
    comparators: [{ level: 'local-authority', code: 'E10000034', name: 'Worcestershire', indicators: indicators(2) }],
    attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
  };
}

export const localAuthorities: Schemas['LocalAuthority'][] = [
  { laCode: 'E10000034', name: 'Worcestershire', regionName: 'West Midlands' },
  { laCode: 'E08000025', name: 'Birmingham', regionName: 'West Midlands' },
  { laCode: 'E09000001', name: 'City of London', regionName: 'London' },
];

import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export const ids = {
  council: '00000000-0000-4000-8000-000000000001',
  serviceAssessment: '00000000-0000-4000-8000-000000000010',
  serviceProtection: '00000000-0000-4000-8000-000000000020',
  teamNorth: '00000000-0000-4000-8000-000000000101',
  teamSouth: '00000000-0000-4000-8000-000000000102',
  teamEast: '00000000-0000-4000-8000-000000000201',
};

export function organisationTree(accessible: { north: boolean; south: boolean; east: boolean }): Schemas['OrganisationNode'] {
  const all = accessible.north && accessible.south && accessible.east;
  return {
    id: ids.council,
    nodeType: 'council',
    name: 'Northbridge City Council',
    laCode: 'E08000099',
    accessible: all,
    children: [
      {
        id: ids.serviceAssessment,
        nodeType: 'service',
        name: 'Assessment and Intervention',
        accessible: accessible.north && accessible.south,
        children: [
          {
            id: ids.teamNorth,
            nodeType: 'team',
            name: 'Assessment and Intervention North',
            teamType: 'assessment-and-intervention',
            locality: 'North',
            accessible: accessible.north,
            children: [],
          },
          {
            id: ids.teamSouth,
            nodeType: 'team',
            name: 'Assessment and Intervention South',
            teamType: 'assessment-and-intervention',
            locality: 'South',
            accessible: accessible.south,
            children: [],
          },
        ],
      },
      {
        id: ids.serviceProtection,
        nodeType: 'service',
        name: 'Child Protection and Family Support',
        accessible: accessible.east,
        children: [
          {
            id: ids.teamEast,
            nodeType: 'team',
            name: 'Child Protection East',
            teamType: 'child-protection-and-family-support',
            locality: 'East',
            accessible: accessible.east,
            children: [],
          },
        ],
      },
    ],
  };
}

export const managerUser: Schemas['CurrentUser'] = {
  username: 'manager1',
  displayName: 'Amira Khan',
  roles: ['team-manager'],
  allNodes: false,
  nodeIds: [ids.teamNorth],
};

export const leadUser: Schemas['CurrentUser'] = {
  username: 'lead',
  displayName: 'Priya Shah',
  roles: ['workforce-lead'],
  allNodes: true,
  nodeIds: [],
};

export function figures(overrides: Partial<Schemas['CaseloadFigures']> = {}): Schemas['CaseloadFigures'] {
  return {
    workersInPost: 9,
    cases: 120,
    caseHolders: 7,
    caseHoldersFte: 6.6,
    averageCaseload: 18.2,
    workersOverThreshold: 2,
    percentOverThreshold: 28.6,
    asyeWorkers: 1,
    asyeOverThreshold: 1,
    asyeCaseloadThreshold: 12,
    unallocatedCases: 4,
    ...overrides,
  };
}

function ref(id: string, name: string, nodeType: Schemas['NodeType']): Schemas['OrganisationNodeRef'] {
  return { id, name, nodeType };
}

export function teamSummary(asAt = '2026-11-23'): Schemas['CaseloadSummaryReport'] {
  return {
    node: ref(ids.teamNorth, 'Assessment and Intervention North', 'team'),
    asAt,
    total: figures(),
    teams: [
      {
        team: ref(ids.teamNorth, 'Assessment and Intervention North', 'team'),
        teamType: 'assessment-and-intervention',
        figures: figures(),
      },
    ],
  };
}

export function councilSummary(asAt = '2026-11-23'): Schemas['CaseloadSummaryReport'] {
  return {
    node: ref(ids.council, 'Northbridge City Council', 'council'),
    asAt,
    total: figures({ averageCaseload: 16.4, workersOverThreshold: 5, unallocatedCases: 11 }),
    teams: [
      { team: ref(ids.teamNorth, 'Assessment and Intervention North', 'team'), figures: figures() },
      {
        team: ref(ids.teamSouth, 'Assessment and Intervention South', 'team'),
        figures: figures({ averageCaseload: 15.5, workersOverThreshold: 0 }),
      },
      {
        team: ref(ids.teamEast, 'Child Protection East', 'team'),
        figures: figures({ averageCaseload: null, workersOverThreshold: 0, caseHolders: 0 }),
      },
    ],
  };
}

const north = ref(ids.teamNorth, 'Assessment and Intervention North', 'team');

export function workerCaseloads(): Schemas['WorkerCaseloadPage'] {
  return {
    page: 0,
    size: 200,
    totalItems: 3,
    items: [
      {
        worker: { id: '10000000-0000-4000-8000-000000000001', givenName: 'Sam', familyName: 'Okafor' },
        team: north,
        role: 'social-worker',
        employmentType: 'permanent',
        fte: 1,
        asye: false,
        snapshotDate: '2026-11-23',
        cases: 24,
        casesPerFte: 24,
        caseloadThreshold: 20,
        status: 'over-threshold',
      },
      {
        worker: { id: '10000000-0000-4000-8000-000000000002', givenName: 'Jo', familyName: 'Patel' },
        team: north,
        role: 'social-worker',
        employmentType: 'agency',
        fte: 0.8,
        asye: true,
        snapshotDate: '2026-11-23',
        cases: 10,
        casesPerFte: 12.5,
        caseloadThreshold: 12,
        status: 'within-threshold',
      },
      {
        worker: { id: '10000000-0000-4000-8000-000000000003', givenName: 'Alex', familyName: 'Reid' },
        team: north,
        role: 'senior-practitioner',
        employmentType: 'permanent',
        fte: 1,
        asye: false,
        caseloadThreshold: 15,
        status: 'not-recorded',
      },
    ],
  };
}

export function problem(status: number, title: string, detail?: string): Schemas['Problem'] {
  return { type: 'about:blank', status, title, detail };
}

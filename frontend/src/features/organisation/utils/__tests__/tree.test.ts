import { describe, expect, it } from 'vitest';
import { highestScopeNodeIds, singleTeamInScope } from '@/features/organisation/utils/tree';
import { ids, leadUser, managerUser, organisationTree } from '@/testing/fixtures';

describe('highestScopeNodeIds', () => {
  const tree = organisationTree({ north: true, south: true, east: false });

  it('is the council for someone who sees everything', () => {
    expect(highestScopeNodeIds(tree, leadUser)).toEqual([ids.council]);
  });

  it("drops nodes beneath another of the user's nodes", () => {
    const senior = { ...managerUser, nodeIds: [ids.teamNorth, ids.serviceAssessment] };
    expect(highestScopeNodeIds(tree, senior)).toEqual([ids.serviceAssessment]);
  });

  it('keeps separate teams apart', () => {
    const twoTeams = { ...managerUser, nodeIds: [ids.teamEast, ids.teamNorth] };
    expect(highestScopeNodeIds(tree, twoTeams)).toEqual([ids.teamNorth, ids.teamEast]);
  });

  it('falls back on the accessible flags when the user has no nodes listed', () => {
    const onlyFlags = { ...managerUser, nodeIds: [] };
    expect(highestScopeNodeIds(tree, onlyFlags)).toEqual([ids.serviceAssessment]);
  });
});

describe('singleTeamInScope', () => {
  const tree = organisationTree({ north: true, south: false, east: false });

  it("is the team manager's team", () => {
    expect(singleTeamInScope(tree, managerUser)?.name).toBe('Assessment and Intervention North');
  });

  it('is nothing for a lead or a senior manager', () => {
    expect(singleTeamInScope(tree, leadUser)).toBeUndefined();
    expect(singleTeamInScope(tree, { ...managerUser, nodeIds: [ids.serviceAssessment] })).toBeUndefined();
  });
});

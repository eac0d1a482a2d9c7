import type { components } from '@/api/schema';
import type { TagColour } from '@/components/ui/tag';

type RoleCode = components['schemas']['RoleCode'];
type EmploymentType = components['schemas']['EmploymentType'];
type CaseloadStatus = components['schemas']['CaseloadStatus'];

const ROLE_NAMES: Record<RoleCode, string> = {
  'social-worker': 'Social worker',
  'senior-practitioner': 'Senior practitioner',
  'advanced-practitioner': 'Advanced practitioner',
  'team-manager': 'Team manager',
  'service-manager': 'Service manager',
  'head-of-service': 'Head of service',
  'principal-social-worker': 'Principal social worker',
  'independent-reviewing-officer': 'Independent reviewing officer',
  'child-protection-chair': 'Child protection chair',
  'family-support-worker': 'Family support worker',
  'business-support': 'Business support',
};

const EMPLOYMENT_TYPES: Record<EmploymentType, string> = {
  permanent: 'Permanent',
  'fixed-term': 'Fixed term',
  agency: 'Agency',
};

export function roleName(code: RoleCode): string {
  return ROLE_NAMES[code] ?? code;
}

export function employmentTypeName(type: EmploymentType): string {
  return EMPLOYMENT_TYPES[type] ?? type;
}

/** Status as words and a matching tag colour: the words always carry the meaning. */
export const STATUS: Record<CaseloadStatus, { text: string; colour: TagColour }> = {
  'over-threshold': { text: 'Over threshold', colour: 'red' },
  'within-threshold': { text: 'Within threshold', colour: 'green' },
  'not-recorded': { text: 'Not recorded', colour: 'grey' },
};

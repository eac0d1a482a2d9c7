import type { components } from '@/api/schema';
import type { TagColour } from '@/components/ui/tag';

type RoleCode = components['schemas']['RoleCode'];
type EmploymentType = components['schemas']['EmploymentType'];
type RagStatus = components['schemas']['RagStatus'];

// The contract's codes in words, for every feature that shows them (features do not import each other, so
// these live here rather than in one feature with copies in the others).

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

/** RAG status in words, with the tag colour that only repeats them. */
export const RAG_WORDS: Record<RagStatus, { text: string; colour: TagColour }> = {
  green: { text: 'On target', colour: 'green' },
  amber: { text: 'Near target', colour: 'yellow' },
  red: { text: 'Off target', colour: 'red' },
  none: { text: 'No target', colour: 'grey' },
};

import type { components } from '@/api/schema';

type RoleCode = components['schemas']['RoleCode'];
type EmploymentType = components['schemas']['EmploymentType'];
type SessionType = components['schemas']['SessionType'];

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

const SESSION_TYPES: Record<SessionType, string> = {
  'one-to-one': 'One to one',
  group: 'Group',
  observed: 'Observed practice',
};

export function roleName(code: RoleCode): string {
  return ROLE_NAMES[code] ?? code;
}

export function employmentTypeName(type: EmploymentType): string {
  return EMPLOYMENT_TYPES[type] ?? type;
}

export function sessionTypeName(type: SessionType): string {
  return SESSION_TYPES[type] ?? type;
}

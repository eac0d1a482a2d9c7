import type { components } from '@/api/schema';

type SessionType = components['schemas']['SessionType'];

const SESSION_TYPES: Record<SessionType, string> = {
  'one-to-one': 'One to one',
  group: 'Group',
  observed: 'Observed practice',
};

export function sessionTypeName(type: SessionType): string {
  return SESSION_TYPES[type] ?? type;
}

import type { components } from '@/api/schema';
import type { TagColour } from '@/components/ui/tag';

type CaseloadStatus = components['schemas']['CaseloadStatus'];

/** Status as words and a matching tag colour: the words always carry the meaning. */
export const STATUS: Record<CaseloadStatus, { text: string; colour: TagColour }> = {
  'over-threshold': { text: 'Over threshold', colour: 'red' },
  'within-threshold': { text: 'Within threshold', colour: 'green' },
  'not-recorded': { text: 'Not recorded', colour: 'grey' },
};

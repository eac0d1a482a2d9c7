import type { components } from '@/api/schema';
import { Tag } from '@/components/ui/tag';
import { STATUS } from '../utils/labels';

type CaseloadStatus = components['schemas']['CaseloadStatus'];

export function StatusTag({ status }: { status: CaseloadStatus }) {
  const { text, colour } = STATUS[status] ?? { text: status, colour: 'grey' as const };
  return <Tag colour={colour}>{text}</Tag>;
}

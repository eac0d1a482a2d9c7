import { Tag } from '@/components/ui/tag';
import type { AgencyRuleFlag } from '../api/list-agency-assignments';
import { ruleFlagText } from '../utils/labels';

const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0 };

/** The DfE rules an assignment breaks, each as a red tag in words; a green tag when it breaks none. */
export function RuleFlags({ flags }: { flags: AgencyRuleFlag[] }) {
  if (flags.length === 0) return <Tag colour="green">Meets the rules</Tag>;
  return (
    <ul className="wi-tag-list" style={LIST_STYLE}>
      {flags.map((flag) => (
        <li key={flag} style={{ marginBottom: '0.25rem' }}>
          <Tag colour="red">{ruleFlagText(flag)}</Tag>
        </li>
      ))}
    </ul>
  );
}

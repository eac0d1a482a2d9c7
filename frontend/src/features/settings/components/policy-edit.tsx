import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/errors/query-error';
import { useCaseloadThreshold } from '../api/get-caseload-threshold';
import { useUpdateCaseloadThreshold } from '../api/update-caseload-threshold';
import { useMeasureSetting } from '../api/get-measure-setting';
import { useUpdateMeasureSetting } from '../api/update-measure-setting';
import { useSupervisionPolicy } from '../api/get-supervision-policy';
import { useUpdateSupervisionPolicy } from '../api/update-supervision-policy';
import { useCaseWeight } from '../api/get-case-weight';
import { useUpdateCaseWeight } from '../api/update-case-weight';
import { useRoles } from '../api/list-roles';
import { toInput, type FieldSpec } from '../utils/fields';
import { asyeStageName, CASE_TYPE_NAMES } from '../utils/names';
import { RecordForm } from './record-form';
import { RecordHistory } from '@/components/ui/record-history';
import { useCaseloadThresholdHistory } from '../api/get-caseload-threshold-history';
import { useMeasureSettingHistory } from '../api/get-measure-setting-history';
import { useSupervisionPolicyHistory } from '../api/get-supervision-policy-history';
import { useCaseWeightHistory } from '../api/get-case-weight-history';
import {
  CASE_WEIGHT_HISTORY_FIELDS,
  CASELOAD_THRESHOLD_HISTORY_FIELDS,
  MEASURE_SETTING_HISTORY_FIELDS,
  SUPERVISION_POLICY_HISTORY_FIELDS,
} from '../utils/history-fields';

const CASELOAD_FIELDS: FieldSpec[] = [
  { name: 'maxCases', id: 'max-cases', label: 'Most cases', hint: 'A worker holding more cases than this shows as over the threshold.', kind: 'whole', min: 0, max: 1000, suffix: 'cases' },
];

function roleName(roles: { code: string; name: string }[] | undefined, code: string | undefined) {
  return roles?.find((role) => role.code === code)?.name ?? code ?? '';
}

/** Changes the most cases a worker of a role (or in their ASYE) should hold. */
export function CaseloadThresholdEdit({ thresholdKey }: { thresholdKey: string }) {
  const navigate = useNavigate();
  const threshold = useCaseloadThreshold(thresholdKey);
  const history = useCaseloadThresholdHistory(thresholdKey);
  const roles = useRoles();
  const save = useUpdateCaseloadThreshold();
  if (threshold.error) return <QueryError error={threshold.error} what="caseload threshold" />;
  if (!threshold.data) return <Loading label="Loading the threshold…" />;
  const { record, etag } = threshold.data;
  const who = thresholdKey === 'asye' ? 'Workers in their ASYE' : roleName(roles.data, record.role);
  const back = paths.caseloadThresholds.getHref();
  return (
    <RecordForm
      title={`Caseload threshold for ${who.toLowerCase()}`}
      caption="Caseload thresholds"
      fields={CASELOAD_FIELDS}
      initial={{ maxCases: String(record.maxCases) }}
      backHref={back}
      backText="Back to caseload thresholds"
      saving={save.isPending}
      saveError={save.error}
      onSave={(values) =>
        save.mutate(
          { key: thresholdKey, etag, input: toInput(CASELOAD_FIELDS, values) as { maxCases: number } },
          { onSuccess: () => void navigate(back) },
        )
      }
      history={<RecordHistory history={history} fields={CASELOAD_THRESHOLD_HISTORY_FIELDS} what="threshold" />}
    />
  );
}

const SETTING_FIELDS: FieldSpec[] = [
  { name: 'value', id: 'value', label: 'Value', hint: 'Up to 2 decimal places.', kind: 'decimal', min: 0, max: 99999999 },
];

/** Changes one setting the measures read, such as the absence thresholds or the appraisal rules. */
export function MeasureSettingEdit({ settingKey }: { settingKey: string }) {
  const navigate = useNavigate();
  const setting = useMeasureSetting(settingKey);
  const history = useMeasureSettingHistory(settingKey);
  const save = useUpdateMeasureSetting();
  if (setting.error) return <QueryError error={setting.error} what="setting" />;
  if (!setting.data) return <Loading label="Loading the setting…" />;
  const { record, etag } = setting.data;
  const back = paths.measureSettings.getHref();
  return (
    <RecordForm
      title={record.key}
      caption="Measure settings"
      intro={<p className="wi-lead">{record.description}</p>}
      fields={SETTING_FIELDS}
      initial={{ value: String(record.value) }}
      backHref={back}
      backText="Back to measure settings"
      saving={save.isPending}
      saveError={save.error}
      onSave={(values) =>
        save.mutate({ key: settingKey, etag, input: toInput(SETTING_FIELDS, values) as { value: number } }, { onSuccess: () => void navigate(back) })
      }
      history={<RecordHistory history={history} fields={MEASURE_SETTING_HISTORY_FIELDS} what="setting" />}
    />
  );
}

const POLICY_FIELDS: FieldSpec[] = [
  {
    name: 'supervised',
    id: 'supervised',
    label: 'Are these workers expected to be supervised?',
    missing: 'Select yes if these workers are expected to be supervised, or no if not',
    kind: 'yes-no',
  },
  {
    name: 'intervalDays',
    id: 'interval-days',
    label: 'Most days between supervision sessions',
    hint: 'For example 7 for weekly, 14 for fortnightly, 31 for monthly.',
    kind: 'whole',
    min: 1,
    max: 366,
    suffix: 'days',
  },
];

/** Changes how often a role, an ASYE stage or everyone else must be supervised. */
export function SupervisionPolicyEdit({ policyKey }: { policyKey: string }) {
  const navigate = useNavigate();
  const policy = useSupervisionPolicy(policyKey);
  const history = useSupervisionPolicyHistory(policyKey);
  const roles = useRoles();
  const save = useUpdateSupervisionPolicy();
  if (policy.error) return <QueryError error={policy.error} what="supervision rule" />;
  if (!policy.data) return <Loading label="Loading the supervision rule…" />;
  const { record, etag } = policy.data;
  const who =
    record.asyeFromDay !== undefined && record.asyeToDay !== undefined
      ? asyeStageName(record.asyeFromDay, record.asyeToDay)
      : record.role
        ? roleName(roles.data, record.role)
        : 'Everyone without a rule of their own';
  const back = paths.supervisionPolicy.getHref();
  return (
    <RecordForm
      title={`Supervision for ${who.toLowerCase()}`}
      caption="Supervision policy"
      intro={
        !record.ownRule ? (
          <p className="wi-inset">This role follows the default rule. Saving gives it a rule of its own.</p>
        ) : undefined
      }
      fields={POLICY_FIELDS}
      initial={{ supervised: record.supervised ? 'yes' : 'no', intervalDays: String(record.intervalDays) }}
      backHref={back}
      backText="Back to the supervision policy"
      saving={save.isPending}
      saveError={save.error}
      onSave={(values) =>
        save.mutate(
          { key: policyKey, etag, input: toInput(POLICY_FIELDS, values) as { intervalDays: number; supervised: boolean } },
          { onSuccess: () => void navigate(back) },
        )
      }
      history={<RecordHistory history={history} fields={SUPERVISION_POLICY_HISTORY_FIELDS} what="rule" />}
    />
  );
}

const WEIGHT_FIELDS: FieldSpec[] = [
  { name: 'points', id: 'points', label: 'Points per case', hint: 'Up to 2 decimal places, for example 6.5.', kind: 'decimal', min: 0, max: 9999.99, suffix: 'points' },
];

/** Changes the points a case of one type counts in the weighted caseload. */
export function CaseWeightEdit({ caseType }: { caseType: string }) {
  const navigate = useNavigate();
  const weight = useCaseWeight(caseType);
  const history = useCaseWeightHistory(caseType);
  const save = useUpdateCaseWeight();
  if (weight.error) return <QueryError error={weight.error} what="case weight" />;
  if (!weight.data) return <Loading label="Loading the case weight…" />;
  const { record, etag } = weight.data;
  const back = paths.caseWeights.getHref();
  return (
    <RecordForm
      title={`Weight of ${CASE_TYPE_NAMES[record.caseType].toLowerCase()} cases`}
      caption="Case weights"
      fields={WEIGHT_FIELDS}
      initial={{ points: String(record.points) }}
      backHref={back}
      backText="Back to case weights"
      saving={save.isPending}
      saveError={save.error}
      onSave={(values) =>
        save.mutate({ key: caseType, etag, input: toInput(WEIGHT_FIELDS, values) as { points: number } }, { onSuccess: () => void navigate(back) })
      }
      history={<RecordHistory history={history} fields={CASE_WEIGHT_HISTORY_FIELDS} what="case weight" />}
    />
  );
}

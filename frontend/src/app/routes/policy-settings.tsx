import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { canChangeSettings } from '@/lib/roles';
import { AccessDenied } from '@/components/errors/access-denied';
import { NotFound } from '@/components/errors/not-found';
import { PolicySettingsList, type PolicyKind } from '@/features/settings/components/policy-lists';
import {
  CaseloadThresholdEdit,
  CaseWeightEdit,
  MeasureSettingEdit,
  SupervisionPolicyEdit,
} from '@/features/settings/components/policy-edit';
import { RequireSignIn, WithScope } from './scope';

/** The settings page each address names ("/settings/case-weights" and below). */
const KINDS: Record<string, PolicyKind> = {
  'caseload-thresholds': 'caseloadThresholds',
  'measure-settings': 'measureSettings',
  'supervision-policy': 'supervisionPolicy',
  'case-weights': 'caseWeights',
};

function useKind(): PolicyKind | undefined {
  const { pathname } = useLocation();
  return KINDS[pathname.split('/')[2] ?? ''];
}

function LeadsOnly({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <WithScope>{(scope) => (canChangeSettings(scope.user.roles) ? children : <AccessDenied what="page" />)}</WithScope>
    </RequireSignIn>
  );
}

export function PolicySettingsRoute() {
  const kind = useKind();
  if (!kind) return <NotFound />;
  return (
    <LeadsOnly>
      <PolicySettingsList kind={kind} />
    </LeadsOnly>
  );
}

export function PolicyEditRoute() {
  const kind = useKind();
  const { key } = useParams();
  if (!kind || !key) return <NotFound />;
  const form = {
    caseloadThresholds: <CaseloadThresholdEdit thresholdKey={key} />,
    measureSettings: <MeasureSettingEdit settingKey={key} />,
    supervisionPolicy: <SupervisionPolicyEdit policyKey={key} />,
    caseWeights: <CaseWeightEdit caseType={key} />,
  }[kind];
  // keyed by the address, so that moving between two records starts a fresh form
  return <LeadsOnly key={`${kind}-${key}`}>{form}</LeadsOnly>;
}

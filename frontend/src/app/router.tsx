import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { RootRoute } from './routes/root';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

// Every page but the first is a chunk of its own, loaded when it is first opened.
const TeamRoute = lazy(() => import('./routes/team').then((m) => ({ default: m.TeamRoute })));
const CaseloadsRoute = lazy(() => import('./routes/caseloads').then((m) => ({ default: m.CaseloadsRoute })));
const OverviewRoute = lazy(() => import('./routes/overview').then((m) => ({ default: m.OverviewRoute })));
const MeasureRoute = lazy(() => import('./routes/measure').then((m) => ({ default: m.MeasureRoute })));
const TrendsRoute = lazy(() => import('./routes/trends').then((m) => ({ default: m.TrendsRoute })));
const BenchmarksRoute = lazy(() => import('./routes/benchmarks').then((m) => ({ default: m.BenchmarksRoute })));
const SettingsRoute = lazy(() => import('./routes/settings').then((m) => ({ default: m.SettingsRoute })));
const TargetEditRoute = lazy(() => import('./routes/settings').then((m) => ({ default: m.TargetEditRoute })));
const ComparatorsRoute = lazy(() => import('./routes/settings').then((m) => ({ default: m.ComparatorsRoute })));
// --- lazy routes: team and worker pages ---
const WorkerRoute = lazy(() => import('./routes/worker').then((m) => ({ default: m.WorkerRoute })));
const RecordSupervisionRoute = lazy(() => import('./routes/worker').then((m) => ({ default: m.RecordSupervisionRoute })));
const CorrectSupervisionRoute = lazy(() => import('./routes/worker').then((m) => ({ default: m.CorrectSupervisionRoute })));
const RecordAppraisalRoute = lazy(() => import('./routes/worker').then((m) => ({ default: m.RecordAppraisalRoute })));
const CorrectAppraisalRoute = lazy(() => import('./routes/worker').then((m) => ({ default: m.CorrectAppraisalRoute })));
// --- lazy routes: agency, absence and imports pages ---
const ImportsRoute = lazy(() => import('./routes/imports').then((m) => ({ default: m.ImportsRoute })));
const ImportDetailRoute = lazy(() => import('./routes/imports').then((m) => ({ default: m.ImportDetailRoute })));
const AgencyRoute = lazy(() => import('./routes/agency').then((m) => ({ default: m.AgencyRoute })));
const AgencyAssignmentRoute = lazy(() => import('./routes/agency').then((m) => ({ default: m.AgencyAssignmentRoute })));
const AbsenceRoute = lazy(() => import('./routes/absence').then((m) => ({ default: m.AbsenceRoute })));
// --- lazy routes: reports and settings pages ---
const ReportsRoute = lazy(() => import('./routes/reports').then((m) => ({ default: m.ReportsRoute })));
const WeeklyReportRoute = lazy(() => import('./routes/reports').then((m) => ({ default: m.WeeklyReportRoute })));
const MonthlyReportRoute = lazy(() => import('./routes/reports').then((m) => ({ default: m.MonthlyReportRoute })));
const DfeReturnRoute = lazy(() => import('./routes/reports').then((m) => ({ default: m.DfeReturnRoute })));
const PolicySettingsRoute = lazy(() => import('./routes/policy-settings').then((m) => ({ default: m.PolicySettingsRoute })));
const PolicyEditRoute = lazy(() => import('./routes/policy-settings').then((m) => ({ default: m.PolicyEditRoute })));

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<Loading label="Loading the page…" />}>
      <Component />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootRoute />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.team.path, element: page(TeamRoute) },
      { path: paths.caseloads.path, element: page(CaseloadsRoute) },
      { path: paths.overview.path, element: page(OverviewRoute) },
      { path: paths.measure.path, element: page(MeasureRoute) },
      { path: paths.trends.path, element: page(TrendsRoute) },
      { path: paths.benchmarks.path, element: page(BenchmarksRoute) },
      { path: paths.settings.path, element: page(SettingsRoute) },
      { path: paths.targetEdit.path, element: page(TargetEditRoute) },
      { path: paths.comparators.path, element: page(ComparatorsRoute) },
      // --- routes: team and worker pages ---
      { path: paths.worker.path, element: page(WorkerRoute) },
      { path: paths.recordSupervision.path, element: page(RecordSupervisionRoute) },
      { path: paths.correctSupervision.path, element: page(CorrectSupervisionRoute) },
      { path: paths.recordAppraisal.path, element: page(RecordAppraisalRoute) },
      { path: paths.correctAppraisal.path, element: page(CorrectAppraisalRoute) },
      // --- routes: agency, absence and imports pages ---
      { path: paths.imports.path, element: page(ImportsRoute) },
      { path: paths.importDetail.path, element: page(ImportDetailRoute) },
      { path: paths.agency.path, element: page(AgencyRoute) },
      { path: paths.agencyAssignment.path, element: page(AgencyAssignmentRoute) },
      { path: paths.absence.path, element: page(AbsenceRoute) },
      // --- routes: reports and settings pages ---
      { path: paths.reports.path, element: page(ReportsRoute) },
      { path: paths.weeklyReport.path, element: page(WeeklyReportRoute) },
      { path: paths.monthlyReport.path, element: page(MonthlyReportRoute) },
      { path: paths.dfeReturn.path, element: page(DfeReturnRoute) },
      ...(['caseloadThresholds', 'measureSettings', 'supervisionPolicy', 'caseWeights'] as const).map((kind) => ({
        path: paths[kind].path,
        element: page(PolicySettingsRoute),
      })),
      ...(['caseloadThresholdEdit', 'measureSettingEdit', 'supervisionPolicyEdit', 'caseWeightEdit'] as const).map((kind) => ({
        path: paths[kind].path,
        element: page(PolicyEditRoute),
      })),
      // The sign-in callback is handled before the router starts; a stray visit goes home.
      { path: paths.authCallback.path, element: <Navigate to={paths.home.getHref()} replace /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  // Created after sign-in has finished, so it starts from the page the user came back to.
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ids } from '@/testing/fixtures';
import { definitions, targets } from '@/testing/measure-fixtures';
import { axeViolations } from '@/testing/axe';
import { jsonResponse, renderRoute, type FakeRoutes } from '@/testing/test-utils';
import { TargetForm, validateTarget } from '../target-form';

function routes(put: FakeRoutes[string]): FakeRoutes {
  return {
    '/api/v1/measures': { body: definitions },
    '/api/v1/measure-targets': { body: targets() },
    '/api/v1/measure-targets/agencyRate': put,
  };
}

const OWN_HISTORY = {
  page: 0,
  size: 50,
  totalItems: 1,
  items: [
    {
      id: 4,
      recordType: 'measure-target',
      recordId: '0d4a9a40-3e2c-4f3b-9d4e-6f1f4c1b2a01',
      version: 3,
      changeType: 'updated',
      changedBy: 'lead',
      changedAt: '2026-02-01T10:00:00Z',
      channel: 'api',
      before: { target: 20, direction: 'higher-is-better', amberTolerance: 2 },
      after: { target: 15, direction: 'lower-is-better', amberTolerance: 2 },
    },
  ],
};

describe('TargetForm', () => {
  it('shows the API\'s violations in an error summary linked to each field, and beside the fields', async () => {
    const user = userEvent.setup();
    const { container } = renderRoute(<TargetForm measureId="agencyRate" nodeName="Northbridge City Council" />, {
      routes: routes({
        status: 400,
        body: {
          title: 'Bad Request',
          status: 400,
          detail: 'The request has 2 invalid fields.',
          violations: [
            { field: 'amberTolerance', detail: 'must be greater than or equal to 0' },
            { field: 'target', detail: 'must be less than or equal to 1000000000' },
          ],
        },
      }),
    });
    const target = await screen.findByLabelText('Target');
    expect((target as HTMLInputElement).value).toBe('15');
    await user.clear(target);
    await user.type(target, '2000000000');
    await user.click(screen.getByRole('button', { name: 'Save target' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Target: must be less than or equal to 1000000000' }).getAttribute('href')).toBe('#target');
    expect(within(summary).getByRole('link', { name: 'Amber tolerance: must be greater than or equal to 0' }).getAttribute('href')).toBe(
      '#amber-tolerance',
    );
    expect(screen.getByText('Target must be less than or equal to 1000000000', { selector: 'p' })).toBeTruthy();
    expect(screen.getByLabelText('Target').getAttribute('aria-invalid')).toBe('true');
    expect(document.title).toBe('Error: Target for Agency rate – Workforce Insight');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('checks the fields before sending, and sends a valid target as numbers', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const { fetch } = renderRoute(<TargetForm measureId="agencyRate" nodeId={ids.teamNorth} nodeName="Assessment and Intervention North" />, {
      path: '*',
      routes: routes({ body: targets()[0] }),
    });
    fetch.mockImplementation(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'PUT') {
        sent = { body: await request.json(), nodeId: url.searchParams.get('nodeId') };
        return jsonResponse({ body: targets()[0] });
      }
      if (url.pathname === '/api/v1/measures') return jsonResponse({ body: definitions });
      return jsonResponse({ body: targets() });
    });
    const target = await screen.findByLabelText('Target');
    await user.clear(target);
    await user.type(target, 'fifteen');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Target must be a number, like 15 or 12.5' })).toBeTruthy();
    expect(sent).toBeUndefined();

    await user.clear(target);
    await user.type(target, '12.5');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    await waitFor(() => expect(sent).toEqual({ body: { target: 12.5, direction: 'lower-is-better', amberTolerance: 2 }, nodeId: ids.teamNorth }));
  });

  it('sends the version it read as If-Match, and "0" where the node has no target of its own', async () => {
    const user = userEvent.setup();
    const sent: (string | null)[] = [];
    const own = { ...targets()[0], id: '0d4a9a40-3e2c-4f3b-9d4e-6f1f4c1b2a01', version: 3 };
    const { fetch } = renderRoute(<TargetForm measureId="agencyRate" nodeName="Northbridge City Council" />, {
      path: '*',
      routes: routes({ body: own }),
    });
    fetch.mockImplementation(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'PUT' || request.method === 'DELETE') {
        sent.push(`${request.method} ${request.headers.get('If-Match')}`);
        return jsonResponse({ body: own });
      }
      if (url.pathname === '/api/v1/measures') return jsonResponse({ body: definitions });
      if (url.pathname === `/api/v1/measure-target-records/${own.id}/history`) return jsonResponse({ body: OWN_HISTORY });
      return jsonResponse({ body: [own] });
    });
    // the node's own target: its history below the form, in words
    const table = await screen.findByRole('table', { name: 'Changes to this target, newest first' });
    expect(within(table).getByText('Target changed from 20 to 15')).toBeTruthy();
    expect(within(table).getByText('Better when the figure is changed from higher to lower')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Save target' }));
    await waitFor(() => expect(sent).toEqual(['PUT "3"']));
  });

  it('sets a node\'s own target over an inherited one with If-Match "0"', async () => {
    const user = userEvent.setup();
    const sent: (string | null)[] = [];
    const inherited = { ...targets()[0], inherited: true, id: '0d4a9a40-3e2c-4f3b-9d4e-6f1f4c1b2a01', version: 7 };
    const { fetch } = renderRoute(<TargetForm measureId="agencyRate" nodeId={ids.teamNorth} nodeName="Assessment and Intervention North" />, {
      path: '*',
      routes: routes({ body: inherited }),
    });
    fetch.mockImplementation(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'PUT') {
        sent.push(request.headers.get('If-Match'));
        return jsonResponse({ body: { ...inherited, inherited: false, version: 1 } });
      }
      if (url.pathname === '/api/v1/measures') return jsonResponse({ body: definitions });
      return jsonResponse({ body: [inherited] });
    });
    expect(await screen.findByText(/uses the target of/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove this target' })).toBeNull();
    // an inherited target's history is the ancestor's record: not shown, not asked for
    expect(screen.queryByRole('heading', { name: /History of/ })).toBeNull();
    expect(fetch.mock.calls.some(([request]) => new URL(request.url).pathname.endsWith('/history'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    await waitFor(() => expect(sent).toEqual(['"0"']));
  });

  it('says so when someone else changed the target meanwhile (412)', async () => {
    const user = userEvent.setup();
    renderRoute(<TargetForm measureId="agencyRate" nodeName="Northbridge City Council" />, {
      routes: routes({
        status: 412,
        body: { title: 'Precondition Failed', status: 412, detail: 'The measure target has changed since you read it.' },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Remove this target' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/Someone else changed this since you opened it/)).toBeTruthy();
  });

  it('validates each field', () => {
    expect(validateTarget({ target: '', direction: '', amberTolerance: '-1' })).toEqual({
      target: 'Enter a target',
      direction: 'Select whether higher or lower is better',
      amberTolerance: 'Amber tolerance must be 0 or more',
    });
    expect(validateTarget({ target: '10', direction: 'higher-is-better', amberTolerance: '0' })).toEqual({});
  });
});

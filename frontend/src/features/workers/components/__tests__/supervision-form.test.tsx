import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SupervisionForm } from '@/features/workers/components/supervision-form';
import { AppraisalForm } from '@/features/workers/components/appraisal-form';
import { axeViolations } from '@/testing/axe';
import { problem } from '@/testing/fixtures';
import { renderRoute, type FakeRoutes } from '@/testing/test-utils';

const WORKER = '00000000-0000-4000-8000-00000000aaaa';
const SESSION = '00000000-0000-4000-8000-00000000bbbb';
const TEAM = { id: '00000000-0000-4000-8000-00000000cccc', name: 'Assessment Team 1' };
const MANAGER = { id: '00000000-0000-4000-8000-00000000dddd', givenName: 'Amira', familyName: 'Khan', asye: false };
const PRACTITIONER = { id: '00000000-0000-4000-8000-00000000eeee', givenName: 'Ben', familyName: 'Bell', asye: false };
const teamWorkers = {
  '/api/v1/workers': {
    body: {
      items: [PRACTITIONER, { id: WORKER, givenName: 'Dan', familyName: 'Davies', asye: false }, MANAGER],
      page: 0,
      size: 200,
      totalItems: 3,
    },
  },
};

const saved = {
  id: SESSION,
  supervisee: { id: WORKER, givenName: 'Dan', familyName: 'Davies' },
  sessionDate: '2025-03-03',
  durationMinutes: 95,
  sessionType: 'one-to-one' as const,
};

function renderForm(routes: FakeRoutes, props: Partial<Parameters<typeof SupervisionForm>[0]> = {}) {
  const onSaved = vi.fn();
  const result = renderRoute(<SupervisionForm workerId={WORKER} onSaved={onSaved} {...props} />, { routes });
  return { ...result, onSaved };
}

async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  { day = '3', month = '3', year = '2025', minutes = '95', supervisor = 'Someone not listed' } = {},
) {
  await user.type(screen.getByLabelText('Day'), day);
  await user.type(screen.getByLabelText('Month'), month);
  await user.type(screen.getByLabelText('Year'), year);
  if (minutes) await user.type(screen.getByLabelText('Duration in minutes'), minutes);
  if (supervisor) await user.selectOptions(screen.getByLabelText('Supervisor'), supervisor);
}

describe('SupervisionForm', () => {
  it('lists every missing answer in an error summary that links to its field, and sends nothing', async () => {
    const user = userEvent.setup();
    const { requests, container } = renderForm({});
    await user.click(screen.getByRole('button', { name: 'Save supervision' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the date of the session', '#session-date-day'],
      ['Enter how long the session lasted, in minutes', '#duration-minutes'],
      ['Select the type of session', '#session-type-one-to-one'],
      ['Select who supervised the session', '#supervisor-id'],
    ]);
    await user.click(links[1]);
    expect(document.activeElement).toBe(screen.getByLabelText('Duration in minutes'));
    expect(screen.getByLabelText('Duration in minutes').getAttribute('aria-describedby')).toContain('duration-minutes-error');
    expect(requests).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('records the session and hands back what the API saved', async () => {
    const user = userEvent.setup();
    const { requests, onSaved } = renderForm({ '/api/v1/supervision-sessions': { status: 201, body: saved } });
    await fillIn(user);
    await user.click(screen.getByLabelText('One to one'));
    await user.click(screen.getByRole('button', { name: 'Save supervision' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(requests[0].method).toBe('POST');
    expect(await requests[0].json()).toEqual({
      superviseeId: WORKER,
      sessionDate: '2025-03-03',
      durationMinutes: 95,
      sessionType: 'one-to-one',
    });
  });

  it('offers the workers of the team but not the worker themselves, and sends the one chosen', async () => {
    const user = userEvent.setup();
    const { requests, onSaved, container } = renderForm(
      { ...teamWorkers, '/api/v1/supervision-sessions': { status: 201, body: saved } },
      { team: TEAM },
    );
    const select = screen.getByLabelText('Supervisor') as HTMLSelectElement;
    await within(select).findByRole('option', { name: 'Amira Khan' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Select the supervisor',
      'Ben Bell',
      'Amira Khan',
      'Someone not listed',
    ]);
    expect(screen.getByText(/The workers in Assessment Team 1 today/)).toBeTruthy();
    const list = requests.find((request) => new URL(request.url).pathname === '/api/v1/workers')!;
    expect(new URL(list.url).searchParams.get('teamId')).toBe(TEAM.id);
    expect(await axeViolations(container)).toEqual([]);

    await fillIn(user, { supervisor: 'Amira Khan' });
    await user.click(screen.getByLabelText('Observed practice'));
    await user.click(screen.getByRole('button', { name: 'Save supervision' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      superviseeId: WORKER,
      supervisorId: MANAGER.id,
      sessionDate: '2025-03-03',
      durationMinutes: 95,
      sessionType: 'observed',
    });
  });

  it('keeps a recorded supervisor who has left the team, and can change them on correcting', async () => {
    const user = userEvent.setup();
    const former = { id: '00000000-0000-4000-8000-00000000ffff', givenName: 'Fran', familyName: 'Fox' };
    const { requests } = renderForm(
      { ...teamWorkers, [`/api/v1/supervision-sessions/${SESSION}`]: { body: saved } },
      { team: TEAM, session: { ...saved, supervisor: former }, etag: '"2"' },
    );
    const select = screen.getByLabelText('Supervisor') as HTMLSelectElement;
    await within(select).findByRole('option', { name: 'Amira Khan' });
    expect(select.value).toBe(former.id);
    expect(within(select).getByRole('option', { name: 'Fran Fox' })).toBeTruthy();
    await user.selectOptions(select, 'Ben Bell');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'PUT')).toBe(true));
    const put = requests.find((request) => request.method === 'PUT')!;
    expect((await put.json()).supervisorId).toBe(PRACTITIONER.id);
  });

  it('says so when the team’s workers cannot be listed, and still lets “someone not listed” be chosen', async () => {
    renderForm({ '/api/v1/workers': { status: 403, body: problem(403, 'Forbidden') } }, { team: TEAM });
    expect(await screen.findByText(/could not be listed. You do not have permission/)).toBeTruthy();
    const select = screen.getByLabelText('Supervisor') as HTMLSelectElement;
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Select the supervisor',
      'Someone not listed',
    ]);
  });

  it('puts the API’s violations on the fields they name', async () => {
    const user = userEvent.setup();
    renderForm({
      '/api/v1/supervision-sessions': {
        status: 400,
        body: { ...problem(400, 'Bad Request'), violations: [{ field: 'sessionDate', detail: 'must not be in the future' }] },
      },
    });
    await fillIn(user);
    await user.click(screen.getByLabelText('Group'));
    await user.click(screen.getByRole('button', { name: 'Save supervision' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Date of the session must not be in the future' }).getAttribute('href')).toBe(
      '#session-date-day',
    );
    expect(screen.getByRole('group', { name: 'Date of the session' }).textContent).toContain('must not be in the future');
  });

  it('corrects a session with If-Match and says so when someone else changed it first', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm(
      { [`/api/v1/supervision-sessions/${SESSION}`]: { status: 412, body: problem(412, 'Precondition Failed') } },
      { session: saved, etag: '"3"' },
    );
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('3');
    expect((screen.getByLabelText('One to one') as HTMLInputElement).checked).toBe(true);
    await user.clear(screen.getByLabelText('Duration in minutes'));
    await user.type(screen.getByLabelText('Duration in minutes'), '60');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Someone else changed this since you opened it');
    expect(requests[0].method).toBe('PUT');
    expect(requests[0].headers.get('If-Match')).toBe('"3"');
  });
});

describe('AppraisalForm', () => {
  it('asks for a real date, then explains a second appraisal on the same day at the field', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    renderRoute(<AppraisalForm workerId={WORKER} onSaved={onSaved} />, {
      routes: { '/api/v1/appraisals': { status: 409, body: problem(409, 'Conflict') } },
    });
    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Save appraisal' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'The date the appraisal was completed must be a real date',
      }),
    ).toBeTruthy();

    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '28');
    await user.click(screen.getByRole('button', { name: 'Save appraisal' }));
    expect(
      await screen.findByRole('link', { name: 'An appraisal of this worker on this date is already recorded' }),
    ).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });
});

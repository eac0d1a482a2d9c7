import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { CommentaryBox } from '../commentary-box';
import { answer, renderWithFetch } from '@/testing/fetch-harness';

const NODE = '11111111-1111-4111-8111-111111111111';
const PATH = `/api/v1/report-commentaries/${NODE}/2026-10/agencyRate`;

function commentary(text: string, version: number) {
  return { nodeId: NODE, month: '2026-10', measure: 'agencyRate', text, version };
}

function box(canWrite = true, initialText = 'Falling slowly.', initialVersion = 2) {
  return (
    <CommentaryBox
      commentaryKey={{ nodeId: NODE, month: '2026-10', measureId: 'agencyRate' }}
      measureName="Agency rate"
      initialText={initialText}
      initialVersion={initialVersion}
      canWrite={canWrite}
    />
  );
}

describe('CommentaryBox', () => {
  it('saves the text with the version it was read at, then the next save names the new version', async () => {
    const user = userEvent.setup();
    let version = 2;
    const { requests, container } = renderWithFetch(box(), async (request) => {
      const body = (await request.json()) as { text: string };
      version += 1;
      return answer(200, commentary(body.text, version), { ETag: `"${version}"` });
    });
    const field = screen.getByLabelText('Commentary on Agency rate');
    expect((field as HTMLTextAreaElement).value).toBe('Falling slowly.');
    await user.clear(field);
    await user.type(field, 'Falling as posts fill.');
    expect(screen.getByText('Not saved yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save commentary on Agency rate' }));
    await screen.findByText('Commentary saved.');

    expect(requests[0].method).toBe('PUT');
    expect(new URL(requests[0].url).pathname).toBe(PATH);
    expect(requests[0].headers.get('If-Match')).toBe('"2"');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer test-token');
    expect(await requests[0].json()).toEqual({ text: 'Falling as posts fill.' });

    await user.type(field, ' More.');
    await user.click(screen.getByRole('button', { name: 'Save commentary on Agency rate' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1].headers.get('If-Match')).toBe('"3"');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says plainly when someone else changed it first, shows their version, and saves over it only when asked again', async () => {
    const user = userEvent.setup();
    const { requests, container } = renderWithFetch(box(), async (request) => {
      if (request.method === 'GET') return answer(200, commentary('Their view of it.', 5), { ETag: '"5"' });
      if (request.headers.get('If-Match') === '"2"') {
        return answer(412, { title: 'Precondition Failed', status: 412, detail: 'The commentary has changed.' });
      }
      return answer(200, commentary('Mine.', 6), { ETag: '"6"' });
    });
    const field = screen.getByLabelText('Commentary on Agency rate');
    await user.clear(field);
    await user.type(field, 'Mine.');
    await user.click(screen.getByRole('button', { name: 'Save commentary on Agency rate' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Someone else changed this commentary since you opened the report/);
    await screen.findByText('Their view of it.', { selector: '.wi-inset p' });
    expect((field as HTMLTextAreaElement).value).toBe('Mine.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save commentary on Agency rate' }));
    await screen.findByText('Commentary saved.');
    expect(requests.map((request) => `${request.method} ${request.headers.get('If-Match') ?? ''}`)).toEqual(['PUT "2"', 'GET ', 'PUT "5"']);
    expect(screen.queryByText('Their view of it.', { selector: '.wi-inset p' })).toBeNull();
  });

  it('refuses more than 4,000 characters before sending anything', async () => {
    const user = userEvent.setup();
    const { requests } = renderWithFetch(box(true, '', 0), () => answer(500, { title: 'unexpected', status: 500 }));
    const field = screen.getByLabelText('Commentary on Agency rate');
    await user.click(field);
    await user.paste('x'.repeat(4001));
    await user.click(screen.getByRole('button', { name: 'Save commentary on Agency rate' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/4,000 characters or fewer/);
    expect(requests).toHaveLength(0);
  });

  it('shows others the commentary as text, with nothing to change it', () => {
    renderWithFetch(box(false, 'Falling slowly.'), () => answer(500, { title: 'unexpected', status: 500 }));
    expect(screen.getByText('Falling slowly.')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

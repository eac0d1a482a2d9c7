import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '@/testing/axe';
import { renderRoute } from '@/testing/test-utils';
import { BradfordFactors } from '../bradford-factors';
import { LongTermAbsences } from '../long-term-absences';
import { SicknessFigures } from '../sickness-figures';
import { reasonText } from '../../utils/labels';

const NODE = '22222222-2222-4222-8222-222222222222';
const TEAM = { id: '33333333-3333-4333-8333-333333333333', nodeType: 'team', name: 'Alpha Team' };

function factor(familyName: string, bradfordFactor: number, atOrAboveTrigger: boolean, index: number) {
  return {
    worker: { id: `66666666-6666-4666-8666-${String(index).padStart(12, '0')}`, givenName: 'Ann', familyName },
    node: TEAM,
    spells: 2,
    daysLost: 7,
    bradfordFactor,
    atOrAboveTrigger,
  };
}

function factors(page: number, totalItems: number) {
  const items = page === 0 ? [factor('Hill', 256, true, 1), factor('Adams', 28, false, 2)] : [factor('Zed', 4, false, 3)];
  return { node: { id: NODE, nodeType: 'council', name: 'Testshire' }, asAt: '2025-03-12', from: '2024-03-13', trigger: 200, items, page, size: 25, totalItems };
}

describe('BradfordFactors', () => {
  it('shows each worker’s factor with whether it reaches the trigger in words, and pages within the page', async () => {
    const user = userEvent.setup();
    const { container, requests } = renderRoute(<BradfordFactors nodeId={NODE} nodeName="Testshire" asAt="2025-03-12" />, {
      routes: {
        [`/api/v1/organisation-nodes/${NODE}/bradford-factors`]: (url) => ({ body: factors(Number(url.searchParams.get('page')), 27) }),
      },
    });
    const table = await screen.findByRole('table', { name: 'Bradford factors in Testshire, 13 March 2024 to 12 March 2025, highest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0].textContent).toBe('Ann HillAlpha Team27.0256.0At or above 200: review');
    expect(rows[1].textContent).toBe('Ann AdamsAlpha Team27.028.0Below 200');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Next page of bradford factors' }));
    expect(await screen.findByText('Ann Zed')).toBeTruthy();
    expect(screen.getByText('Page 2 of 2')).toBeTruthy();
    expect(new URL(requests.at(-1)!.url).searchParams.get('asAt')).toBe('2025-03-12');
  });

  it('says so when nobody was off sick', async () => {
    renderRoute(<BradfordFactors nodeId={NODE} nodeName="Alpha Team" asAt="2025-03-12" />, {
      routes: { [`/api/v1/organisation-nodes/${NODE}/bradford-factors`]: { body: { ...factors(0, 0), items: [] } } },
    });
    expect(await screen.findByText('Nobody in Alpha Team was off sick from 13 March 2024 to 12 March 2025.')).toBeTruthy();
  });

  it('says access is denied when the API refuses the health data', async () => {
    renderRoute(<BradfordFactors nodeId={NODE} nodeName="Alpha Team" asAt="2025-03-12" />, {
      routes: { [`/api/v1/organisation-nodes/${NODE}/bradford-factors`]: { status: 403, body: { title: 'Forbidden', status: 403 } } },
    });
    expect(await screen.findByRole('heading', { name: 'You do not have access to this team' })).toBeTruthy();
  });
});

describe('LongTermAbsences', () => {
  it('lists the long-term absences behind the measure with their reasons in words', async () => {
    renderRoute(<LongTermAbsences nodeId={NODE} nodeName="Testshire" asAt="2025-03-12" />, {
      routes: {
        [`/api/v1/organisation-nodes/${NODE}/measures/longTermSicknessDaysPerFte/explanation`]: {
          body: {
            node: { id: NODE, nodeType: 'council', name: 'Testshire' },
            measure: 'longTermSicknessDaysPerFte',
            asAt: '2025-03-12',
            periodStart: '2024-03-13',
            items: [
              {
                worker: { id: '66666666-6666-4666-8666-666666666666', givenName: 'Cara', familyName: 'Clarke' },
                node: TEAM,
                absenceId: '77777777-7777-4777-8777-777777777777',
                absenceType: 'sickness',
                absenceFirstDay: '2025-01-06',
                absenceLastDay: '2025-02-07',
                workingDaysLost: 25,
                longTerm: true,
                sicknessReason: 'stress-depression-anxiety',
              },
            ],
            page: 0,
            size: 25,
            totalItems: 1,
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'Long-term sickness absences in Testshire: 1 absence' });
    expect(within(table).getAllByRole('row')[1].textContent).toBe(
      'Cara ClarkeAlpha Team6 January 20257 February 202525.0Stress, depression, anxiety',
    );
  });
});

describe('SicknessFigures', () => {
  it('shows days lost per FTE with the status in words and the definition', async () => {
    renderRoute(<SicknessFigures nodeId={NODE} asAt="2025-03-12" />, {
      routes: {
        [`/api/v1/organisation-nodes/${NODE}/measures`]: {
          body: {
            node: { id: NODE, nodeType: 'council', name: 'Testshire' },
            asAt: '2025-03-12',
            periodStart: '2024-03-13',
            measures: [
              { measure: 'sicknessDaysPerFte', value: 9.2, rag: 'red', target: { target: 8.5, direction: 'lower-is-better', amberTolerance: 0.5 } },
              { measure: 'shortTermSicknessDaysPerFte', value: 4.1, rag: 'none' },
              { measure: 'longTermSicknessDaysPerFte', value: null, rag: 'none' },
            ],
          },
        },
        '/api/v1/measures': {
          body: [
            { id: 'sicknessDaysPerFte', name: 'Sickness days per FTE', unit: 'days-per-fte', kind: 'trailing-year', dfe: false, defaultDirection: 'lower-is-better', definition: 'Working days lost per FTE.' },
          ],
        },
      },
    });
    expect(await screen.findByText('9.2 days per FTE')).toBeTruthy();
    expect(screen.getByText('Off target')).toBeTruthy();
    expect(screen.getByText('Target 8.5 days', { exact: false })).toBeTruthy();
    expect(screen.getByText('Working days lost per FTE.')).toBeTruthy();
    expect(screen.getByText('No target')).toBeTruthy();
    expect(screen.getAllByText('No value')).toHaveLength(2);
  });
});

describe('reasonText', () => {
  it('writes a reason code in words', () => {
    expect(reasonText('stress-depression-anxiety')).toBe('Stress, depression, anxiety');
    expect(reasonText('musculoskeletal')).toBe('Musculoskeletal');
    expect(reasonText(undefined)).toBe('Not recorded');
  });
});

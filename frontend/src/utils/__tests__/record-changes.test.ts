import { describe, expect, it } from 'vitest';
import { changeTypeText, channelText, describeChange, type HistoryField, type RecordChange } from '../record-changes';

const FIELDS: HistoryField[] = [
  { key: 'durationMinutes', label: 'Duration', show: (value) => `${String(value)} minutes` },
  { key: 'supervisor', label: 'Supervisor', show: (value) => (value as { familyName: string }).familyName },
];

function change(overrides: Partial<RecordChange>): RecordChange {
  return {
    id: 1,
    recordType: 'supervision-session',
    recordId: 'x',
    version: 1,
    changeType: 'created',
    changedBy: 'manager1',
    changedAt: '2025-03-03T10:15:00Z',
    channel: 'api',
    ...overrides,
  };
}

describe('describeChange', () => {
  it('tells a new record by each detail it was made with, leaving out what the fields do not name', () => {
    const created = change({ after: { id: 'x', version: 1, durationMinutes: 95, supervisor: { familyName: 'Khan' } } });
    expect(describeChange(created, FIELDS)).toEqual(['Duration: 95 minutes', 'Supervisor: Khan']);
  });

  it('tells a correction by each detail that differs, with "not recorded" for one added or taken away', () => {
    const updated = change({
      changeType: 'updated',
      version: 2,
      before: { durationMinutes: 95, recordedAt: 'a' },
      after: { durationMinutes: 60, supervisor: { familyName: 'Khan' }, recordedAt: 'b' },
    });
    expect(describeChange(updated, FIELDS)).toEqual([
      'Duration changed from 95 minutes to 60 minutes',
      'Supervisor changed from not recorded to Khan',
    ]);
    const unchanged = change({ changeType: 'updated', before: { durationMinutes: 95 }, after: { durationMinutes: 95 } });
    expect(describeChange(unchanged, FIELDS)).toEqual(['Saved with no change to these details']);
  });

  it('tells a deletion by what the record held', () => {
    expect(describeChange(change({ changeType: 'deleted', before: { durationMinutes: 30 } }), FIELDS)).toEqual([
      'Duration: 30 minutes',
    ]);
  });

  it('says what happened and how in words', () => {
    expect(['created', 'updated', 'deleted'].map((type) => changeTypeText({ changeType: type as RecordChange['changeType'] }))).toEqual([
      'Recorded',
      'Corrected',
      'Deleted',
    ]);
    expect(channelText({ channel: 'import' })).toBe('File import');
    expect(channelText({ channel: 'api' })).toBe('Web app or API');
  });
});

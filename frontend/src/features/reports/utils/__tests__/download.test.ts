import { describe, expect, it, vi } from 'vitest';
import { fileNameFrom, formatBytes, readWithProgress } from '../download';

describe('fileNameFrom', () => {
  it('takes the quoted file name the API gives', () => {
    expect(fileNameFrom('attachment; filename="monthly-report-2026-11.xlsx"', 'monthly-report.xlsx')).toBe('monthly-report-2026-11.xlsx');
  });

  it('takes a bare file name, and prefers the RFC 6266 UTF-8 name when there is one', () => {
    expect(fileNameFrom('attachment; filename=weekly-report-2026-11-23.csv', 'x.csv')).toBe('weekly-report-2026-11-23.csv');
    expect(fileNameFrom(`attachment; filename="plain.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9.csv`, 'x.csv')).toBe('résumé.csv');
  });

  it('falls back when there is no header or no name in it', () => {
    expect(fileNameFrom(null, 'dfe-return.csv')).toBe('dfe-return.csv');
    expect(fileNameFrom('attachment', 'dfe-return.csv')).toBe('dfe-return.csv');
    expect(fileNameFrom('attachment; filename=""', 'dfe-return.csv')).toBe('dfe-return.csv');
  });

  it('never lets a name point into another folder', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('_.._etc_passwd');
    // inside quotes a backslash escapes the next character (RFC 9110 quoted-pair), so this is "..report.csv"
    expect(fileNameFrom('attachment; filename="..\\report.csv"', 'x.csv')).toBe('report.csv');
    expect(fileNameFrom('attachment; filename=..\\report.csv', 'x.csv')).toBe('_report.csv');
  });
});

describe('formatBytes', () => {
  it('says bytes, kilobytes or megabytes', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(340 * 1024)).toBe('340 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});

describe('readWithProgress', () => {
  it('reports the bytes received after each chunk, with the total when the length is known', async () => {
    const chunks = [new Uint8Array([80, 75, 3]), new Uint8Array([4, 5])];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((chunk) => controller.enqueue(chunk));
        controller.close();
      },
    });
    const progress = vi.fn();
    const blob = await readWithProgress(new Response(body, { headers: { 'Content-Length': '5', 'Content-Type': 'application/zip' } }), progress);
    expect(progress.mock.calls).toEqual([
      [3, 5],
      [5, 5],
    ]);
    expect(blob.size).toBe(5);
    expect(blob.type).toBe('application/zip');
  });

  it('reports what arrived without a share when the file is streamed without a length', async () => {
    const progress = vi.fn();
    await readWithProgress(new Response('a,b\r\n1,2\r\n'), progress);
    expect(progress).toHaveBeenLastCalledWith(10, undefined);
  });
});

/**
 * The file name a Content-Disposition header gives (`attachment; filename="weekly-report-2026-11-23.xlsx"`,
 * or the RFC 6266 `filename*=UTF-8''…` form, which wins when both are there); the fallback when it gives none.
 * Anything that could name a folder is taken out, so a name can never point outside the downloads folder.
 */
export function fileNameFrom(contentDisposition: string | null | undefined, fallback: string): string {
  const header = contentDisposition ?? '';
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended[2].trim());
    } catch {
      name = undefined;
    }
  }
  if (!name) {
    const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
    const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
    name = quoted ? quoted[1].replace(/\\(.)/g, '$1') : bare?.[1];
  }
  const safe = name?.replace(/[/\\]/g, '_').replace(/^\.+/, '').trim();
  return safe ? safe : fallback;
}

/** "340 KB", "1.2 MB": how much of a download has arrived. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a response body to the end, reporting the bytes received after each chunk. Exports are
 * streamed without a length, so progress is what has arrived, and a share only when the length is known.
 */
export async function readWithProgress(
  response: Response,
  onProgress: (received: number, total?: number) => void,
): Promise<Blob> {
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const length = Number.parseInt(response.headers.get('Content-Length') ?? '', 10);
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) {
    const blob = await response.blob();
    onProgress(blob.size, total);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received, total);
  }
  return new Blob(chunks, { type });
}

/** Hands a file to the browser to save, as a link with `download` would. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // the click has started the download by the time the next task runs
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

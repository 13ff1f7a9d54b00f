import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '@/lib/api/problem';
import { session } from '@/lib/auth/session';
import type { MediaView } from '../model/types';

type Progress = (loaded: number, total: number) => void;

/**
 * POST /api/v1/courses/{id}/media as multipart, through XMLHttpRequest because fetch cannot report upload progress.
 * Same token as every other call (from memory); a 401 from an expired token refreshes the session once and retries.
 */
export async function uploadMedia(courseId: string, file: File, onProgress: Progress, signal?: AbortSignal): Promise<MediaView> {
  const first = await send(courseId, file, onProgress, signal);
  if (first.status === 401 && session.accessToken() && (await session.refresh())) {
    return read(await send(courseId, file, onProgress, signal));
  }
  return read(first);
}

type Answer = { status: number; body: unknown };

function send(courseId: string, file: File, onProgress: Progress, signal?: AbortSignal): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/courses/${encodeURIComponent(courseId)}/media`);
    const token = session.accessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    request.onload = () => resolve({ status: request.status, body: parse(request.responseText) });
    request.onerror = () => reject(ApiProblem.network());
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

function read({ status, body }: Answer): MediaView {
  if (status < 200 || status >= 300) throw new ApiProblem(status, body);
  return body as MediaView;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; fileName: string; percent: number }
  | { status: 'done'; media: MediaView }
  | { status: 'failed'; error: unknown };

/** One upload at a time, with its progress (0–100), cancellable; cancelled when the screen goes away. */
export function useMediaUpload(courseId: string, onUploaded: (media: MediaView, file: File) => void) {
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const uploaded = useRef(onUploaded);
  useEffect(() => {
    uploaded.current = onUploaded;
  });
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (file: File) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'uploading', fileName: file.name, percent: 0 });
      try {
        const media = await uploadMedia(
          courseId,
          file,
          (loaded, total) => setState({ status: 'uploading', fileName: file.name, percent: total > 0 ? Math.round((100 * loaded) / total) : 0 }),
          current.signal,
        );
        setState({ status: 'done', media });
        uploaded.current(media, file);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') setState({ status: 'idle' });
        else setState({ status: 'failed', error });
      }
    },
    [courseId],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}

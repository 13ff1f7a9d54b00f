import { useRef, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoursesSchemas } from '@/lib/api/types';
import { resumePosition } from '../model/videoPosition';

type VideoView = CoursesSchemas['VideoView'];

/**
 * The lesson's video (signed URL from the lesson view), resumed where the learner stopped; its position is written to
 * `positionRef` for the progress reports, and a pause or the end asks for a report at once.
 */
export function VideoLesson({
  video,
  title,
  savedPosition,
  positionRef,
  onPause,
}: {
  video: VideoView;
  title: string;
  savedPosition: number | null;
  positionRef: MutableRefObject<number | null>;
  onPause: () => void;
}) {
  const { t } = useTranslation('learning');
  const element = useRef<HTMLVideoElement>(null);
  const [resumedAt, setResumedAt] = useState<number | null>(null);

  const seekToSaved = () => {
    const player = element.current;
    if (!player) return;
    const start = resumePosition(savedPosition, player.duration);
    if (start > 0) {
      player.currentTime = start;
      positionRef.current = start;
      setResumedAt(start);
    }
  };

  const startOver = () => {
    const player = element.current;
    if (!player) return;
    player.currentTime = 0;
    positionRef.current = 0;
    setResumedAt(null);
    player.focus();
  };

  return (
    <div className="video-lesson">
      <video
        ref={element}
        className="lesson-video"
        data-testid="lesson-video"
        controls
        preload="metadata"
        playsInline
        src={video.url}
        poster={video.thumbnail_url ?? undefined}
        aria-label={t('video.label', { title })}
        onLoadedMetadata={seekToSaved}
        onTimeUpdate={(event) => {
          positionRef.current = Math.floor(event.currentTarget.currentTime);
        }}
        onPause={onPause}
        onEnded={onPause}
      >
        <p>
          {t('video.unsupported')} <a href={video.url}>{t('video.download')}</a>
        </p>
      </video>
      {resumedAt !== null && (
        <p className="video-resumed muted" role="status">
          {t('video.resumedAt', { time: clockTime(resumedAt) })}{' '}
          <button type="button" className="button-link" onClick={startOver}>
            {t('video.startOver')}
          </button>
        </p>
      )}
      <details className="transcript">
        <summary>{t('video.transcript')}</summary>
        {video.transcript.trim() ? (
          <div className="transcript-text">
            {video.transcript
              .split(/\n\s*\n/)
              .map((paragraph) => paragraph.trim())
              .filter(Boolean)
              .map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
          </div>
        ) : (
          <p className="muted">{t('video.noTranscript')}</p>
        )}
      </details>
    </div>
  );
}

/** 83 → "1:23", 3723 → "1:02:03": how video players write a time. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

import type { TokenResponse, User } from '@/lib/api/types';

/**
 * The signed-in session: the access token lives only in memory (never in storage a script could read); the refresh
 * token is the auth service's httpOnly cookie, so a reload or a new tab restores the session with one refresh call.
 * The token is refreshed a minute before it expires, and once on demand when a request comes back 401.
 */
export type SessionState =
  | { status: 'restoring'; user: null }
  | { status: 'anonymous'; user: null }
  | { status: 'signed-in'; user: User };

/** Remembered so that a visitor who never signed in does not send a refresh that can only fail. */
const HINT_KEY = 'har.session';
const REFRESH_MARGIN_MS = 60_000;

type Listener = () => void;

class Session {
  private state: SessionState = { status: 'restoring', user: null };
  private token: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('har-session');

  constructor() {
    // Signing out in one tab signs out every tab of the browser (their cookie is gone anyway).
    this.channel?.addEventListener('message', (event: MessageEvent<string>) => {
      if (event.data === 'signed-out') this.clear();
    });
  }

  snapshot = (): SessionState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  accessToken(): string | null {
    return this.token;
  }

  /** At start: restores the session from the refresh cookie, if this browser ever signed in. */
  async restore(): Promise<void> {
    if (!readHint()) {
      this.set({ status: 'anonymous', user: null });
      return;
    }
    await this.refresh();
  }

  /** After sign-in or sign-up: keeps the token, schedules its refresh. */
  accept(tokens: TokenResponse): void {
    this.token = tokens.access_token;
    writeHint(true);
    clearTimeout(this.timer);
    const lifetimeMs = Number(tokens.expires_in) * 1000;
    this.timer = setTimeout(() => void this.refresh(), Math.max(lifetimeMs - REFRESH_MARGIN_MS, 5_000));
    this.set({ status: 'signed-in', user: tokens.user });
  }

  /** The profile changed (name, language, avatar): the header and guards follow. */
  updateUser(user: User): void {
    if (this.state.status === 'signed-in') this.set({ status: 'signed-in', user });
  }

  /** One refresh at a time, whoever asks (the timer, several 401s at once). True when a session is open after it. */
  refresh(): Promise<boolean> {
    this.inFlight ??= this.exchangeCookie().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  async signOut(): Promise<void> {
    try {
      await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' });
    } finally {
      this.clear();
      this.channel?.postMessage('signed-out');
    }
  }

  /** Forgets the session locally (signed out elsewhere, or the refresh was refused). */
  clear(): void {
    clearTimeout(this.timer);
    this.token = null;
    writeHint(false);
    this.set({ status: 'anonymous', user: null });
  }

  private async exchangeCookie(): Promise<boolean> {
    try {
      const response = await fetch('/api/v1/auth/refresh', { method: 'POST', credentials: 'same-origin' });
      if (!response.ok) {
        this.clear();
        return false;
      }
      this.accept((await response.json()) as TokenResponse);
      return true;
    } catch {
      // Offline: keep what we have; the next request or timer tries again.
      if (this.state.status === 'restoring') this.set({ status: 'anonymous', user: null });
      return false;
    }
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function readHint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function writeHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage disabled: sessions simply do not survive a reload.
  }
}

export const session = new Session();

/**
 * Typed client over the contract. In Electron the preload's `window.api` carries calls; in browser
 * mode they go to the local server as `POST /api/invoke`. Either way the Result envelope is
 * unwrapped here: callers get the data or catch an ApiError.
 */
import type { Args, Channel, FilePayload, Ret } from '../../shared/ipc/contract';
import { ApiError, NETWORK_ERROR_MESSAGE, httpStatusError, unwrapResult } from '../lib/api-error';
import { base64ToBytes, bytesToBase64, mimeFor } from '../lib/base64';
import { TOKEN_HEADER, TOKEN_STORAGE_KEY, resolveToken } from '../lib/token';

export { ApiError, describeError } from '../lib/api-error';

type Transport = (channel: Channel, args: unknown) => Promise<unknown>;

function readStoredToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the cookie alone authenticates
  }
}

/** Reads ?token=… once, keeps it for the session and removes it from the address bar. */
function initToken(): string | null {
  const r = resolveToken(window.location.search, readStoredToken());
  if (r.fromUrl && r.token) {
    try {
      sessionStorage.setItem(TOKEN_STORAGE_KEY, r.token);
    } catch {
      // ignore: the cookie set by the server still authenticates this tab
    }
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${r.cleanedSearch}${hash}`);
  }
  return r.token;
}

function httpTransport(): Transport {
  const token = initToken();
  return async (channel, args) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers[TOKEN_HEADER] = token;
    let res: Response;
    try {
      res = await fetch('/api/invoke', {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify({ channel, args }),
      });
    } catch {
      throw new ApiError('io', NETWORK_ERROR_MESSAGE);
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw httpStatusError(res.status);
    }
    // Errors come back as a Result with ok:false whatever the status; anything else is transport.
    if (!res.ok && !(body && typeof body === 'object' && 'ok' in body)) throw httpStatusError(res.status);
    return body;
  };
}

function electronTransport(): Transport {
  const bridge = window.api!;
  return (channel, args) => bridge.invoke(channel, args as never);
}

let transport: Transport | null = null;

function getTransport(): Transport {
  transport ??= window.api ? electronTransport() : httpTransport();
  return transport;
}

export const api = {
  async invoke<C extends Channel>(channel: C, args: Args<C>): Promise<Ret<C>> {
    const result = await getTransport()(channel, args);
    return unwrapResult<Ret<C>>(result);
  },
  /** 'electron' when the preload bridge is present, else 'browser'. */
  mode(): 'electron' | 'browser' {
    return window.api ? 'electron' : 'browser';
  },
};

/** Reads a chosen file into a payload for upload channels (roster:import, returns …). */
export async function fileToPayload(file: File): Promise<FilePayload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, base64: bytesToBase64(bytes), mime: file.type || mimeFor(file.name) };
}

/** Saves a payload through the browser's download (Electron shows its save dialog). */
export function downloadPayload(p: FilePayload): void {
  const bytes = base64ToBytes(p.base64);
  const blob = new Blob([bytes as BlobPart], { type: p.mime || mimeFor(p.fileName) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = p.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some Chromium builds.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

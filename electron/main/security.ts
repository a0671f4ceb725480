// The renderer stays on app://chancery: no navigation away, no new windows, no webviews, no
// permissions. Web links go to the user's browser instead.
import { app, session, shell } from 'electron';
import { isAppUrl, isWebLink } from './urls';

function openOutside(url: string): void {
  if (isWebLink(url)) void shell.openExternal(url);
}

/** Must be called before any window exists, so every web contents is covered. */
export function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      openOutside(event.url);
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
  });
}

/** Camera, microphone, geolocation, notifications, ...: a planning tool needs none of them. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

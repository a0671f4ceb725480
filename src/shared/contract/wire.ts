// How the contract travels over HTTP in the web host. The renderer's api client and src/web share this.

/** POST `${CALL_PATH}/${method}` with the JSON input as body; answers a CallResult. */
export const CALL_PATH = '/api/call';
/** GET server-sent events; EventSource cannot send headers, so the token rides in the query. */
export const EVENTS_PATH = '/api/events';
export const TOKEN_HEADER = 'x-chancery-token';
export const TOKEN_QUERY = 'token';

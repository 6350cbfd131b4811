// @ts-check
// One limit for every upload, shared by next.config.js (the body Next buffers for proxy.ts and for a
// server action) and the app's own checks (and the forms, before they send), so a file over it
// always gets the app's own message, never a body cut short upstream. A reverse proxy in front
// takes the same request limit (nginx: client_max_body_size 11m; README, "Security model").

/** The largest file: a scanned agreement, a list to import. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The largest request body: that file and the form around it. */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

"use client";
// Telling "the network is down" from "the server said no", for forms that reach a server action.

/** A fetch that never reached the server: the browser knows it is offline, or the request failed as a whole. */
export function isNetworkFailure(error: unknown): boolean {
  return !navigator.onLine || error instanceof TypeError;
}

/**
 * The action, or `whenOffline` when there is no network to reach it: before sending when the browser
 * knows it is offline, and when the request fails on its way (the hotel's Wi-Fi dropped mid-submit).
 */
export function withOfflineFallback<S, A>(action: (state: S, data: A) => Promise<S>, whenOffline: (state: S, data: A) => S | Promise<S>) {
  return async (state: S, data: A): Promise<S> => {
    if (!navigator.onLine) return whenOffline(state, data);
    try {
      return await action(state, data);
    } catch (error) {
      if (isNetworkFailure(error)) return whenOffline(state, data);
      throw error;
    }
  };
}

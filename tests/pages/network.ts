/** The only addresses a tested page may reach: the local server, and URLs that are not network requests. */
export const isLocal = (url: string): boolean =>
  /^(https?|wss?):\/\/127\.0\.0\.1(:\d+)?\//.test(url) || !/^(https?|wss?|ftp):/.test(url);

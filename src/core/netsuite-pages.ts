/**
 * Where things are in NetSuite's user interface, named once: every message that sends an
 * administrator somewhere uses these words, so a menu NetSuite renames is changed here only.
 */

/** The page that lists an integration's M2M certificates: upload, look up an ID, revoke. */
export const M2M_SETUP_PAGE =
  'Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup'

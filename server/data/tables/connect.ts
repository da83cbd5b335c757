// Map and connect's addition to the desk's tables (server/data/tables/desk.ts has the links table):
// an answer's page lists the answers that respond to it (`relatesTo`), looked up by reference on
// every view, so that lookup gets an index instead of reading every answer. Few answers name
// another, so the index holds only those.
export const CONNECT_STATEMENTS: readonly string[] = [
  'CREATE INDEX submissions_relates_to_idx ON submissions (relates_to) WHERE relates_to IS NOT NULL',
];

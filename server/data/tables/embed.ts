// The tables of the sites that embed the widget (issue 21), applied as migration 9 in
// server/data/migrations.ts. `allowed_origins` holds the sites staff allowed in the desk, beside those
// SAMSKAB_ALLOWED_ORIGINS names (which stay in the environment and are never copied here);
// `refused_origins` the sites the receivers refused, as counts each receiver adds every few seconds
// (server/data/refused-origins.ts): an origin, when it was first and last refused and how often,
// never an answer, an address or anything else of the request. Both are kept small by the code
// that writes them; the lengths are checked here too, since the text came from outside.
export const EMBED_STATEMENTS: readonly string[] = [
  `CREATE TABLE allowed_origins (
    origin text PRIMARY KEY CHECK (length(origin) <= 300),
    added_at timestamptz NOT NULL,
    added_by uuid REFERENCES staff (id)
  )`,
  `CREATE TABLE refused_origins (
    origin text PRIMARY KEY CHECK (length(origin) <= 300),
    first_seen timestamptz NOT NULL,
    last_seen timestamptz NOT NULL,
    count integer NOT NULL CHECK (count > 0)
  )`,
  'CREATE INDEX refused_origins_rank_idx ON refused_origins (count DESC, last_seen DESC)',
];

// Reads Parquet files written by `sahifa extract -f parquet` with DuckDB
// (npm @duckdb/node-api) and prints what it found as one JSON object: the
// row count, the types DuckDB gives the nested columns, and a digest of the
// text column in row order, so that a test compares it with JSON Lines.
//
//   NODE_PATH=DIR/node_modules node scripts/duckdb-check.cjs FILE.parquet...
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node scripts/duckdb-check.cjs FILE.parquet...');
    process.exit(2);
  }
  const list = '[' + files.map((f) => "'" + f.replaceAll("'", "''") + "'").join(', ') + ']';
  const src = `read_parquet(${list}, filename = true, file_row_number = true)`;
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const one = async (sql) => (await (await con.run(sql)).getRowObjectsJson())[0];

  const counts = await one(`SELECT count(*) AS rows,
    count(*) FILTER (WHERE error IS NULL) AS articles,
    count(*) FILTER (WHERE error IS NOT NULL) AS errors,
    sum(len(blocks)) AS blocks,
    sum(metadata.stats.words_ar) AS words_ar,
    count(*) FILTER (WHERE blocks[1].type IS NOT NULL) AS with_blocks,
    md5(string_agg(coalesce(text, '<null>'), chr(30) ORDER BY filename, file_row_number)) AS text_md5
    FROM ${src}`);
  const types = {};
  for (const r of await (await con.run(`DESCRIBE SELECT * FROM ${src}`)).getRowObjectsJson()) {
    types[r.column_name] = r.column_type;
  }
  console.log(JSON.stringify({ ...counts, types }));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

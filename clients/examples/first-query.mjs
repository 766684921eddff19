#!/usr/bin/env node
// A partner developer's first call to the hub, with nothing but Node's fetch.
//   TOKEN=$(npm run --silent hub -- token --partner astra) node clients/examples/first-query.mjs
// HUB_URL defaults to the local hub started by `npm start`.
const url = process.env.HUB_URL ?? 'http://127.0.0.1:4000/graphql';
const token = process.env.TOKEN;
if (!token) {
  console.error(
    'Set TOKEN to a bearer token, e.g. TOKEN=$(npm run --silent hub -- token --partner astra)',
  );
  process.exit(2);
}

const query = /* GraphQL */ `
  query FirstQuery {
    partners(agencyType: NGO) {
      code
      name
      services {
        type
        name
        languages
        capacity
        requiredCategories
      }
    }
    cases(first: 5) {
      code
      status
    }
  }
`;

const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query, operationName: 'FirstQuery' }),
});
const body = await response.json();
if (!response.ok || body.errors) {
  // Every error carries a stable extensions.code to program against.
  console.error(response.status, JSON.stringify(body.errors, null, 2));
  process.exit(1);
}
console.log(JSON.stringify(body.data, null, 2));

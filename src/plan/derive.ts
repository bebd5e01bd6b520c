// The public entry of the derived figures: derivePlan and the primitives the checks and the
// wizard's running totals share with it. The work is done by one module per area in ./derive/.
export * from './derive/index.js';

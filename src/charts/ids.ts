// The ids of the charts a document can carry: the keys of the plan's `charts:` setting. Apart from
// the chart model so the schema can name them without importing the document's types.
export const CHART_IDS = [
  'products', 'channels', 'team', 'weekly',
  'months', 'quarters', 'productQuarters',
  'tiers', 'commission',
  'attainmentProducts', 'attainmentChannels', 'attainmentTeam',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

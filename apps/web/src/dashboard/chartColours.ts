/** Fills of the funnel, shared by the chart and its legend (contrast above 3:1 on white). */
export const ADOPTION_FILL = '#1b6e3a';
export const STAGE_FILL = '#1a5fa0';
export const EXPECTED_FILL = '#6b7480';

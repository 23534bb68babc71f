/**
 * Which map a node's dashboard shows, decided without loading the shapes: the country's
 * regions as outlines, or a region's outline with its municipalities. Below a region there
 * are no public boundaries to draw, so the table alone lists the units.
 */
export function mapKindOf(level: string): 'country' | 'region' | null {
  if (level === 'country') return 'country';
  if (level === 'region') return 'region';
  return null;
}

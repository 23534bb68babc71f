import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import shapes from './russia-regions.json';

/** A region's outline, keyed by its ISO 3166-2 code (RU-TA). */
export type RegionShape = ExtendedFeature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { iso: string }>;

type RegionTopology = Topology<{ regions: GeometryCollection<{ iso: string }> }>;

/**
 * Natural Earth's admin-1 outlines (public domain), simplified to about 100 kB by
 * scripts/build-russia-map.mjs. Imported only by the map, so only the dashboard's map chunk
 * carries them.
 */
const topology = shapes as unknown as RegionTopology;

export const regionShapes: ReadonlyMap<string, RegionShape> = new Map(
  topology.objects.regions.geometries.map((geometry) => {
    const shape = feature(topology, geometry) as RegionShape;
    return [shape.properties.iso, shape];
  }),
);

/** All outlines as one collection, what the country projection is fitted to. */
export const allRegions: ExtendedFeatureCollection<RegionShape> = {
  type: 'FeatureCollection',
  features: [...regionShapes.values()],
};

import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoAzimuthalEqualArea,
  geoCentroid,
  geoConicEqualArea,
  geoPath,
} from 'd3-geo';

/** The drawing's width in SVG units; the height follows the shape being drawn. */
export const MAP_WIDTH = 600;
const PAD = 8;

export interface MapFrame {
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  /** x, y, width, height for the SVG's viewBox. */
  viewBox: [number, number, number, number];
}

/**
 * Fits a projection to a shape at MAP_WIDTH wide and at most `maxHeight` tall, then crops
 * the frame to what is drawn (a tall region gets a narrower frame rather than empty sides).
 */
function framed(projection: GeoProjection, shape: GeoPermissibleObjects, maxHeight: number) {
  projection.fitExtent(
    [
      [PAD, PAD],
      [MAP_WIDTH - PAD, maxHeight - PAD],
    ],
    shape,
  );
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(shape);
  const viewBox: MapFrame['viewBox'] = [
    Math.floor(x0 - PAD),
    Math.floor(y0 - PAD),
    Math.ceil(x1 - x0 + 2 * PAD),
    Math.ceil(y1 - y0 + 2 * PAD),
  ];
  return { projection, path, viewBox };
}

/**
 * The whole country in an equal-area conic centred on 100°E: regions keep their relative
 * sizes, and Chukotka, east of the 180th meridian, stays beside Kamchatka instead of wrapping
 * to the far west (the cut falls at 80°W, far from Russia).
 */
export function countryFrame(shape: GeoPermissibleObjects): MapFrame {
  return framed(geoConicEqualArea().rotate([-100, 0]).parallels([52, 68]), shape, 380);
}

/** One region, centred on itself, so no region is seen askew or cut by a meridian. */
export function regionFrame(shape: GeoPermissibleObjects): MapFrame {
  const [longitude, latitude] = geoCentroid(shape);
  return framed(geoAzimuthalEqualArea().rotate([-longitude, -latitude]), shape, 480);
}

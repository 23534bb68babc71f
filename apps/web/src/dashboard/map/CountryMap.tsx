import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Drill } from '../types';
import { useFormat } from '../useFormat';
import { FocusRing, MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { MapLink } from './MapLink';
import { countryFrame } from './projection';
import { allRegions } from './regionShapes';
import { BORDER, classCounts, type MapUnit, NO_DATA_FILL, unitFill, unitLabel } from './unitStyle';

interface CountryMapProps {
  units: readonly MapUnit[];
  drill: Drill;
}

/** Every region as its outline, coloured by its class and share done; each one a link. */
export const CountryMap = ({ units, drill }: CountryMapProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const [activeId, setActiveId] = useState<number | null>(null);
  const frame = useMemo(() => countryFrame(allRegions), []);
  const regions = useMemo(() => {
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    return allRegions.features.map((shape) => ({
      iso: shape.properties.iso,
      d: frame.path(shape) ?? '',
      unit: byCode.get(shape.properties.iso),
    }));
  }, [units, frame]);
  const percent = (value: number | null) => format.percent(value);
  const label = (unit: MapUnit) => unitLabel(unit, translate, percent);
  const active = regions.find((region) => region.unit && region.unit.id === activeId);
  const withFigures = regions.filter((region) => region.unit).length;
  const summary =
    withFigures === 0
      ? translate('cutover.dashboard.map.no_data_all')
      : translate('cutover.dashboard.map.summary', {
          total: format.count(withFigures),
          counts: classCounts(units, translate, format.count),
        });
  return (
    <>
      <MapCanvas
        viewBox={frame.viewBox}
        label={summary}
        caption={active?.unit ? label(active.unit) : summary}
      >
        {regions.map(({ iso, d, unit }) =>
          unit ? (
            <MapLink
              key={iso}
              id={unit.id}
              label={label(unit)}
              drill={drill}
              onActive={setActiveId}
            >
              <path
                d={d}
                data-region={iso}
                fill={unitFill(unit).fill}
                fillOpacity={unitFill(unit).opacity}
                stroke={BORDER}
                strokeWidth={0.6}
              />
            </MapLink>
          ) : (
            <path
              key={iso}
              d={d}
              data-region={iso}
              fill={NO_DATA_FILL}
              stroke="#b8bfc7"
              strokeWidth={0.6}
              aria-hidden
            />
          ),
        )}
        {active ? <FocusRing d={active.d} /> : null}
      </MapCanvas>
      <MapLegend country />
    </>
  );
};

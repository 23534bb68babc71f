import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Symbols } from 'recharts';
import { riskKey, riskShape } from '../risk';
import type { Drill } from '../types';
import { useFormat } from '../useFormat';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { MapLink } from './MapLink';
import { placeMarkers } from './placeMarkers';
import { regionFrame } from './projection';
import type { RegionShape } from './regionShapes';
import { classCounts, type MapUnit, OUTLINE_FILL, unitFill, unitLabel } from './unitStyle';

interface RegionOutlineMapProps {
  outline: RegionShape;
  units: readonly MapUnit[];
  drill: Drill;
}

const MARKER_SIZE = 160;

/**
 * A region's outline with the units below it as markers. No public data set has municipal
 * boundaries, so the units are points: at their recorded place when it lies inside the
 * outline, otherwise at the nearest free spot inside it (the caption says how many).
 */
export const RegionOutlineMap = ({ outline, units, drill }: RegionOutlineMapProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const [activeId, setActiveId] = useState<number | null>(null);
  const frame = useMemo(() => regionFrame(outline), [outline]);
  const markers = useMemo(
    () => placeMarkers(units, outline, frame.projection, frame.viewBox),
    [units, outline, frame],
  );
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const percent = (value: number | null) => format.percent(value);
  const moved = markers.filter((marker) => marker.placed === 'inside').length;
  const summary = translate('cutover.dashboard.map.outline_summary', {
    total: format.count(units.length),
    counts: classCounts(units, translate, format.count),
  });
  const placement = translate('cutover.dashboard.map.placement', {
    moved: format.count(moved),
    total: format.count(markers.length),
  });
  const activeUnit = activeId === null ? undefined : byId.get(activeId);
  const active = markers.find((marker) => marker.id === activeId);
  return (
    <>
      <MapCanvas
        viewBox={frame.viewBox}
        label={summary}
        caption={activeUnit ? unitLabel(activeUnit, translate, percent) : placement}
      >
        <path
          d={frame.path(outline) ?? ''}
          fill={OUTLINE_FILL}
          stroke="#4a525c"
          strokeWidth={1.2}
          aria-hidden
        />
        {markers.map((marker) => {
          const unit = byId.get(marker.id);
          if (!unit) return null;
          const { fill } = unitFill(unit);
          return (
            <MapLink
              key={marker.id}
              id={unit.id}
              label={unitLabel(unit, translate, percent)}
              drill={drill}
              onActive={setActiveId}
            >
              <Symbols
                cx={marker.x}
                cy={marker.y}
                type={riskShape[riskKey(unit.risk)]}
                size={MARKER_SIZE}
                fill={fill}
                stroke="#ffffff"
                strokeWidth={1}
              />
            </MapLink>
          );
        })}
        {active ? (
          <g pointerEvents="none" data-focus-ring>
            <circle
              cx={active.x}
              cy={active.y}
              r={10}
              fill="none"
              stroke="#111418"
              strokeWidth={3}
            />
            <circle cx={active.x} cy={active.y} r={10} fill="none" stroke="#fff" strokeWidth={1} />
          </g>
        ) : null}
      </MapCanvas>
      <MapLegend country={false} />
    </>
  );
};

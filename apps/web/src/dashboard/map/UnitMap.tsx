import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { Drill } from '../types';
import { CountryMap } from './CountryMap';
import { RegionOutlineMap } from './RegionOutlineMap';
import { regionShapes } from './regionShapes';
import type { MapUnit } from './unitStyle';

interface UnitMapProps {
  node: { level: string; code: string };
  units: readonly MapUnit[];
  drill: Drill;
}

/** The map of a node's units: the regions at the country, a region's outline below it. */
export const UnitMap = ({ node, units, drill }: UnitMapProps) => {
  const translate = useTranslate();
  if (node.level === 'country') return <CountryMap units={units} drill={drill} />;
  const outline = regionShapes.get(node.code);
  if (!outline) {
    return <Typography variant="body2">{translate('cutover.dashboard.map.no_outline')}</Typography>;
  }
  return <RegionOutlineMap outline={outline} units={units} drill={drill} />;
};

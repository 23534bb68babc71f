import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { ExportAction } from '../common/export/ExportButton';
import { NodeBreadcrumb } from '../common/node-page/NodeBreadcrumb';
import type { DashboardParams } from './dashboardUrl';
import { Freshness } from './Freshness';
import type { Summary } from './types';
import { dashboardPath } from './useDashboardParams';

interface DashboardHeaderProps {
  summary: Summary;
  params: DashboardParams;
}

/**
 * The node shown, the way up, and how fresh its figures are. After a drill-down the link
 * that was followed is gone; focus moves to the new title rather than to nowhere.
 */
export const DashboardHeader = ({ summary, params }: DashboardHeaderProps) => {
  const translate = useTranslate();
  const { node } = summary;
  // The wave the page shows (DashboardView picks the same one).
  const waveId = (summary.waves.find((row) => row.wave.id === params.waveId) ?? summary.waves[0])
    ?.wave.id;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (node.id && document.activeElement === document.body) title.current?.focus();
  }, [node.id]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {/* The scope itself has no way up: no breadcrumb at all. */}
      {node.ancestors.length > 0 ? (
        <NodeBreadcrumb
          ancestors={node.ancestors}
          name={node.name}
          linkTo={(ancestor) => dashboardPath({ ...params, nodeId: ancestor.id })}
        />
      ) : null}
      <Box>
        <Typography
          ref={title}
          tabIndex={-1}
          component="h1"
          variant="h5"
          sx={{ fontWeight: 600, '&:focus': { outline: 'none' } }}
        >
          {node.name}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('cutover.dashboard.subtitle', {
            level: translate(`enums.level.${node.level}`),
            code: node.code,
          })}
        </Typography>
        <Freshness summary={summary} />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {waveId !== undefined ? (
          <ExportAction
            subject={{ report: 'adoption', nodeId: node.id, waveId, asOf: params.asOf }}
            title="cutover.exports.titles.adoption"
          />
        ) : null}
        <ExportAction
          subject={{ report: 'pack', nodeId: node.id, asOf: params.asOf }}
          label="cutover.exports.pack"
          title="cutover.exports.titles.pack"
          titleArgs={{ name: node.name }}
        />
      </Box>
    </Box>
  );
};

import type { Resource } from '@cutover/domain';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { Button, useListContext, useTranslate } from 'react-admin';
import { SaveFilterDialog } from './SaveFilterDialog';
import { type SavedFilter, useSavedFilters } from './useSavedFilters';

const asFilter = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};

/**
 * The user's named filters of a list: save the current one, apply or delete a saved one.
 * A list of buttons in a popover (not a menu), so each row can hold a delete button.
 */
export const SavedFiltersMenu = ({ resource }: { resource: Resource }) => {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const { saved, loading, reload, remove } = useSavedFilters(resource, anchor !== null);
  const headingId = useId();

  const apply = (entry: SavedFilter) => {
    const filter = asFilter(entry.filter);
    // Shows the inputs of the applied filters, including the ones not always on.
    setFilters(filter, Object.fromEntries(Object.keys(filter).map((key) => [key, true])));
    setAnchor(null);
  };

  return (
    <>
      <Button
        label="cutover.saved_filters.menu"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <BookmarksIcon />
      </Button>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Typography id={headingId} variant="subtitle2" component="h2" sx={{ px: 2, pt: 1.5 }}>
          {translate('cutover.saved_filters.heading')}
        </Typography>
        <List dense aria-labelledby={headingId} sx={{ minWidth: 280 }}>
          {saved.map((entry) => (
            <ListItem
              key={entry.id}
              disablePadding
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={translate('cutover.saved_filters.delete', { name: entry.name })}
                  onClick={() => remove(entry.id)}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              }
            >
              <ListItemButton onClick={() => apply(entry)}>
                <ListItemText primary={entry.name} />
              </ListItemButton>
            </ListItem>
          ))}
          {saved.length === 0 && !loading ? (
            <ListItem>
              <ListItemText secondary={translate('cutover.saved_filters.none')} />
            </ListItem>
          ) : null}
        </List>
        <Button
          label="cutover.saved_filters.save_current"
          onClick={() => {
            setAnchor(null);
            setSaving(true);
          }}
          disabled={Object.keys(filterValues).length === 0}
          sx={{ m: 1 }}
        >
          <SaveIcon />
        </Button>
      </Popover>
      {saving ? (
        <SaveFilterDialog
          resource={resource}
          filter={{ ...filterValues }}
          onSaved={() => void reload()}
          onClose={() => setSaving(false)}
        />
      ) : null}
    </>
  );
};

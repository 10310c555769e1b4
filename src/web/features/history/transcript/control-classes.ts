/** The global classes Mantine gives its own buttons and inputs, for the plain ones of a transcript row. */
import { useMantineTheme } from '@mantine/core';

/**
 * The theme's focus-ring class (`focusClassName`, else the one `focusRing` names) and its pressed-nudge
 * class (`activeClassName`), as Mantine's `useStyles` puts them on a focusable, pressable component.
 */
export function useControlClasses(): { focus: string; active: string } {
  const theme = useMantineTheme();
  return { focus: theme.focusClassName || `mantine-focus-${theme.focusRing}`, active: theme.activeClassName };
}

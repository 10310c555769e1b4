/** A status as text in a coloured badge with its explanation on hover (the text carries the meaning; colour only helps). */
import { Badge, Tooltip } from '@mantine/core';

export function HintBadge({
  label,
  hint,
  color,
  hintWidth,
}: {
  label: string;
  hint: string;
  color: string;
  /** Width of the explanation in pixels. */
  hintWidth: number;
}) {
  return (
    <Tooltip label={hint} withArrow multiline w={hintWidth}>
      <Badge color={color} variant="light" tt="none">
        {label}
      </Badge>
    </Tooltip>
  );
}

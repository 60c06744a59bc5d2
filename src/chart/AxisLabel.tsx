import type { TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { Box, LabelPlacement } from './label-layout';
import { CHART_INK, FONT_FAMILY } from './palette';
import { num } from './svg-number';

/** The smallest touch target, in viewBox units (WCAG 2.5.5 asks 44 CSS px; the chart rarely scales down much). */
const MIN_TARGET = 48;

/** `box` grown around its centre to at least `min` × `min`, plus a little padding. */
export function hitBox(box: Box, min = MIN_TARGET): Box {
  const width = Math.max(box.width + 12, min);
  const height = Math.max(box.height + 12, min);
  return { x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height };
}

/** A label's lines; each line is its own <text> so the PDF builder places it exactly as the screen does. */
function LabelText({ label }: { label: LabelPlacement }) {
  return (
    <>
      {label.lines.map((line, i) => (
        <text
          key={i}
          x={num(label.x)}
          y={num(label.y + i * label.lineHeight)}
          text-anchor={label.anchor}
          font-family={FONT_FAMILY}
          font-size={label.fontSize}
          fill={CHART_INK.text}
        >
          {line}
        </text>
      ))}
    </>
  );
}

/** A thin line from the spoke end to a label that had to move away from it to make room. */
function Leader({ label }: { label: LabelPlacement }) {
  if (label.pushed < label.lineHeight * 0.5) return null;
  const { box, spokeEnd } = label;
  const y = spokeEnd.y < box.y ? box.y : box.y + box.height;
  const x = Math.min(Math.max(spokeEnd.x, box.x), box.x + box.width);
  return (
    <line
      x1={num(spokeEnd.x)}
      y1={num(spokeEnd.y)}
      x2={num(x)}
      y2={num(y)}
      stroke={CHART_INK.leader}
      stroke-width={1}
    />
  );
}

/** Whether the element shows keyboard focus; old engines without :focus-visible count every focus. */
function isFocusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** One axis label; with `onActivate` it is a button (click, Enter, Space) with a large invisible hit area. */
export function AxisLabel({
  label,
  onActivate,
}: {
  label: LabelPlacement;
  onActivate?: (axisId: string) => void;
}) {
  const [focused, setFocused] = useState(false);
  if (!onActivate) {
    return (
      // data-label: the full text, so the PDF can wrap a label that is cut with "…" here.
      <g data-label={label.label}>
        <Leader label={label} />
        <LabelText label={label} />
      </g>
    );
  }
  const hit = hitBox(label.box);
  const onKeyDown = (event: TargetedKeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Space would otherwise scroll the page.
    event.preventDefault();
    onActivate(label.axisId);
  };
  return (
    <g>
      <Leader label={label} />
      {/* biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this is the ARIA button pattern. */}
      <g
        role="button"
        tabindex={0}
        aria-label={label.label}
        data-axis-id={label.axisId}
        cursor="pointer"
        onClick={() => onActivate(label.axisId)}
        onKeyDown={onKeyDown}
        onFocus={(event) => setFocused(isFocusVisible(event.currentTarget))}
        onBlur={() => setFocused(false)}
      >
        <rect
          x={num(hit.x)}
          y={num(hit.y)}
          width={num(hit.width)}
          height={num(hit.height)}
          fill="none"
          pointer-events="all"
        />
        {focused && (
          <rect
            x={num(hit.x + 1.5)}
            y={num(hit.y + 1.5)}
            width={num(hit.width - 3)}
            height={num(hit.height - 3)}
            rx={6}
            fill="none"
            stroke={CHART_INK.focus}
            stroke-width={3}
          />
        )}
        <LabelText label={label} />
      </g>
    </g>
  );
}

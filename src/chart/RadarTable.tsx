import { definedValue } from './radar-geometry';
import type { RadarInput } from './types';

export interface RadarTableProps {
  input: RadarInput;
  caption: string;
  /** Text for a value; a skipped axis gets '–' unless told otherwise. */
  formatValue?: (value: number | null | undefined) => string;
  /** Header of the first column, e.g. "Opgave". */
  axisHeader: string;
}

/** Default cell text: the number, or an en dash for a skipped axis. */
function defaultFormat(value: number | null | undefined): string {
  const v = definedValue(value);
  return v === null ? '–' : String(v);
}

/** The chart's numbers as an HTML table (a row per axis, a column per series): the table beside every chart. */
export function RadarTable({ input, caption, formatValue = defaultFormat, axisHeader }: RadarTableProps) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{axisHeader}</th>
          {input.series.map((s) => (
            <th key={s.id} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {input.axes.map((axis) => (
          <tr key={axis.id}>
            <th scope="row">{axis.label}</th>
            {input.series.map((s) => (
              <td key={s.id}>{formatValue(s.values[axis.id])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
